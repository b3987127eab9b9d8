/**
 * The counts of a simulation: built one decision at a time (memory does not grow with the batch),
 * merged chunk by chunk, and put in a fixed key order so that the same tickets always give the
 * same object and the same JSON, whichever thread counted which chunk.
 */
import { type DecisionCore, REASON } from '../evaluate/core-types.ts';
import type { DeadlineStatus, Decision } from '../evaluate/types.ts';
import { OBLIGATIONS } from '../rules/vocabulary.ts';
import type { SimulationSummary } from './types.ts';

export const STATUSES: readonly DeadlineStatus[] = ['met', 'late', 'pending', 'due-soon', 'overdue', 'lapsed'];

export function emptySummary(): SimulationSummary {
  return {
    tickets: { total: 0, evaluated: 0, rejected: 0 },
    byVersion: {},
    byType: {},
    deadlines: {},
    escalation: { none: 0 },
    reminders: {},
    notifications: {},
    checks: {
      firstContact: { satisfied: 0, unsatisfied: 0, notApplicable: 0 },
      closingReport: { passed: 0, failed: 0, notApplicable: 0, failedPoints: {} },
    },
    actions: { returnAllowedNow: 0, extensionAllowedNow: 0 },
    provisional: 0,
    withWarnings: 0,
  };
}

const inc = <K extends string>(rec: Partial<Record<K, number>>, key: K, by = 1) => {
  rec[key] = (rec[key] ?? 0) + by;
};

/** Counts one decision (the ticket's `total`/`evaluated` included). */
export function addDecision(s: SimulationSummary, d: Decision): void {
  s.tickets.total++;
  s.tickets.evaluated++;
  inc(s.byVersion, `${d.ruleset.id}/${d.ruleset.version}`);
  inc(s.byType, d.ticketType.id);
  for (const x of d.deadlines) {
    const byStatus = s.deadlines[x.obligation] ?? {};
    s.deadlines[x.obligation] = byStatus;
    inc(byStatus, x.status);
  }
  const level = d.escalation ? String(d.escalation.level) : 'none';
  s.escalation[level] = (s.escalation[level] ?? 0) + 1;
  for (const r of d.reminders) {
    const e = s.reminders[r.ruleId] ?? { clause: r.clause, trigger: r.trigger, count: 0 };
    s.reminders[r.ruleId] = e;
    e.count++;
  }
  for (const n of d.notifications) {
    const e = s.notifications[n.ruleId] ?? { clause: n.clause, count: 0 };
    s.notifications[n.ruleId] = e;
    e.count++;
  }
  const fc = d.checks.firstContact;
  const fcCount = s.checks.firstContact;
  if (!fc) fcCount.notApplicable++;
  else if (fc.satisfied) fcCount.satisfied++;
  else fcCount.unsatisfied++;
  const cr = d.checks.closingReport;
  const crCount = s.checks.closingReport;
  if (!cr) crCount.notApplicable++;
  else if (cr.passed) crCount.passed++;
  else {
    crCount.failed++;
    for (const f of cr.failed) {
      const e = crCount.failedPoints[f.n] ?? { field: f.field, name: f.name, count: 0 };
      crCount.failedPoints[f.n] = e;
      e.count++;
    }
  }
  if (d.actions.return?.allowedNow) s.actions.returnAllowedNow++;
  if (d.actions.extension?.allowedNow) s.actions.extensionAllowedNow++;
  if (d.provisional) s.provisional++;
  if (d.warnings.length > 0) s.withWarnings++;
}

/**
 * Counts one decision from its numeric core, without writing it: the same counts as
 * `addDecision(summary, renderDecision(core))` (test/simulate/summary-core.test.ts).
 */
export function addCore(s: SimulationSummary, c: DecisionCore): void {
  const { ruleset } = c;
  s.tickets.total++;
  s.tickets.evaluated++;
  inc(s.byVersion, `${ruleset.id}/${ruleset.version}`);
  inc(s.byType, c.plan.type.id);
  for (const x of c.deadlines) {
    const o = x.planned.limit.obligation;
    const byStatus = s.deadlines[o] ?? {};
    s.deadlines[o] = byStatus;
    inc(byStatus, x.status);
  }
  const level = escalationLevelOf(c);
  const key = level === null ? 'none' : String(level);
  s.escalation[key] = (s.escalation[key] ?? 0) + 1;
  const nReminders = ruleset.reminders.length;
  for (let i = 0; i < c.effects.length; i++) {
    if (c.effects[i]?.fired !== true) continue;
    const r = i < nReminders ? ruleset.reminders[i] : undefined;
    if (r) {
      const e = s.reminders[r.id] ?? { clause: r.clause, trigger: r.trigger, count: 0 };
      s.reminders[r.id] = e;
      e.count++;
      continue;
    }
    const n = ruleset.notifications[i - nReminders];
    if (!n) continue;
    const e = s.notifications[n.id] ?? { clause: n.clause, count: 0 };
    s.notifications[n.id] = e;
    e.count++;
  }
  const fcCount = s.checks.firstContact;
  if (!c.firstContact) fcCount.notApplicable++;
  else if (c.firstContact.inTime) fcCount.satisfied++;
  else fcCount.unsatisfied++;
  const cr = c.closingReport;
  const crCount = s.checks.closingReport;
  if (!cr) crCount.notApplicable++;
  else if (cr.failed.length === 0) crCount.passed++;
  else {
    crCount.failed++;
    for (const { point } of cr.failed) {
      const e = crCount.failedPoints[point.n] ?? { field: point.field, name: point.name, count: 0 };
      crCount.failedPoints[point.n] = e;
      e.count++;
    }
  }
  if (c.return?.reason === REASON.none) s.actions.returnAllowedNow++;
  if (c.extension?.reason === REASON.none) s.actions.extensionAllowedNow++;
  if (c.provisional) s.provisional++;
  if (c.warnings.length > 0) s.withWarnings++;
}

/** The supervision level in force (null: none), as `renderDecision` states it. */
function escalationLevelOf(c: DecisionCore): number | null {
  const o = c.overdueEscalation;
  if (o) return o.deadline && o.index >= 0 ? (o.levels[o.index]?.level ?? null) : null;
  return c.revisitEscalation?.current?.level.level ?? null;
}

export function addRejected(s: SimulationSummary): void {
  s.tickets.total++;
  s.tickets.rejected++;
}

const addNumbers = <K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>) => {
  for (const k of Object.keys(from) as K[]) inc(into, k, from[k] ?? 0);
};

const addCounted = <T extends { count: number }>(into: Record<string, T>, from: Record<string, T>) => {
  for (const [k, v] of Object.entries(from)) {
    const e = into[k];
    if (e) e.count += v.count;
    else into[k] = { ...v };
  }
};

/** Adds `from` into `into` (counts are sums, so the order of merging does not matter). */
export function mergeSummary(into: SimulationSummary, from: SimulationSummary): void {
  addNumbers(into.tickets, from.tickets);
  addNumbers(into.byVersion, from.byVersion);
  addNumbers(into.byType, from.byType);
  for (const [o, byStatus] of Object.entries(from.deadlines)) {
    const key = o as keyof SimulationSummary['deadlines'];
    into.deadlines[key] = into.deadlines[key] ?? {};
    addNumbers(into.deadlines[key]!, byStatus);
  }
  addNumbers(into.escalation, from.escalation);
  addCounted(into.reminders, from.reminders);
  addCounted(into.notifications, from.notifications);
  addNumbers(into.checks.firstContact, from.checks.firstContact);
  const { failedPoints, ...crCounts } = from.checks.closingReport;
  addNumbers(into.checks.closingReport as unknown as Record<string, number>, crCounts);
  addCounted(into.checks.closingReport.failedPoints, failedPoints);
  addNumbers(into.actions, from.actions);
  into.provisional += from.provisional;
  into.withWarnings += from.withWarnings;
}

/** Keys in a fixed order: known vocabularies in their order, anything else alphabetically. */
function ordered<T>(rec: Record<string, T>, known: readonly string[] = []): Record<string, T> {
  const rank = (k: string) => {
    const i = known.indexOf(k);
    return i < 0 ? known.length : i;
  };
  const keys = Object.keys(rec).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
  return Object.fromEntries(keys.map((k) => [k, rec[k] as T]));
}

/** The summary with every record in a stable key order (for output and equality of JSON). */
export function finishSummary(s: SimulationSummary): SimulationSummary {
  const deadlines = ordered(s.deadlines as Record<string, Record<string, number>>, OBLIGATIONS);
  for (const k of Object.keys(deadlines)) deadlines[k] = ordered(deadlines[k]!, STATUSES);
  return {
    ...s,
    byVersion: ordered(s.byVersion),
    byType: ordered(s.byType as Record<string, number>),
    deadlines,
    reminders: ordered(s.reminders),
    notifications: ordered(s.notifications),
    checks: {
      ...s.checks,
      closingReport: { ...s.checks.closingReport, failedPoints: ordered(s.checks.closingReport.failedPoints) },
    },
  };
}
