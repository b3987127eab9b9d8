/**
 * What changes in one ticket's decision from the base version to the candidate: its type, each
 * deadline (moved by how many working days, its status), the supervision level, what the return
 * and extension actions need, and which reminders are due. Explanations, ids and traces are not
 * compared: they follow from these.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { parseInstant } from '../calendar/instant.ts';
import { workingDaysBetween } from '../calendar/working-days-between.ts';
import type { Decision, DecisionDeadline } from '../evaluate/types.ts';
import type { Change } from './compare-types.ts';

/** Deadlines match by obligation; the redo deadlines of each supervision level by rule id. */
const keyOf = (d: DecisionDeadline) => (d.obligation === 'redo' ? `redo:${d.ruleId}` : d.obligation);

function byKey(list: DecisionDeadline[]): Map<string, DecisionDeadline> {
  const m = new Map<string, DecisionDeadline>();
  for (const d of list) if (!m.has(keyOf(d))) m.set(keyOf(d), d);
  return m;
}

function diffDeadlines(calendar: Calendar, base: Decision, cand: Decision, out: Change[]): void {
  const b = byKey(base.deadlines);
  const c = byKey(cand.deadlines);
  for (const [key, x] of c) {
    const y = b.get(key);
    const rule = { clause: x.clause, ruleId: x.ruleId, obligation: x.obligation };
    if (!y) {
      out.push({ kind: 'deadline-added', ...rule, due: x.dueAt });
      continue;
    }
    if (x.dueAt !== y.dueAt) {
      const workdays = workingDaysBetween(calendar, y.dueDate, x.dueDate);
      const ms = parseInstant(x.dueAt) - parseInstant(y.dueAt);
      out.push({
        kind: 'deadline',
        ...rule,
        from: y.dueAt,
        to: x.dueAt,
        fromDate: y.dueDate,
        toDate: x.dueDate,
        workdays,
        ms,
      });
    }
    if (x.status !== y.status) out.push({ kind: 'status', ...rule, from: y.status, to: x.status });
  }
  for (const [key, y] of b) {
    if (c.has(key)) continue;
    out.push({ kind: 'deadline-removed', clause: y.clause, ruleId: y.ruleId, obligation: y.obligation, due: y.dueAt });
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type ActionField = Extract<Change, { kind: 'action' }>['field'];
type ActionValue = Extract<Change, { kind: 'action' }>['from'];

function diffActions(base: Decision, cand: Decision, out: Change[]): void {
  const push = (
    action: 'return' | 'extension',
    rule: { clause: string; ruleId: string },
    field: ActionField,
    from: ActionValue,
    to: ActionValue,
  ) => out.push({ kind: 'action', clause: rule.clause, ruleId: rule.ruleId, action, field, from, to });
  const br = base.actions.return;
  const cr = cand.actions.return;
  if (!br !== !cr) push('return', (cr ?? br)!, 'available', br !== null, cr !== null);
  else if (br && cr) {
    if (!sameList(br.approvalChain, cr.approvalChain))
      push('return', cr, 'approvalChain', br.approvalChain, cr.approvalChain);
    if (br.allowedNow !== cr.allowedNow) push('return', cr, 'allowedNow', br.allowedNow, cr.allowedNow);
  }
  const be = base.actions.extension;
  const ce = cand.actions.extension;
  if (!be !== !ce) push('extension', (ce ?? be)!, 'available', be !== null, ce !== null);
  else if (be && ce) {
    if (be.approvedBy !== ce.approvedBy) push('extension', ce, 'approvedBy', be.approvedBy, ce.approvedBy);
    if (be.allowedNow !== ce.allowedNow) push('extension', ce, 'allowedNow', be.allowedNow, ce.allowedNow);
    if (be.resultingDueAt !== ce.resultingDueAt) {
      push('extension', ce, 'resultingDueAt', be.resultingDueAt, ce.resultingDueAt);
    }
  }
}

function diffReminders(base: Decision, cand: Decision, out: Change[]): void {
  const b = new Set(base.reminders.map((r) => r.ruleId));
  const c = new Set(cand.reminders.map((r) => r.ruleId));
  for (const r of cand.reminders)
    if (!b.has(r.ruleId)) out.push({ kind: 'reminder-added', clause: r.clause, ruleId: r.ruleId, trigger: r.trigger });
  for (const r of base.reminders)
    if (!c.has(r.ruleId))
      out.push({ kind: 'reminder-removed', clause: r.clause, ruleId: r.ruleId, trigger: r.trigger });
}

/** Every change from `base` to `cand` for the same ticket as of the same instant. */
export function diffDecisions(calendar: Calendar, base: Decision, cand: Decision): Change[] {
  const out: Change[] = [];
  const bt = base.ticketType;
  const ct = cand.ticketType;
  if (bt.id !== ct.id) out.push({ kind: 'type', clause: ct.clause, ruleId: ct.ruleId, from: bt.id, to: ct.id });
  diffDeadlines(calendar, base, cand, out);
  const be = base.escalation;
  const ce = cand.escalation;
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
