import { addWorkingDayNumbers } from './add-working-days.ts';
import type { Calendar } from './calendar.ts';
import { assertCovered, type CoverageGap, coverageGaps } from './coverage.ts';
import type { DayNumber } from './day-number.ts';
import { type Instant, MS_PER_HOUR, shanghaiDay, startOfShanghaiDay } from './instant.ts';
import { locate } from './locate.ts';
import type { Period } from './period.ts';

/** How periods are counted. Defaults follow the PRC Civil Code arts. 200–204. */
export interface CountingSettings {
  /** Art. 201: the day of the triggering event is not counted. */
  startDayCounted: boolean;
  /** Natural-day periods whose last day is not a working day: keep it, or move to the next working day (art. 203). */
  naturalDayEndOnHoliday: 'keep' | 'next-working-day';
  /** Refuse instead of computing provisionally when a year's notice is not loaded. */
  strict: boolean;
}

export const DEFAULT_COUNTING: Readonly<CountingSettings> = Object.freeze({
  startDayCounted: false,
  naturalDayEndOnHoliday: 'keep',
  strict: false,
});

/** The end of a period in numbers only: what a decision needs; `due()` adds the words. */
export interface DueNumbers {
  /** The last day of the period (for hours: the day of `dueAtMs`). */
  lastDay: DayNumber;
  /** Day periods: 00:00 of the day after `lastDay`, exclusive. Hours: the exact instant, inclusive. */
  dueAtMs: Instant;
  endInclusive: boolean;
  /** The first day the count passed over (the day after the anchor's unless the start day counts). */
  firstCounted: DayNumber;
  /** Natural days whose last day is not a working day: that day (before any move). */
  naturalEnd: DayNumber | null;
  /** Ranges whose year's notice is not loaded (empty: the count is final). */
  gaps: readonly CoverageGap[];
}

const NONE: readonly CoverageGap[] = Object.freeze([]);

/**
 * When a period that starts at `anchor` ends, in numbers. Working days and days end at 24:00 of
 * their last day; hours run from the exact instant; `当日` ends at 24:00 of the anchor's day.
 */
export function dueNumbers(anchor: Instant, p: Period, calendar: Calendar, counting: CountingSettings): DueNumbers {
  if (p.unit === 'hour') {
    const end = anchor + p.amount * MS_PER_HOUR;
    const day = shanghaiDay(end);
    return { lastDay: day, dueAtMs: end, endInclusive: true, firstCounted: day, naturalEnd: null, gaps: NONE };
  }
  const d0 = shanghaiDay(anchor);
  // 当日: the anchor's own day, whatever the start-day setting; no other day is involved.
  if (p.unit === 'sameDay') {
    return {
      lastDay: d0,
      dueAtMs: startOfShanghaiDay(d0 + 1),
      endInclusive: false,
      firstCounted: d0,
      naturalEnd: null,
      gaps: NONE,
    };
  }
  let last: DayNumber;
  let naturalEnd: DayNumber | null = null;
  if (p.unit === 'workday') {
    const [idx, off] = locate(calendar, d0);
    const startCounts = counting.startDayCounted && idx.work[off] === 1;
    last = addWorkingDayNumbers(calendar, d0, startCounts ? p.amount - 1 : p.amount);
  } else {
    last = d0 + (counting.startDayCounted ? p.amount - 1 : p.amount);
    const [idx, off] = locate(calendar, last);
    if (idx.work[off] !== 1) {
      naturalEnd = last;
      if (counting.naturalDayEndOnHoliday === 'next-working-day') last = addWorkingDayNumbers(calendar, last, 1);
    }
  }
  // The start day is not counted, so its year's notice does not matter (unless it is counted).
  const firstCounted = counting.startDayCounted ? d0 : d0 + 1;
  if (counting.strict) assertCovered(calendar, firstCounted, last);
  const gaps = coverageGaps(calendar, firstCounted, last);
  return {
    lastDay: last,
    dueAtMs: startOfShanghaiDay(last + 1),
    endInclusive: false,
    firstCounted,
    naturalEnd,
    gaps,
  };
}

/** Whether an event at `t` is on time: hours include the end instant, days end before 00:00 next day. */
export function isOnTime(d: Pick<DueNumbers, 'dueAtMs' | 'endInclusive'>, t: Instant): boolean {
  return d.endInclusive ? t <= d.dueAtMs : t < d.dueAtMs;
}
