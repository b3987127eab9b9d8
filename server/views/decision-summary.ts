/**
 * `?view=summary`: what an integrating ticket platform needs of a decision, and nothing else — ids,
 * the version, each deadline's end and status, the supervision level, whether a return or an
 * extension may be asked for now, which reminders and notifications fired, and how many warnings.
 * No names, no clause citations, no counting texts, no trace: under 2 KB for every shipped fixture
 * (test/server/decision-summary.test.ts), where the full decision is ~7 KB.
 */
import type { DeadlineStatus, Decision, DecisionEscalation } from '../../engine/index.ts';

export interface DecisionSummary {
  decisionId: string;
  ticketId: string;
  asOf: string;
  /** When, with no new event, the decision next changes (ask again then); null: never by time alone. */
  nextChangeAt: string | null;
  ruleset: { id: string; version: string };
  provisional: boolean;
  ticketTypeId: string;
  deadlines: {
    obligation: string;
    dueAt: string;
    dueDate: string;
    status: DeadlineStatus;
    remainingMs: number | null;
  }[];
  escalation: SummaryEscalation | null;
  actions: { return: SummaryAction | null; extension: SummaryAction | null };
  /** Rule ids of the reminders and notifications that apply as of asOf. */
  reminders: string[];
  notifications: string[];
  /** How many warnings the full decision carries (`?view=full` gives their texts). */
  warnings: number;
}

/**
 * The level in force. `trigger: 'revisit'`: reached by a revisit, with the redo deadline;
 * `trigger: 'overdue'`: reached because the deadline of `of` has been overdue long enough.
 */
export type SummaryEscalation =
  | { trigger: 'revisit'; level: number; supervisor: string; redoDueAt: string }
  | { trigger: 'overdue'; level: number; supervisor: string; of: string };

export interface SummaryAction {
  allowedNow: boolean;
  windowEndsAt: string | null;
}

function escalationOf(e: DecisionEscalation | null): SummaryEscalation | null {
  if (e === null) return null;
  return e.trigger === 'overdue'
    ? { trigger: 'overdue', level: e.level, supervisor: e.supervisor, of: e.of }
    : { trigger: 'revisit', level: e.level, supervisor: e.supervisor, redoDueAt: e.redoDueAt };
}

function actionOf(a: { allowedNow: boolean; windowEndsAt: string | null } | null): SummaryAction | null {
  return a === null ? null : { allowedNow: a.allowedNow, windowEndsAt: a.windowEndsAt };
}

export function summarizeDecision(d: Decision): DecisionSummary {
  return {
    decisionId: d.decisionId,
    ticketId: d.ticketId,
    asOf: d.asOf,
    nextChangeAt: d.nextChangeAt,
    ruleset: { id: d.ruleset.id, version: d.ruleset.version },
    provisional: d.provisional,
    ticketTypeId: d.ticketType.id,
    deadlines: d.deadlines.map((x) => ({
      obligation: x.obligation,
      dueAt: x.dueAt,
      dueDate: x.dueDate,
      status: x.status,
      remainingMs: x.remainingMs,
    })),
    escalation: escalationOf(d.escalation),
    actions: { return: actionOf(d.actions.return), extension: actionOf(d.actions.extension) },
    reminders: d.reminders.map((r) => r.ruleId),
    notifications: d.notifications.map((n) => n.ruleId),
    warnings: d.warnings.length,
  };
}
