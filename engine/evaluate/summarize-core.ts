/**
 * A decision's summary (`?view=summary`), written straight from its numeric core: what an
 * integrating ticket platform needs, and nothing else — ids, the version, each deadline's end and
 * status, the supervision level, whether a return or an extension may be asked for now, which
 * reminders and notifications fired, and how many warnings. No names, no clause citations, no
 * counting texts, no trace, and no full decision written on the way: under 2 KB for every shipped
 * fixture (test/server/decision-summary.test.ts, which also checks it field by field against the
 * full decision), where the full decision is ~7 KB.
 */
import { fromDayNumber } from '../calendar/day-number.ts';
import { formatInstant } from '../calendar/instant.ts';
import type { DecisionCore } from './core-types.ts';
import { REASON } from './core-types.ts';
import { escalationInForce } from './escalation-in-force.ts';
import { nextChangeAt } from './next-change.ts';
import { decisionIdOf, renderWarnings } from './render-decision.ts';
import type { DeadlineStatus } from './types.ts';

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

/** The level in force (escalation-in-force.ts chooses it, as for the full decision). */
function escalationOf(core: DecisionCore): SummaryEscalation | null {
  const e = escalationInForce(core);
  if (e === null) return null;
  if (e.trigger === 'overdue') {
    return { trigger: 'overdue', level: e.level.level, supervisor: e.level.supervisor, of: e.ladder.rule.of };
  }
  const { level, redo } = e.step;
  return {
    trigger: 'revisit',
    level: level.level,
    supervisor: level.supervisor,
    redoDueAt: formatInstant(redo.dueAtMs),
  };
}

function actionOf(a: { reason: number; window: { dueAtMs: number } | null } | null): SummaryAction | null {
  if (a === null) return null;
  return { allowedNow: a.reason === REASON.none, windowEndsAt: a.window ? formatInstant(a.window.dueAtMs) : null };
}

/** Rule ids of `rules` whose entry in the effects trace (from `offset`) fired. */
function firedIds(rules: readonly { id: string }[], core: DecisionCore, offset: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rules.length; i++) if (core.effects[offset + i]?.fired === true) out.push(rules[i]!.id);
  return out;
}

export function summarizeCore(core: DecisionCore): DecisionSummary {
  const { ruleset } = core;
  const asOf = formatInstant(core.asOf);
  const next = nextChangeAt(core);
  return {
    decisionId: decisionIdOf(ruleset, core.calendar, core.input, asOf),
    ticketId: core.input.id,
    asOf,
    nextChangeAt: next === null ? null : formatInstant(next),
    ruleset: { id: ruleset.id, version: ruleset.version },
    provisional: core.provisional,
    ticketTypeId: core.plan.type.id,
    deadlines: core.deadlines.map((x) => ({
      obligation: x.planned.limit.obligation,
      dueAt: formatInstant(x.due.dueAtMs),
      dueDate: fromDayNumber(x.due.lastDay),
      status: x.status,
      remainingMs: x.remainingMs,
    })),
    escalation: escalationOf(core),
    actions: { return: actionOf(core.return), extension: actionOf(core.extension) },
    reminders: firedIds(ruleset.reminders, core, 0),
    notifications: firedIds(ruleset.notifications, core, ruleset.reminders.length),
    warnings: core.warnings.length === 0 ? 0 : renderWarnings(core.warnings, ruleset).length,
  };
}
