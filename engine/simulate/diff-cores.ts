/**
 * What changes in one ticket's decision from the base version to the candidate, read from the two
 * decisions' numeric cores (no decision is written out): its type, each deadline (moved by how
 * many working days, its status), the supervision level, what the return and extension actions
 * need, and which reminders are due. Only a change found is written as text (its ISO instants and
 * dates). Explanations, ids and traces are not compared: they follow from these.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { fromDayNumber } from '../calendar/day-number.ts';
import { formatInstant } from '../calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import { returnTerms } from '../evaluate/actions.ts';
import type { CoreDeadline, DecisionCore } from '../evaluate/core-types.ts';
import { REASON } from '../evaluate/core-types.ts';
import { escalationInForce, escalationLevelOf } from '../evaluate/escalation-in-force.ts';
import type { Change } from './compare-types.ts';

/** Deadlines match by obligation; the redo deadlines of each supervision level by rule id. */
function keyOf(d: CoreDeadline): string {
  const { limit } = d.planned;
  return limit.obligation === 'redo' ? `redo:${limit.id}` : limit.obligation;
}

function byKey(list: readonly CoreDeadline[]): Map<string, CoreDeadline> {
  const m = new Map<string, CoreDeadline>();
  for (const d of list) if (!m.has(keyOf(d))) m.set(keyOf(d), d);
  return m;
}

function diffDeadlines(calendar: Calendar, base: DecisionCore, cand: DecisionCore, out: Change[]): void {
  const b = byKey(base.deadlines);
  const c = byKey(cand.deadlines);
  for (const [key, x] of c) {
    const y = b.get(key);
    const { limit } = x.planned;
    const rule = { clause: limit.clause, ruleId: limit.id, obligation: limit.obligation };
    if (!y) {
      out.push({ kind: 'deadline-added', ...rule, due: formatInstant(x.due.dueAtMs) });
      continue;
    }
    if (x.due.dueAtMs !== y.due.dueAtMs) {
      out.push({
        kind: 'deadline',
        ...rule,
        from: formatInstant(y.due.dueAtMs),
        to: formatInstant(x.due.dueAtMs),
        fromDate: fromDayNumber(y.due.lastDay),
        toDate: fromDayNumber(x.due.lastDay),
        workdays: workingDaysBetweenNumbers(calendar, y.due.lastDay, x.due.lastDay),
        ms: x.due.dueAtMs - y.due.dueAtMs,
      });
    }
    if (x.status !== y.status) out.push({ kind: 'status', ...rule, from: y.status, to: x.status });
  }
  for (const [key, y] of b) {
    if (c.has(key)) continue;
    const { limit } = y.planned;
    out.push({
      kind: 'deadline-removed',
      clause: limit.clause,
      ruleId: limit.id,
      obligation: limit.obligation,
      due: formatInstant(y.due.dueAtMs),
    });
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type ActionField = Extract<Change, { kind: 'action' }>['field'];
type ActionValue = Extract<Change, { kind: 'action' }>['from'];

function diffActions(base: DecisionCore, cand: DecisionCore, out: Change[]): void {
  const push = (
    action: 'return' | 'extension',
    rule: { clause: string; ruleId: string },
    field: ActionField,
    from: ActionValue,
    to: ActionValue,
  ) => out.push({ kind: 'action', clause: rule.clause, ruleId: rule.ruleId, action, field, from, to });
  const br = base.return ? { ...returnTerms(base.return), allowedNow: base.return.reason === REASON.none } : null;
  const cr = cand.return ? { ...returnTerms(cand.return), allowedNow: cand.return.reason === REASON.none } : null;
  if (!br !== !cr) push('return', (cr ?? br)!, 'available', br !== null, cr !== null);
  else if (br && cr) {
    if (!sameList(br.approvalChain, cr.approvalChain))
      push('return', cr, 'approvalChain', br.approvalChain, cr.approvalChain);
    if (br.allowedNow !== cr.allowedNow) push('return', cr, 'allowedNow', br.allowedNow, cr.allowedNow);
  }
  const be = base.extension;
  const ce = cand.extension;
  const terms = (e: NonNullable<DecisionCore['extension']>) => ({ clause: e.rule.clause, ruleId: e.rule.id });
  if (!be !== !ce) push('extension', terms((ce ?? be)!), 'available', be !== null, ce !== null);
  else if (be && ce) {
    const rule = terms(ce);
    if (be.rule.approvedBy !== ce.rule.approvedBy)
      push('extension', rule, 'approvedBy', be.rule.approvedBy, ce.rule.approvedBy);
    const ba = be.reason === REASON.none;
    const ca = ce.reason === REASON.none;
    if (ba !== ca) push('extension', rule, 'allowedNow', ba, ca);
    const bd = be.resulting ? be.resulting.dueAtMs : null;
    const cd = ce.resulting ? ce.resulting.dueAtMs : null;
    if (bd !== cd) {
      push(
        'extension',
        rule,
        'resultingDueAt',
        bd === null ? null : formatInstant(bd),
        cd === null ? null : formatInstant(cd),
      );
    }
  }
}

/** The reminders that fired, in the rules' order. */
function firedReminders(core: DecisionCore) {
  return core.ruleset.reminders.filter((_, i) => core.effects[i]?.fired === true);
}

function diffReminders(base: DecisionCore, cand: DecisionCore, out: Change[]): void {
  const bl = firedReminders(base);
  const cl = firedReminders(cand);
  const b = new Set(bl.map((r) => r.id));
  const c = new Set(cl.map((r) => r.id));
  for (const r of cl)
    if (!b.has(r.id)) out.push({ kind: 'reminder-added', clause: r.clause, ruleId: r.id, trigger: r.trigger });
  for (const r of bl)
    if (!c.has(r.id)) out.push({ kind: 'reminder-removed', clause: r.clause, ruleId: r.id, trigger: r.trigger });
}

/** Every change from `base` to `cand` for the same ticket as of the same instant. */
export function diffCores(calendar: Calendar, base: DecisionCore, cand: DecisionCore): Change[] {
  const out: Change[] = [];
  const bt = base.plan.type;
  const ct = cand.plan.type;
  if (bt.id !== ct.id) out.push({ kind: 'type', clause: ct.clause, ruleId: ct.id, from: bt.id, to: ct.id });
  diffDeadlines(calendar, base, cand, out);
  const bi = escalationInForce(base);
  const ci = escalationInForce(cand);
  const be = bi ? escalationLevelOf(bi) : null;
  const ce = ci ? escalationLevelOf(ci) : null;
  if ((be?.level ?? null) !== (ce?.level ?? null)) {
    const rule = ce ?? be!;
    out.push({
      kind: 'escalation',
      clause: rule.clause,
      ruleId: rule.ruleId,
      from: be?.level ?? null,
      to: ce?.level ?? null,
    });
  }
  diffActions(base, cand, out);
  diffReminders(base, cand, out);
  return out;
}
