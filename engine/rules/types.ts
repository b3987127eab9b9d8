/**
 * The DSL contract: what a loaded, validated rule-set version looks like to the evaluator.
 * The YAML files under `rules/<ruleset-id>/<version>/` map onto these types one to one (the
 * JSON Schemas in `rules/schema/` describe the same shapes for editors); the loader adds
 * `revision`, `dir`, `files` and source positions. Everything here is frozen after loading.
 */
import type { CountingSettings } from '../calendar/due.ts';
import type { Text } from '../i18n.ts';

/** A clause id of `shared/source/CLAUSES.md`, e.g. `3.1`, `2.4`, `3.2.5`. */
export type ClauseId = string;

/** A ticket type id, declared by the rule set's `ticketTypes` (any id: `normal`, `consultation` …). */
export type TicketTypeId = string;

/** The instant a period is counted from. */
export type Anchor =
  | 'received' // center received it from the 12345 system
  | 'dispatched' // center dispatched it to the unit
  | 'accepted' // the unit accepted it (接单)
  | 'completed' // the unit reported it complete (办结)
  | 'revisited' // the revisit that triggers the obligation (e.g. an unsatisfied revisit → redo)
  | 'published' // a policy's publication (knowledge base, 5.2)
  | 'monthEnd'; // 24:00 of the last day of an assessed month (2.5, 4.8)

export type Obligation =
  | 'dispatch'
  | 'accept'
  | 'firstContact'
  | 'returnRequest'
  | 'complete'
  | 'revisit'
  | 'extensionRequest'
  | 'redo'
  | 'review'
  | 'knowledgeBaseReport'
  | 'writtenExplanation';

/** A role id, declared by the rule set's vocabulary (`unit`, `centerHead`, `liaison` …). */
export type Role = string;

/** json-rules-engine condition, restricted to the declared fact catalogue and operators. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export interface FactCondition {
  fact: string;
  operator: Operator;
  value: unknown;
}

export type Operator =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain';

/** Every rule carries a stable id, the clause it encodes and optionally the Chinese text it quotes. */
export interface RuleBase {
  id: string;
  clause: ClauseId;
  /** The Chinese text of the clause this rule encodes (quoted, for explanations and hover). */
  text?: string;
}

/** A time limit: `period` counted `from` an anchor, for one obligation. */
export interface TimeLimit extends RuleBase {
  obligation: Obligation;
  /** Period literal as written: `5个工作日`, `20小时`, `3个自然日`, `2日`. */
  period: string;
  from: Anchor;
  responsible: Role;
}

export interface TicketTypeRule extends RuleBase {
  id: TicketTypeId;
  name: Text;
  /** Precedence when several types match (interpretation 9): the lowest number governs. */
  priority: number;
  /** When a ticket is of this type. `normal` is the fallback and has `{ all: [] }`. */
  when: Condition;
  /** Whether the type is "special" (特殊工单, 3.2) for the return rules. */
  special: boolean;
  deadlines: TimeLimit[];
}

export type DisputeKind = 'territory' | 'facility' | 'authority' | 'other';
export type ReturnField =
  | 'reason'
  | 'basis'
  | 'suggestedAssignee'
  | 'siteVerification'
  | 'attachments'
  | 'legalCitation'
  | 'emergencyMeasures';

export interface ReturnRule extends RuleBase {
  /** Which ticket types the rule covers (normal returns 4.2/2.1, special returns 3.2.5). */
  appliesTo: TicketTypeId[];
  /** `24小时` from accepted (4.2), `1小时` from accepted (3.2.5). */
  window: { period: string; from: Anchor };
  /** Who files the return application. */
  applicant: Role;
  /** Approval chain, in order. */
  approval: Role[];
  /** 2.1: after a rejection, or a refusal by the proposed unit, the chain becomes this, plus a filing. */
  escalated?: { approval: Role[]; filing: Role[]; clause: ClauseId; text?: string };
  /** Whether the return application form (退单申请表) is needed. */
  formRequired: boolean;
  /** Fields every application needs, and extra fields by dispute kind (4.2). */
  requiredFields: ReturnField[];
  requiredFieldsByDisputeKind: Partial<Record<DisputeKind, ReturnField[]>>;
  /** Things that must be done before applying (3.2.5: emergency measures). */
  prerequisites: Text[];
}

export interface ExtensionRule extends RuleBase {
  appliesTo: TicketTypeId[];
  /** 4.4: apply within `5个工作日` from accepted. */
  window: { period: string; from: Anchor };
  approvedBy: Role;
  /** At most this much beyond the type's normal completion limit (4.4: 5个工作日). */
  cap: string;
  /** An approved extension makes the ticket this type (4.4: 视为疑难工单). */
  becomes: TicketTypeId;
  requiredFields: ('reason' | 'workdays' | 'plan')[];
  notifyCitizen: boolean;
  /** What an approval adds (an open reading of 3.3/4.4): the days asked for, at most `cap` (default), or the full cap. */
  grant?: 'requested-days' | 'full-cap';
  /** Other working-day limits of the base type that move by the granted days (e.g. the revisit). */
  alsoMoves?: Obligation[];
}

export interface FirstContactRule extends RuleBase {
  /** 4.3: within `1个工作日` from accepted. */
  window: { period: string; from: Anchor };
  /** One answered double call (双呼先联) is enough. */
  answeredCallsNeeded: number;
  /** Or this many unanswered double calls … */
  unansweredCallsNeeded: number;
  /** … each at least this far apart (以上 includes the number: 1 hour apart means ≥ 60 minutes). */
  minInterval: string;
}

export interface EscalationLevel {
  /** 1, 2, …: the order of the levels. */
  level: number;
  /** Working days since the anchor at which an unsatisfied/unresolved revisit reaches this level (none: from the first). */
  threshold?: string;
  /** What the level is called in the office's words (一级督办, 预警工单 …); default: level n. */
  name?: Text;
  supervisor: Role;
  /** Redo period from the revisit (2.4 level 4: `2日`, as written). */
  redo: string;
  clause: ClauseId;
  text?: string;
}

/**
 * Escalation: a ladder of supervision levels, triggered by revisit results (`trigger` a condition
 * on the revisit) or by time overdue (`trigger: overdue`).
 */
export type EscalationRule = RevisitEscalationRule | OverdueEscalationRule;

/** Levels of an overdue-triggered ladder: no redo (the overdue obligation itself is still owed). */
export type OverdueEscalationLevel = Omit<EscalationLevel, 'redo'>;

/**
 * `trigger: overdue`: the ladder climbs with the time the deadline of `of` (e.g. `complete`) has
 * been overdue, undone, as of asOf. A level's `threshold` is how long past that deadline it is
 * reached (counted from the end of the deadline's last day; hours from the deadline's instant;
 * none: as soon as it is overdue). Done, the supervision ends.
 */
export interface OverdueEscalationRule extends RuleBase {
  /** What the office calls the mechanism (督办, 预警 …); default: a generic word. */
  name?: Text;
  trigger: 'overdue';
  /** The obligation whose deadline's overdue time counts. */
  of: Obligation;
  levels: OverdueEscalationLevel[];
}

export interface RevisitEscalationRule extends RuleBase {
  /** What the office calls the mechanism (督办, 预警 …); default: a generic word. */
  name?: Text;
  /** How a triggering revisit reads (回访不满意或未解决 / was unsatisfied or unresolved); default: generic. */
  triggerName?: Text;
  /** Who redoes the ticket once a level is reached (a role); absent: not named. */
  redoBy?: Role;
  /** Interpretation 3: thresholds counted from this anchor. */
  from: Anchor;
  /**
   * Interpretation 8: `ladder` (one level at a time from the level below, once the next threshold is
   * reached), level from elapsed working days at the revisit, or from consecutive unsatisfied revisits.
   */
  mode: 'ladder' | 'elapsed-workdays' | 'consecutive-unsatisfied';
  /** Whether the thresholds move by the working days an approved extension added to the completion limit. */
  thresholdsFollowExtension?: boolean;
  /** 4.5: a city-level revisit result governs; later town-level revisits do not replace it. */
  cityRevisitGoverns?: boolean;
  /** A revisit triggers escalation when this holds (facts of the revisit: `revisitResult`, `revisitResolved`). */
  trigger: Condition;
  levels: EscalationLevel[];
}

export interface ReminderRule extends RuleBase {
  trigger: 'not-accepted' | 'due-soon' | 'media-exposed';
  /** Who reminds (a role); absent: not named. */
  by?: Role;
  /** Who is reminded (a role); absent: not named. */
  to?: Role;
  when: Condition;
  methods: ('phone' | 'online' | 'written')[];
  message: Text;
}

export interface ReviewPoint {
  /** 1–8, the order of 4.6's eight points. */
  n: number;
  /** Boolean field of the closing report this point checks. */
  field: string;
  name: Text;
  text?: string;
}

export interface ReviewRule extends RuleBase {
  /** What the office calls its review (八审八不准 …); absent: a generic word. */
  name?: Text;
  /** Who submits (and resubmits) the closing report (a role); absent: not named. */
  submittedBy?: Role;
  points: ReviewPoint[];
  /** 4.6 不准办结: a report failing a point does not complete the ticket (the unit resubmits). */
  blocksCompletion?: boolean;
}

export interface NotificationRule extends RuleBase {
  when: Condition;
  to: Role[];
  timing: 'immediately' | 'daily' | 'monthly';
  message: Text;
}

/** 2.7 and 2.9: monthly satisfaction ranking of units. */
export interface AssessmentRule extends RuleBase {
  bottomN: number;
  consecutiveMonths: number;
  interviewer: { bottom: Role; repeated: Role };
  fieldVisit: { clause: ClauseId; by: Role };
}

/** 2.5 and 4.8: a month's city-level unsatisfied tickets → written explanation and review. */
export interface MonthlyRule extends RuleBase {
  obligation: 'writtenExplanation';
  /** What the unit must do, in the rule set's words (default: a written explanation). */
  duty?: Text;
  /** A limit the text states, counted from the month's end. Absent: the duty has no due date. */
  period?: string;
  from?: 'monthEnd';
  /** A limit the text does not state and the office set for itself (shown as its own choice). */
  limit?: { period: string; from: 'monthEnd'; chosenBy: 'office' };
  responsible: Role;
  reportTo: Role[];
  /** Which revisit entries of the month count; absent: every entry given. */
  counts?: MonthlyCounts;
}

/** The revisits a monthly duty counts (e.g. city level, result 不满意), and what they are called. */
export interface MonthlyCounts {
  level?: 'town' | 'city';
  results?: string[];
  /** How one counted ticket reads (市级回访不满意工单 / city-level unsatisfied ticket; en gets an `s` for more). */
  name?: Text;
}

/** Knowledge-base update after a new policy is published. */
export interface KnowledgeBaseRule extends RuleBase {
  obligation: 'knowledgeBaseReport';
  period: string;
  from: 'published';
  responsible: Role;
  /** Who the update is reported to (a role); absent: not named. */
  reportTo?: Role;
}

/** A clause of the rule set's source document, in its own numbering and citation form. */
export interface ClauseEntry {
  id: ClauseId;
  /** How a citation of it reads: 第三条第（一）项, 二（一）, clause 3.1. */
  cite: Text;
  heading: string;
  gloss?: string;
  text?: string;
  /** Whether some rule must encode it. */
  evaluable: boolean;
}

export interface NamedEntry<Id extends string = string> {
  id: Id;
  name: Text;
}

/** The rule set's own words (vocabulary.yaml): every clause citation, role and obligation name an officer reads. */
export interface Vocabulary {
  clauses: ClauseEntry[];
  roles: NamedEntry[];
  obligations: NamedEntry<Obligation>[];
  /** The values this office's tickets carry, where it has a closed list (absent: any value). */
  values?: TicketValues;
}

/** Closed lists of ticket values, each read by the fact of the same name (`revisitResult` also by `lastRevisitResult`). */
export interface TicketValues {
  channel?: string[];
  urgency?: string[];
  category?: string[];
  tags?: string[];
  revisitResult?: string[];
}

/** Settings of a rule-set version, each an explicit reading of the text (CLAUSES.md, "Interpretations"). */
export interface RulesetSettings {
  counting: CountingSettings;
  /** 4.5 "办结时限进入最后3天" (interpretation 7): the last N working days or natural days. */
  dueSoon: { period: string };
}

export interface RulesetIndex {
  id: string;
  version: string;
  title: string;
  source: { document: string; number?: string; issued: string; issuer: string };
  effective: { from: string; to?: string };
  timeZone: 'Asia/Shanghai';
  calendar: string;
  settings: RulesetSettings;
  /** Topic files of this version, relative to the index file. */
  include: string[];
}

/** Where a rule is written (added by the loader; `file` as shown in diagnostics, 1-based line and column). */
export interface RuleSource {
  file: string;
  line: number;
  col: number;
}

export interface Ruleset extends RulesetIndex {
  /** sha256 over the version's files (path + content), hex. */
  revision: string;
  dir: string;
  files: string[];
  /** The text of each of `files`, as loaded (optional for hand-built rule sets). */
  texts?: Readonly<Record<string, string>>;
  /** Sorted by priority, lowest first. */
  ticketTypes: TicketTypeRule[];
  /** Dispatch (4.1) and other limits that do not depend on the ticket type. */
  commonDeadlines: TimeLimit[];
  returns: ReturnRule[];
  extensions: ExtensionRule[];
  /** The topics below are optional: a rule set without one has no such mechanism (absent, or empty lists). */
  firstContact?: FirstContactRule;
  escalation?: EscalationRule;
  reminders: ReminderRule[];
  review?: ReviewRule;
  notifications: NotificationRule[];
  assessment?: AssessmentRule;
  monthly: MonthlyRule[];
  knowledgeBase: KnowledgeBaseRule[];
  vocabulary: Vocabulary;
  /** Rule id → where the rule is written (added by the loader; optional for hand-built rulesets). */
  sources?: Record<string, RuleSource>;
}
