/**
 * Ticket test cases (`fixtures/tickets/*.yaml`, schema `rules/schema/case.schema.json`), in the
 * style of OpenFisca's YAML tests: a ticket, a moment, and a partial expectation of the decision.
 */
import type { DeadlineStatus, Decision, Ticket } from '../evaluate/types.ts';
import type { Obligation, ReturnField, Role, TicketTypeId } from '../rules/types.ts';

/** An item of an expected list that must NOT be present. */
export interface NotItem {
  not: unknown;
}

/** An expected list: every item must be present (order ignored); `[]` means the list must be empty. */
export type ExpectedList<T> = (T | NotItem)[];

export interface ExpectedDeadline {
  dueDate?: string;
  dueAt?: string;
  status?: DeadlineStatus | 'lapsed';
  period?: string;
  from?: string;
  fromAt?: string;
  clause?: string;
  ruleId?: string;
  responsible?: Role;
  doneAt?: string | null;
  remainingWorkdays?: number | null;
  provisional?: boolean;
}

export interface ExpectedEscalation {
  level?: 1 | 2 | 3 | 4;
  supervisor?: Role;
  redoDueDate?: string;
  redoDueAt?: string;
  redoPeriod?: string;
  revisitAt?: string;
  workdaysAtRevisit?: number;
  previousLevel?: number;
  thresholdShift?: number;
  mode?: 'ladder' | 'elapsed-workdays' | 'consecutive-unsatisfied';
  clause?: string;
  /** Escalation triggered by time overdue. */
  trigger?: 'overdue';
  of?: Obligation;
  deadlineRuleId?: string;
  dueDate?: string;
  dueAt?: string;
  threshold?: string | null;
  reachedAt?: string;
  next?: { level?: 1 | 2 | 3 | 4; threshold?: string | null; reachesAt?: string } | null;
}

export interface ExpectedReturn {
  allowedNow?: boolean;
  windowEndsAt?: string | null;
  applicant?: Role;
  approvalChain?: ExpectedList<Role>;
  filing?: ExpectedList<Role>;
  escalated?: boolean;
  formRequired?: boolean;
  requiredFields?: ExpectedList<ReturnField>;
  missingFields?: ExpectedList<ReturnField>;
  clause?: string;
  ruleId?: string;
}

export interface ExpectedExtension {
  allowedNow?: boolean;
  windowEndsAt?: string | null;
  cap?: string;
  approvedBy?: Role;
  resultingDueDate?: string | null;
  resultingDueAt?: string | null;
  missingFields?: ExpectedList<'reason' | 'workdays' | 'plan'>;
  citizenNotice?: 'due' | 'done' | null;
  clause?: string;
  ruleId?: string;
}

export type ReminderTrigger = 'not-accepted' | 'due-soon' | 'media-exposed';

export interface CaseExpectation {
  ticketType?: TicketTypeId | { id?: TicketTypeId; clause?: string; alsoMatched?: ExpectedList<TicketTypeId> };
  provisional?: boolean;
  /** By obligation; the last deadline of an obligation is compared; `null` means there is none. */
  deadlines?: Partial<Record<Obligation, ExpectedDeadline | null>>;
  escalation?: ExpectedEscalation | null;
  /** Triggers (or partial reminders). */
  reminders?: ExpectedList<
    ReminderTrigger | { trigger?: ReminderTrigger; clause?: string; ruleId?: string; methods?: string[] }
  >;
  actions?: { return?: ExpectedReturn | null; extension?: ExpectedExtension | null };
  checks?: {
    firstContact?: {
      satisfied?: boolean;
      how?: 'answered' | 'unanswered-attempts' | null;
      calls?: ExpectedList<string>;
    } | null;
    closingReport?: { passed?: boolean; resubmissionRequired?: boolean; failed?: ExpectedList<number> } | null;
  };
  /** A role (`peaceOffice`), a clause (`"2.5"`), or a partial notification. */
  notifications?: ExpectedList<string | { to?: ExpectedList<Role>; timing?: string; clause?: string; ruleId?: string }>;
  /** Substrings the decision's explanation (`explainDecision`) must contain, per language. */
  explanation?: { zh?: string[]; en?: string[] };
  /** Number of warnings, or a range, and texts (zh or en substrings) that some warning must contain. */
  warnings?: number | { min?: number; max?: number; contains?: string[] };
}

/** One loaded, validated case. */
export interface TicketCase {
  name: string;
  description?: string;
  clauses: string[];
  /** The case file (as shown in diagnostics), and where the case starts in it. */
  file: string;
  line: number;
  col: number;
  asOf: string;
  ticket: Ticket;
  /** The ticket file, when the case names one (as shown in diagnostics). */
  ticketFile?: string;
  expect: CaseExpectation;
}

/** One difference between the expectation and the decision. `null` stands for "absent". */
export interface CaseDiff {
  /** Where in the expectation, e.g. `deadlines.complete.dueDate`, `reminders`. */
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface CaseResult {
  name: string;
  file: string;
  line: number;
  passed: boolean;
  diffs: CaseDiff[];
  /** When deciding threw. */
  error?: string;
}

/** The decision function a runner is given (kept injected: the runner does not import the evaluator). */
export type DecideFn = (ticket: Ticket, asOf: string) => Decision | Promise<Decision>;
