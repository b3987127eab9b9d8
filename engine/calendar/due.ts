import type { Text } from '../i18n.ts';
import type { Calendar } from './calendar.ts';
import { gapWarning } from './coverage.ts';
import { type DayNumber, fromDayNumber, toDayNumber } from './day-number.ts';
import { type CountingSettings, DEFAULT_COUNTING, type DueNumbers, dueNumbers } from './due-numbers.ts';
import { formatInstant, type Instant, parseInstant } from './instant.ts';
import { locate } from './locate.ts';
import { type Period, parsePeriod } from './period.ts';

export { type CountingSettings, DEFAULT_COUNTING } from './due-numbers.ts';

/** A run of consecutive non-working days of one holiday that the count passed over. */
export interface SkippedRun {
  holiday: Text;
  from: string;
  to: string;
  days: number;
}

export interface Due {
  period: Period;
  anchorAt: string;
  /** `anchorAt` in epoch milliseconds (what the explanation reads; never re-parsed). */
  anchorMs: Instant;
  /** The last day of the period (for hours: the date of `dueAt`). */
  dueDate: string;
  /** Day periods: 00:00 of the day after `dueDate`, exclusive. Hours: the exact instant, inclusive. */
  dueAt: string;
  dueAtMs: Instant;
  /** Whether an event exactly at `dueAt` is still on time. */
  endInclusive: boolean;
  provisional: boolean;
  warnings: Text[];
  counting: CountingSettings;
  /** Holidays inside the period (skipped by working days; included in natural days) and make-up days, in order. */
  skipped: SkippedRun[];
  makeupCounted: { date: string; holiday: Text }[];
  weekendDaysSkipped: number;
  /** For natural days moved off a holiday: the original last day. */
  movedFrom: string | null;
  /**
   * For natural days whose last day is not a working day and is kept there
   * (`naturalDayEndOnHoliday: keep`): that day's holiday (null on a plain weekend day).
   */
  keptOnDayOff: { holiday: Text | null } | null;
}

export interface DueOptions {
  calendar: Calendar;
  counting?: Partial<CountingSettings>;
  /** Collect the holidays passed over and make-up days counted, for explanations (default true). */
  trail?: boolean;
}

/**
 * When a period that starts at `anchor` ends, with the words an explanation needs (`dueNumbers`
 * counts; this adds the dates as text and, with `trail`, the days passed over). Working days and
 * days end at 24:00 of their last day; hours run from the exact instant; `当日` ends at 24:00 of
 * the anchor's day.
 */
export function due(anchor: Instant | string, period: Period | string, options: DueOptions): Due {
  const { calendar } = options;
  const counting: CountingSettings = options.counting ? { ...DEFAULT_COUNTING, ...options.counting } : DEFAULT_COUNTING;
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  const t = typeof anchor === 'string' ? parseInstant(anchor) : anchor;
  return dueWords(t, p, dueNumbers(t, p, calendar, counting), calendar, counting, options.trail !== false);
}

/**
 * The words of a period already counted (`n` is `dueNumbers(anchor, p, calendar, counting)`):
 * what a decision's explanation writes from its core's numbers, without counting the period again.
 */
export function dueWords(
  anchor: Instant,
  p: Period,
  n: DueNumbers,
  calendar: Calendar,
  counting: CountingSettings,
  trail = true,
): Due {
  let movedFrom: string | null = null;
  let keptOnDayOff: Due['keptOnDayOff'] = null;
  if (p.unit === 'sameDay') {
    // 当日 on a day off stays that day (a natural-day notion), never moved.
    const [idx, off] = locate(calendar, n.lastDay);
    if (idx.work[off] !== 1) keptOnDayOff = { holiday: idx.off.get(off) ?? null };
  } else if (n.naturalEnd !== null) {
    if (counting.naturalDayEndOnHoliday === 'next-working-day') movedFrom = fromDayNumber(n.naturalEnd);
    else {
      const [idx, off] = locate(calendar, n.naturalEnd);
      keptOnDayOff = { holiday: idx.off.get(off) ?? null };
    }
  }
  const dayPeriod = p.unit === 'workday' || p.unit === 'day';
  // Plain object literals, no spreads: spreading a shared base object here cost ~9 µs per call in V8.
  const walk =
    !trail || !dayPeriod
      ? { skipped: [], makeupCounted: [], weekendDaysSkipped: 0 }
      : walkDays(calendar, n.firstCounted, n.lastDay);
  return {
    period: p,
    anchorAt: formatInstant(anchor),
    anchorMs: anchor,
    dueDate: fromDayNumber(n.lastDay),
    dueAt: formatInstant(n.dueAtMs),
    dueAtMs: n.dueAtMs,
    endInclusive: n.endInclusive,
    provisional: n.gaps.length > 0,
    warnings: n.gaps.length === 0 ? [] : n.gaps.map(gapWarning),
    counting,
    skipped: walk.skipped,
    makeupCounted: walk.makeupCounted,
    weekendDaysSkipped: walk.weekendDaysSkipped,
    movedFrom,
    keptOnDayOff,
  };
}

/**
 * Collects, over [from, to], the holidays and weekend days (passed over by working days, included
 * in natural days) and the make-up working days (counted).
 */
function walkDays(calendar: Calendar, from: DayNumber, to: DayNumber) {
  const skipped: SkippedRun[] = [];
  const makeupCounted: { date: string; holiday: Text }[] = [];
  let weekendDaysSkipped = 0;
  let d = from;
  while (d <= to) {
    const [idx, first] = locate(calendar, d);
    const stop = Math.min(to - idx.start, idx.length - 1);
    for (let off = first; off <= stop; off++, d++) {
      if (idx.work[off] === 1) {
        const mk = idx.makeup.get(off);
        if (mk) makeupCounted.push({ date: fromDayNumber(d), holiday: mk });
        continue;
      }
      const hol = idx.off.get(off);
      if (hol) {
        const prev = skipped[skipped.length - 1];
        if (prev && prev.holiday.zh === hol.zh && toDayNumber(prev.to) + 1 === d) {
          prev.to = fromDayNumber(d);
          prev.days++;
        } else skipped.push({ holiday: hol, from: fromDayNumber(d), to: fromDayNumber(d), days: 1 });
      } else if (idx.work[off] !== 1) weekendDaysSkipped++;
    }
  }
  return { skipped, makeupCounted, weekendDaysSkipped };
}
