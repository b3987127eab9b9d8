/**
 * The numeric core of a decision: what `decideCore` fills in, before any word or date is written.
 * Instants are epoch milliseconds, dates are day numbers, statuses are the small fixed set of
 * `DeadlineStatus`; rules, limits and periods are references into the rule set and its plan.
 * `renderDecision` turns it into the public `Decision` only when one is asked for.
 */
import type { Calendar } from '../calendar/calendar.ts';
import type { CoverageGap } from '../calendar/coverage.ts';
import type { DueNumbers } from '../calendar/due-numbers.ts';
import type { Instant } from '../calendar/instant.ts';
import type {
  EscalationLevel,
  ExtensionRule,
  OverdueEscalationLevel,
  OverdueEscalationRule,
  ReturnField,
  ReturnRule,
  ReviewPoint,
  ReviewRule,
  RevisitEscalationRule,
  Ruleset,
  TicketTypeRule,
  TimeLimit,
} from '../rules/types.ts';
import type { PlannedLimit, TypePlan } from './plan.ts';
import type { Timeline } from './timeline.ts';
import type { DeadlineStatus, ExtensionField, Ticket, TraceEntry } from './types.ts';

export interface CoreDeadline {
  planned: PlannedLimit;
  anchorMs: Instant;
  due: DueNumbers;
  status: DeadlineStatus;
  /** When the obligation was fulfilled, if it was by asOf. */
  doneAtMs: Instant | null;
  remainingMs: number | null;
  remainingWorkdays: number | null;
}

/** A revisit that triggered escalation, and the level it reached. */
export interface CoreEscalationStep {
  level: EscalationLevel;
  revisitAt: Instant;
  workdaysAtRevisit: number;
  previousLevel: number;
  redo: DueNumbers;
  redoDoneAt: Instant | null;
}

export interface CoreRevisitEscalation {
  rule: RevisitEscalationRule;
  shift: number;
  steps: CoreEscalationStep[];
  /** The step in force as of asOf (the latest revisit triggered), or null. */
  current: CoreEscalationStep | null;
}

export interface CoreOverdueEscalation {
  rule: OverdueEscalationRule;
  levels: readonly OverdueEscalationLevel[];
  /** The deadline of `rule.of` (the last one), or null. */
  deadline: CoreDeadline | null;
  /** When each level is (or would be) reached. */
  reachedAt: (Instant | null)[];
  /** The index of the level in force, or -1. */
  index: number;
}

/** Why an action is not allowed now (0: it is). */
export const REASON = {
  none: 0,
  notAccepted: 1,
  completed: 2,
  alreadyApproved: 3,
  windowClosed: 4,
} as const;
export type ReasonCode = (typeof REASON)[keyof typeof REASON];

export interface CoreReturn {
  rule: ReturnRule;
  reason: ReasonCode;
  window: DueNumbers | null;
  escalated: boolean;
  required: readonly ReturnField[];
  missing: readonly ReturnField[];
}

export interface CoreExtension {
  rule: ExtensionRule;
  reason: ReasonCode;
  window: DueNumbers | null;
  resulting: DueNumbers | null;
  missing: readonly ExtensionField[];
  citizenNotice: 'due' | 'done' | null;
}

export interface CoreFirstContact {
  window: DueNumbers;
  /** When contact was made (in time or not), how, and the calls that made it count (or the attempts so far). */
  madeAt: Instant | null;
  how: 'answered' | 'unanswered-attempts' | null;
  calls: Instant[];
  inTime: boolean;
}

export interface CoreClosingReport {
  rule: ReviewRule;
  /** Failed points, and whether each was filled in at all. */
  failed: readonly { point: ReviewPoint; filled: boolean }[];
}

export type CoreWarning =
  | { kind: 'gaps'; gaps: readonly CoverageGap[] }
  | { kind: 'missing-anchor'; limit: TimeLimit }
  | { kind: 'extension-late'; rule: ExtensionRule; at: Instant; window: DueNumbers }
  | { kind: 'extension-missing'; rule: ExtensionRule; at: Instant; missing: readonly ExtensionField[] };

export interface DecisionCore {
  ruleset: Ruleset;
  calendar: Calendar;
  input: Ticket;
  asOf: Instant;
  times: Timeline;
  plan: TypePlan;
  /** The other matching types, in priority order. */
  alsoMatched: TicketTypeRule[];
  deadlines: CoreDeadline[];
  provisional: boolean;
  revisitEscalation: CoreRevisitEscalation | null;
  overdueEscalation: CoreOverdueEscalation | null;
  /** The reminders and notifications that fired (trace of the effects phase, in the rules' order). */
  effects: readonly TraceEntry[];
  return: CoreReturn | null;
  extension: CoreExtension | null;
  firstContact: CoreFirstContact | null;
  closingReport: CoreClosingReport | null;
  warnings: CoreWarning[];
  /** The judges' traces, kept only when a trace is asked for. */
  trace: TraceEntry[] | null;
}
