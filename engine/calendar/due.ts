import type { Text } from '../i18n.ts';
import { addWorkingDayNumbers } from './add-working-days.ts';
import type { Calendar } from './calendar.ts';
import { assertCovered, coverageGaps, gapWarning } from './coverage.ts';
import { type DayNumber, fromDayNumber, toDayNumber } from './day-number.ts';
import { formatInstant, type Instant, MS_PER_HOUR, parseInstant, shanghaiDay, startOfShanghaiDay } from './instant.ts';
import { locate } from './locate.ts';
import { type Period, parsePeriod } from './period.ts';

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
 * When a period that starts at `anchor` ends. Working days and days end at 24:00 of their last
 * day; hours run from the exact instant; `当日` ends at 24:00 of the anchor's day.
 */
export function due(anchor: Instant | string, period: Period | string, options: DueOptions): Due {
  const { calendar } = options;
  const counting: CountingSettings = options.counting ? { ...DEFAULT_COUNTING, ...options.counting } : DEFAULT_COUNTING;
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  const t = typeof anchor === 'string' ? parseInstant(anchor) : anchor;
  // Plain object literals, no spreads: spreading a shared base object here cost ~9 µs per call in V8.
  if (p.unit === 'hour') {
    const end = t + p.amount * MS_PER_HOUR;
    return {
      period: p,
      anchorAt: formatInstant(t),
      dueDate: fromDayNumber(shanghaiDay(end)),
      dueAt: formatInstant(end),
      dueAtMs: end,
      endInclusive: true,
      provisional: false,
      warnings: [],
      counting,
      skipped: [],
      makeupCounted: [],
      weekendDaysSkipped: 0,
      movedFrom: null,
      keptOnDayOff: null,
    };
  }
  const d0 = shanghaiDay(t);
  if (p.unit === 'sameDay') return sameDay(calendar, t, d0, p, counting);
  let last: DayNumber;
  let movedFrom: string | null = null;
  let keptOnDayOff: Due['keptOnDayOff'] = null;
  if (p.unit === 'workday') {
    const [idx, off] = locate(calendar, d0);
    const startCounts = counting.startDayCounted && idx.work[off] === 1;
    last = addWorkingDayNumbers(calendar, d0, startCounts ? p.amount - 1 : p.amount);
  } else {
    last = d0 + (counting.startDayCounted ? p.amount - 1 : p.amount);
    const [idx, off] = locate(calendar, last);
    if (idx.work[off] !== 1) {
      if (counting.naturalDayEndOnHoliday === 'next-working-day') {
        movedFrom = fromDayNumber(last);
        last = addWorkingDayNumbers(calendar, last, 1);
      } else keptOnDayOff = { holiday: idx.off.get(off) ?? null };
    }
  }
  // The start day is not counted, so its year's notice does not matter (unless it is counted).
  const firstCounted = counting.startDayCounted ? d0 : d0 + 1;
  if (counting.strict) assertCovered(calendar, firstCounted, last);
  const gaps = coverageGaps(calendar, firstCounted, last);
  const end = startOfShanghaiDay(last + 1);
  const walk =
    options.trail === false
      ? { skipped: [], makeupCounted: [], weekendDaysSkipped: 0 }
      : walkDays(calendar, firstCounted, last);
  return {
    period: p,
    anchorAt: formatInstant(t),
    dueDate: fromDayNumber(last),
    dueAt: formatInstant(end),
    dueAtMs: end,
    endInclusive: false,
    provisional: gaps.length > 0,
    warnings: gaps.length === 0 ? [] : gaps.map(gapWarning),
    counting,
    skipped: walk.skipped,
    makeupCounted: walk.makeupCounted,
    weekendDaysSkipped: walk.weekendDaysSkipped,
    movedFrom,
    keptOnDayOff,
  };
}

/**
 * `当日`: the anchor's own day, ending 24:00 of it — whatever `startDayCounted` says (the day of the
 * event is the whole period, so it is counted) and whatever `naturalDayEndOnHoliday` says (a
 * natural-day notion: a day off stays the day; a limit written 当日 means that very day). No other
 * day is involved, so the day-off status of its year never matters: never provisional, and strict
 * mode has nothing to refuse.
 */
function sameDay(calendar: Calendar, t: Instant, d0: DayNumber, p: Period, counting: CountingSettings): Due {
  const [idx, off] = locate(calendar, d0);
  const end = startOfShanghaiDay(d0 + 1);
  return {
    period: p,
    anchorAt: formatInstant(t),
    dueDate: fromDayNumber(d0),
    dueAt: formatInstant(end),
    dueAtMs: end,
    endInclusive: false,
    provisional: false,
    warnings: [],
    counting,
    skipped: [],
    makeupCounted: [],
    weekendDaysSkipped: 0,
    movedFrom: null,
    keptOnDayOff: idx.work[off] === 1 ? null : { holiday: idx.off.get(off) ?? null },
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
