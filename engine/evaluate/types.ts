/**
 * Input (a ticket) and output (a decision) of `evaluate`. The ticket carries no citizen personal
 * data (clause 2.10): only times, categories, unit names and yes/no facts; its JSON Schema
 * (`rules/schema/ticket.schema.json`) rejects unknown fields.
 */
import type { CountingSettings } from '../calendar/due.ts';
import type { Text } from '../i18n.ts';
import type {
  Anchor,
  ClauseId,
  DisputeKind,
  Obligation,
  ReturnField,
  RevisitEscalationRule,
  Role,
  TicketTypeId,
} from '../rules/types.ts';

/** A revisit result in the office's own words (满意 … 不满意, 不满倾向 …). */
export type RevisitResult = string;

export interface Ticket {
  id: string;
  /** The office (rule-set id) the ticket belongs to; without it the caller's or the default rule set. */
  office?: string;
  /** Center received it from the 12345 system. Chooses the rule-set version (新老划断). */
  received: string;
  /** Center dispatched it to the unit. */
  dispatched?: string;
  /** The unit accepted it (接单). */
  accepted?: string;
  /** Channel, one of the office's values (vocabulary.yaml `values.channel`). */
  channel?: string;
  /** Urgency, one of the office's values (`values.urgency`). */
  urgency?: string;
  /** The demand's category, in the office's own words (咨询, 投诉 …). */
  category?: string;
  tags: string[];
  flags?: { mediaExposed?: boolean; sensitive?: boolean; groupComplaint?: boolean; outOfJurisdiction?: boolean };
  units?: { primary?: string; secondary?: string[] };
  /** Double calls (双呼) to the citizen: when, and whether answered. */
  contacts?: { at: string; answered: boolean }[];
  returnRequests?: {
    at: string;
    disputeKind?: DisputeKind;
    /** Which application fields were provided (true, or the text). */
    reason?: string | boolean;
    basis?: string | boolean;
    suggestedAssignee?: string | boolean;
    siteVerification?: string | boolean;
    attachments?: string | boolean;
    legalCitation?: string | boolean;
    emergencyMeasures?: string | boolean;
    outcome?: 'pending' | 'approved' | 'rejected' | 'refused';
  }[];
  extensionRequests?: {
    at: string;
    workdays: number;
    reason?: string | boolean;
    plan?: string | boolean;
    approved?: boolean;
    /** 4.4 延期办理的工单，承办单位应及时告知市民相关情况. */
    citizenNotified?: boolean;
  }[];
  completed?: string;
  closingReport?: Record<string, boolean | string | undefined>;
  revisits?: { at: string; result: RevisitResult; resolved: boolean; level: 'town' | 'city' }[];
  /** Redo completions after escalation. */
  redos?: { at: string }[];
}

/** `lapsed`: an optional window (return, extension request) that closed unused. */
export type DeadlineStatus = 'met' | 'late' | 'pending' | 'due-soon' | 'overdue' | 'lapsed';

export interface DecisionDeadline {
  obligation: Obligation;
  ruleId: string;
  clause: ClauseId;
  responsible: Role;
  from: Anchor;
  fromAt: string;
  period: string;
  dueDate: string;
  dueAt: string;
  status: DeadlineStatus;
  /** When the obligation was fulfilled, if it was. */
  doneAt: string | null;
  /** Milliseconds left as of asOf (negative when overdue); null once done. */
  remainingMs: number | null;
  /** Working days left after asOf's day up to dueDate (null for hour periods or once done). */
  remainingWorkdays: number | null;
  provisional: boolean;
  /** How it was counted, in both languages; left out when evaluated with `explain: false` (batches). */
  explanation?: Text;
}

/** The supervision level in force as of asOf: reached by revisits, or by time overdue. */
export type DecisionEscalation = DecisionRevisitEscalation | DecisionOverdueEscalation;

/** A level reached because the deadline of `of` has been overdue long enough (`trigger: overdue`). */
export interface DecisionOverdueEscalation {
  trigger: 'overdue';
  level: number;
  /** The level's name in the rule set's words, when it has one. */
  name?: Text;
  supervisor: Role;
  supervisorName: Text;
  clause: ClauseId;
  ruleId: string;
  /** The obligation whose deadline is overdue, that deadline's rule and its end. */
  of: Obligation;
  deadlineRuleId: string;
  dueDate: string;
  dueAt: string;
  /** How long past the deadline the level is reached (null: as soon as it is overdue). */
  threshold: string | null;
  /** When the level was reached. */
  reachedAt: string;
  /** The next level and when it is reached if the obligation is still not done (null: the top level). */
  next: { level: number; name?: Text; threshold: string | null; reachesAt: string } | null;
}

/** A level reached by a triggering revisit. */
export interface DecisionRevisitEscalation {
  trigger?: undefined;
  level: number;
  supervisor: Role;
  supervisorName: Text;
  clause: ClauseId;
  ruleId: string;
  /** The revisit that triggered it. */
  revisitAt: string;
  workdaysAtRevisit: number;
  /** How the level was read (interpretation 8: ladder, elapsed-workdays, consecutive-unsatisfied). */
  mode: RevisitEscalationRule['mode'];
  /** The level in force before this revisit (0: none). */
  previousLevel: number;
  /** Working days the thresholds moved by (an approved extension). */
  thresholdShift: number;
  redoPeriod: string;
  redoDueAt: string;
  redoDueDate: string;
}

export interface DecisionReminder {
  ruleId: string;
  clause: ClauseId;
  trigger: 'not-accepted' | 'due-soon' | 'media-exposed';
  methods: ('phone' | 'online' | 'written')[];
  message: Text;
}

export interface ReturnAction {
  ruleId: string;
  clause: ClauseId;
  allowedNow: boolean;
  /** Why not, when not. */
  reason: Text | null;
  windowEndsAt: string | null;
  applicant: Role;
  approvalChain: Role[];
  filing: Role[];
  escalated: boolean;
  formRequired: boolean;
  requiredFields: ReturnField[];
  missingFields: ReturnField[];
  prerequisites: Text[];
}

export interface ExtensionAction {
  ruleId: string;
  clause: ClauseId;
  allowedNow: boolean;
  reason: Text | null;
  windowEndsAt: string | null;
  cap: string;
  approvedBy: Role;
  /** The completion deadline an approved extension of the full cap would give. */
  resultingDueDate: string | null;
  resultingDueAt: string | null;
  /** 4.4: what the application must state, and what the latest one leaves out. */
  requiredFields: ExtensionField[];
  missingFields: ExtensionField[];
  /** 4.4 应及时告知市民: `due` once approved and not yet recorded, `done` when recorded, null when not required or not approved. */
  citizenNotice: 'due' | 'done' | null;
}

export type ExtensionField = 'reason' | 'workdays' | 'plan';

export interface DecisionCheckFirstContact {
  ruleId: string;
  clause: ClauseId;
  satisfied: boolean;
  how: 'answered' | 'unanswered-attempts' | null;
  /** The calls that made it count (or the best attempt). */
  calls: string[];
  reason: Text;
}

export interface DecisionCheckClosingReport {
  ruleId: string;
  clause: ClauseId;
  passed: boolean;
  /** 4.6 承办单位需补充必要信息后重新提交: a failing report is owed again (no limit is stated). */
  resubmissionRequired: boolean;
  failed: { n: number; field: string; name: Text; reason: Text }[];
}

export interface DecisionNotification {
  ruleId: string;
  clause: ClauseId;
  to: Role[];
  timing: 'immediately' | 'daily' | 'monthly';
  message: Text;
}

export interface TraceEntry {
  ruleId: string;
  clause: ClauseId;
  /** Which part of the rules: ticketType, reminder, notification, escalationTrigger, escalationOverdue. */
  kind: string;
  fired: boolean;
  /** For a rule that did not fire: the first condition that failed, with the fact's actual value. */
  failed: { fact: string; operator: string; value: unknown; actual: unknown } | null;
}

/**
 * The open readings of the text that the decision applied, as the rule set states them
 * (rules/source/OPEN-READINGS.md): keys are DSL settings, values come from the rule set.
 */
export interface AppliedSettings {
  /** escalation.mode (2.4 interpretation 8); absent when the rule set has no escalation. */
  escalationMode?: RevisitEscalationRule['mode'];
  /** escalation.thresholdsFollowExtension. */
  thresholdsFollowExtension?: boolean;
  /** escalation.cityRevisitGoverns (4.5). */
  cityRevisitGoverns?: boolean;
  /** The extension rule's `grant` (3.3/4.4), when the ticket type has one. */
  extensionGrant?: 'requested-days' | 'full-cap';
  /** The extension rule's `alsoMoves`, when the ticket type has one. */
  extensionAlsoMoves?: Obligation[];
  /** review.blocksCompletion (4.6), when the rule set reviews closing reports. */
  reviewBlocksCompletion?: boolean;
  /** settings.counting.naturalDayEndOnHoliday (interpretation 6). */
  naturalDayEndOnHoliday: CountingSettings['naturalDayEndOnHoliday'];
  /** settings.dueSoon.period (4.5 interpretation 7). */
  dueSoon: string;
}

export interface Decision {
  decisionId: string;
  ticketId: string;
  asOf: string;
  /**
   * The earliest instant after asOf at which, with no new event, this decision would differ
   * (remaining times aside): a deadline passes, due-soon starts, a window closes, an escalation
   * level is reached, a condition on the time since acceptance turns. Null: it never changes by
   * time alone. Ask again then.
   */
  nextChangeAt: string | null;
  ruleset: { id: string; version: string; revision: string };
  calendar: { id: string; revision: string };
  /** How periods were counted (the rule set's settings: start day, natural days on holidays, strict). */
  counting: CountingSettings;
  /** The open-reading settings that applied (derived from the rule set). */
  settings: AppliedSettings;
  provisional: boolean;
  ticketType: {
    id: TicketTypeId;
    name: Text;
    clause: ClauseId;
    ruleId: string;
    alsoMatched: TicketTypeId[];
    /** The rule set's names of `alsoMatched`, in the same order. */
    alsoMatchedNames: Text[];
  };
  deadlines: DecisionDeadline[];
  escalation: DecisionEscalation | null;
  reminders: DecisionReminder[];
  actions: { return: ReturnAction | null; extension: ExtensionAction | null };
  checks: { firstContact: DecisionCheckFirstContact | null; closingReport: DecisionCheckClosingReport | null };
  notifications: DecisionNotification[];
  warnings: Text[];
  trace: TraceEntry[];
}
