import { parseInstant } from '../calendar/instant.ts';
import type { Decision, DecisionDeadline } from '../evaluate/types.ts';
import { type ExplainDecisionOptions, explainDecision } from '../explain/explain-decision.ts';
import type { CaseDiff, CaseExpectation, NotItem } from './types.ts';

/**
 * Partial deep match of an expectation against a decision:
 * - only the keys written in the expectation are compared;
 * - `deadlines` is matched as a map by obligation (the last deadline of an obligation wins);
 *   `null` for an obligation means the decision must have none;
 * - `escalation: null` means no escalation; an object is matched field by field;
 * - lists are sets of the given items: every item must match some actual item (order ignored),
 *   `{ not: x }` must match none, and `[]` means the actual list must be empty;
 * - instants (`dueAt`, `windowEndsAt`, …) are compared as instants, so `2025-10-15T00:00+08:00`
 *   equals `2025-10-15T00:00:00+08:00`.
 */
/** `explain`: how to explain the decision (the rule set that made it, for its own words). */
export function matchDecision(
  expect: CaseExpectation,
  decision: Decision,
  explain: ExplainDecisionOptions = {},
): CaseDiff[] {
  const diffs: CaseDiff[] = [];
  const m = new Matcher(diffs);

  if (expect.ticketType !== undefined) {
    if (typeof expect.ticketType === 'string') m.value('ticketType', expect.ticketType, decision.ticketType?.id);
    else m.partial('ticketType', expect.ticketType, decision.ticketType);
  }
  if (expect.provisional !== undefined) m.value('provisional', expect.provisional, decision.provisional);

  if (expect.deadlines) {
    const byObligation = new Map<string, DecisionDeadline>();
    for (const d of decision.deadlines ?? []) byObligation.set(d.obligation, d);
    for (const [obligation, exp] of Object.entries(expect.deadlines)) {
      if (exp === undefined) continue;
      const path = `deadlines.${obligation}`;
      const actual = byObligation.get(obligation);
      if (exp === null) {
        if (actual) diffs.push({ path, expected: null, actual: summarizeDeadline(actual) });
        continue;
      }
      if (!actual) {
        diffs.push({ path, expected: exp, actual: null });
        continue;
      }
      m.partial(path, exp, actual);
    }
  }

  if (expect.escalation !== undefined) {
    const actual = decision.escalation ?? null;
    if (expect.escalation === null) {
      if (actual !== null) {
        diffs.push({
          path: 'escalation',
          expected: null,
          actual:
            actual.trigger === 'overdue'
              ? { level: actual.level, supervisor: actual.supervisor, reachedAt: actual.reachedAt }
              : { level: actual.level, supervisor: actual.supervisor, redoDueDate: actual.redoDueDate },
        });
      }
    } else if (actual === null) diffs.push({ path: 'escalation', expected: expect.escalation, actual: null });
    else m.partial('escalation', expect.escalation, actual);
  }

  if (expect.reminders !== undefined) {
    m.list(
      'reminders',
      expect.reminders,
      decision.reminders ?? [],
      (item, r) => (typeof item === 'string' ? r.trigger === item || r.ruleId === item : m.fits(item, r)),
      (r) => r.trigger,
    );
  }

  if (expect.actions) {
    for (const key of ['return', 'extension'] as const) {
      const exp = expect.actions[key];
      if (exp === undefined) continue;
      const actual = decision.actions?.[key] ?? null;
      const path = `actions.${key}`;
      if (exp === null) {
        if (actual !== null)
          diffs.push({ path, expected: null, actual: { allowedNow: actual.allowedNow, ruleId: actual.ruleId } });
      } else if (actual === null) diffs.push({ path, expected: exp, actual: null });
      else m.partial(path, exp, actual);
    }
  }

  if (expect.checks) {
    const fc = expect.checks.firstContact;
    if (fc !== undefined) {
      const actual = decision.checks?.firstContact ?? null;
      if (fc === null) {
        if (actual !== null)
          diffs.push({ path: 'checks.firstContact', expected: null, actual: { satisfied: actual.satisfied } });
      } else if (actual === null) diffs.push({ path: 'checks.firstContact', expected: fc, actual: null });
      else m.partial('checks.firstContact', fc, actual);
    }
    const cr = expect.checks.closingReport;
    if (cr !== undefined) {
      const actual = decision.checks?.closingReport ?? null;
      if (cr === null) {
        if (actual !== null)
          diffs.push({ path: 'checks.closingReport', expected: null, actual: { passed: actual.passed } });
      } else if (actual === null) diffs.push({ path: 'checks.closingReport', expected: cr, actual: null });
      else {
        if (cr.passed !== undefined) m.value('checks.closingReport.passed', cr.passed, actual.passed);
        if (cr.resubmissionRequired !== undefined)
          m.value(
            'checks.closingReport.resubmissionRequired',
            cr.resubmissionRequired,
            actual.resubmissionRequired ?? false,
          );
        if (cr.failed !== undefined) {
          m.list(
            'checks.closingReport.failed',
            cr.failed,
            actual.failed.map((f) => f.n),
            (n, a) => n === a,
          );
        }
      }
    }
  }

  if (expect.notifications !== undefined) {
    m.list(
      'notifications',
      expect.notifications,
      decision.notifications ?? [],
      (item, n) =>
        typeof item === 'string'
          ? n.to.includes(item as never) || n.clause === item || n.ruleId === item
          : m.fits(item, n),
      (n) => ({ clause: n.clause, to: n.to, timing: n.timing }),
    );
  }

  if (expect.warnings !== undefined) {
    const count = decision.warnings?.length ?? 0;
    const w = expect.warnings;
    if (typeof w === 'number') m.value('warnings', w, count);
    else if ((w.min !== undefined && count < w.min) || (w.max !== undefined && count > w.max)) {
      diffs.push({ path: 'warnings', expected: w, actual: count });
    }
    if (typeof w !== 'number') {
      const texts = decision.warnings ?? [];
      for (const part of w.contains ?? []) {
        if (!texts.some((t) => t.zh.includes(part) || t.en.includes(part)))
          diffs.push({ path: 'warnings.contains', expected: part, actual: texts.map((t) => t.zh) });
      }
    }
  }
  if (expect.explanation !== undefined) {
    for (const lang of ['zh', 'en'] as const) {
      const parts = expect.explanation[lang] ?? [];
      if (parts.length === 0) continue;
      const text = explainDecision(decision, lang, explain);
      for (const part of parts)
        if (!text.includes(part)) diffs.push({ path: `explanation.${lang}`, expected: part, actual: text });
    }
  }
  return diffs;
}

function summarizeDeadline(d: DecisionDeadline) {
  return { dueDate: d.dueDate, dueAt: d.dueAt, status: d.status };
}

/** Keys whose values are instants, compared as instants. */
const INSTANT_KEYS = new Set([
  'dueAt',
  'fromAt',
  'doneAt',
  'windowEndsAt',
  'resultingDueAt',
  'redoDueAt',
  'revisitAt',
  'asOf',
  'calls',
]);

function isNotItem(x: unknown): x is NotItem {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && 'not' in x;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function instantOf(x: unknown): number | null {
  if (typeof x !== 'string') return null;
  try {
    return parseInstant(x);
  } catch {
    return null;
  }
}

class Matcher {
  constructor(private readonly diffs: CaseDiff[]) {}

  /** Scalars: equal, or the same instant for instant keys. */
  same(key: string, expected: unknown, actual: unknown): boolean {
    if (Object.is(expected, actual)) return true;
    if (INSTANT_KEYS.has(key)) {
      const a = instantOf(expected);
      const b = instantOf(actual);
      return a !== null && a === b;
    }
    return false;
  }

  value(path: string, expected: unknown, actual: unknown): void {
    if (!this.same(lastKey(path), expected, actual)) this.diffs.push({ path, expected, actual: actual ?? null });
  }

  /** Whether `expected` matches `actual` (no diffs recorded): used to find list items. */
  fits(expected: unknown, actual: unknown, key = ''): boolean {
    const probe: CaseDiff[] = [];
    new Matcher(probe).any(key, expected, actual, key);
    return probe.length === 0;
  }

  any(path: string, expected: unknown, actual: unknown, key = lastKey(path)): void {
    if (expected === null) {
      if (actual !== null && actual !== undefined) this.diffs.push({ path, expected: null, actual });
    } else if (Array.isArray(expected)) {
      if (!Array.isArray(actual)) this.diffs.push({ path, expected, actual: actual ?? null });
      else this.list(path, expected, actual, (item, a) => this.fits(item, a, key));
    } else if (isPlainObject(expected)) {
      if (!isPlainObject(actual)) this.diffs.push({ path, expected, actual: actual ?? null });
      else this.partial(path, expected, actual);
    } else this.value(path, expected, actual);
  }

  partial(path: string, expected: object, actual: object): void {
    for (const [k, v] of Object.entries(expected)) {
      if (v === undefined) continue;
      this.any(`${path}.${k}`, v, (actual as Record<string, unknown>)[k], k);
    }
  }

  /** Set semantics over the given items; `[]` demands an empty list; `{ not: x }` demands absence. */
  list<E, A>(
    path: string,
    expected: readonly (E | NotItem)[],
    actual: readonly A[],
    matches: (item: E, a: A) => boolean,
    show: (a: A) => unknown = (a) => a,
  ): void {
    if (expected.length === 0) {
      if (actual.length > 0) this.diffs.push({ path, expected: [], actual: actual.map(show) });
      return;
    }
    for (const item of expected) {
      if (isNotItem(item)) {
        const hit = actual.find((a) => matches(item.not as E, a));
        if (hit !== undefined) this.diffs.push({ path, expected: item, actual: show(hit) });
      } else if (!actual.some((a) => matches(item as E, a))) {
        this.diffs.push({ path, expected: item, actual: actual.map(show) });
      }
    }
  }
}

function lastKey(path: string): string {
  const i = path.lastIndexOf('.');
  return i === -1 ? path : path.slice(i + 1);
}
