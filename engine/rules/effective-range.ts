/**
 * Effective ranges of the versions of one rule set (新老划断). `effective.from` is 00:00 +08:00 of
 * its day; `to`, when given, is the last day in force (to 24:00). A version without `to` lasts
 * until the next version's `from`. Ranges are half-open instants [from, end).
 */
import { fromDayNumber, toDayNumber } from '../calendar/day-number.ts';
import { type Instant, startOfShanghaiDay } from '../calendar/instant.ts';
import type { Ruleset } from './types.ts';

export interface EffectiveRange {
  ruleset: Ruleset;
  from: Instant;
  /** Exclusive; `Infinity` when open-ended. */
  end: Instant;
  /** The last day in force, or null when open-ended. */
  lastDay: string | null;
}

export function byEffectiveFrom(a: Ruleset, b: Ruleset): number {
  return a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0;
}

/** Ranges of the versions of one rule set, in order of `effective.from`. */
export function effectiveRanges(versions: readonly Ruleset[]): EffectiveRange[] {
  const sorted = [...versions].sort(byEffectiveFrom);
  return sorted.map((r, i) => {
    const next = sorted[i + 1];
    const from = startOfShanghaiDay(toDayNumber(r.effective.from));
    const ownEnd = r.effective.to ? startOfShanghaiDay(toDayNumber(r.effective.to) + 1) : Infinity;
    const nextFrom = next ? startOfShanghaiDay(toDayNumber(next.effective.from)) : Infinity;
    const end = Math.min(ownEnd, nextFrom);
    const lastDay =
      end === Infinity ? null : end === ownEnd ? (r.effective.to ?? null) : dayBefore(next!.effective.from);
    return { ruleset: r, from, end, lastDay };
  });
}

function dayBefore(date: string): string {
  return fromDayNumber(toDayNumber(date) - 1);
}
