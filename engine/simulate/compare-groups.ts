/**
 * Changes grouped by rule: for each (kind, clause, rule id, subject), how many tickets and which
 * outcomes (`-1` working day, `pending→overdue` …). Merged chunk by chunk; sorted for output.
 */
import type { Change, ChangeGroup, CompareTotals } from './compare-types.ts';

export type GroupMap = Record<string, ChangeGroup>;

export function emptyTotals(): CompareTotals {
  return { tickets: 0, evaluated: 0, rejected: 0, keptUnderBase: 0, underCandidate: 0, changed: 0, unchanged: 0 };
}

/** A value of a change as a short token: lists joined with `+`, null as `-`. */
export function token(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (Array.isArray(v)) return v.join('+');
  return String(v);
}

export function subjectOf(c: Change): string {
  switch (c.kind) {
    case 'deadline':
    case 'deadline-added':
    case 'deadline-removed':
    case 'status':
      return c.obligation;
    case 'action':
      return `${c.action}.${c.field}`;
    case 'reminder-added':
    case 'reminder-removed':
      return c.trigger;
    default:
      return '';
  }
}

export function outcomeOf(c: Change): string {
  switch (c.kind) {
    case 'deadline':
      return c.workdays !== 0 ? (c.workdays > 0 ? `+${c.workdays}` : String(c.workdays)) : `${c.ms / 3_600_000}h`;
    case 'deadline-added':
    case 'deadline-removed':
    case 'reminder-added':
    case 'reminder-removed':
      return c.kind;
    default:
      return `${token(c.from)}→${token(c.to)}`;
  }
}

/** Counts one ticket's changes (a ticket counts once per group). */
export function addChanges(groups: GroupMap, changes: Change[]): void {
  const seen = new Set<string>();
  for (const c of changes) {
    const subject = subjectOf(c);
    const key = `${c.kind}|${c.clause}|${c.ruleId}|${subject}`;
    const g = groups[key] ?? { kind: c.kind, clause: c.clause, ruleId: c.ruleId, subject, tickets: 0, outcomes: {} };
    groups[key] = g;
    if (!seen.has(key)) g.tickets++;
    seen.add(key);
    const o = outcomeOf(c);
    g.outcomes[o] = (g.outcomes[o] ?? 0) + 1;
  }
}

export function mergeGroups(into: GroupMap, from: GroupMap): void {
  for (const [key, g] of Object.entries(from)) {
    const e = into[key];
    if (!e) {
      into[key] = { ...g, outcomes: { ...g.outcomes } };
      continue;
    }
    e.tickets += g.tickets;
    for (const [o, n] of Object.entries(g.outcomes)) e.outcomes[o] = (e.outcomes[o] ?? 0) + n;
  }
}

export function mergeTotals(into: CompareTotals, from: CompareTotals): void {
  for (const k of Object.keys(into) as (keyof CompareTotals)[]) into[k] += from[k];
}

const clauseKey = (c: string) =>
  c
    .split('.')
    .map((p) => p.padStart(4, '0'))
    .join('.');

/** By clause (numerically: 3.2 before 3.10), rule id, kind, subject; outcomes by key. */
export function sortedGroups(groups: GroupMap): ChangeGroup[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return Object.values(groups)
    .map((g) => ({
      ...g,
      outcomes: Object.fromEntries(
        Object.entries(g.outcomes).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
      ),
    }))
    .sort(
      (a, b) =>
        cmp(clauseKey(a.clause), clauseKey(b.clause)) ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.kind, b.kind) ||
        cmp(a.subject, b.subject),
    );
}
