import { HotlineError } from '../errors.ts';
import type { Text } from '../i18n.ts';
import { type DayNumber, dayNumberFromParts, fromDayNumber, isWeekend, toDayNumber } from './day-number.ts';
import { statutoryDaysOf } from './notice/statutory-days.ts';
import type { CalendarData, NoticeYear } from './types.ts';

/** Years the calendar can compute at all (lunar dates and a fixed +08:00 are sound here). */
export const MIN_YEAR = 1991;
export const MAX_YEAR = 2099;

/** Precomputed per-year index: O(1) working-day arithmetic inside a year. */
export interface YearIndex {
  year: number;
  start: DayNumber;
  length: number;
  /** 1 when the day is a working day. */
  work: Uint8Array;
  /** cum[i] = working days among days 0..i of the year (inclusive). */
  cum: Uint16Array;
  /** ords[k] = offset of the (k+1)-th working day of the year. */
  ords: Uint16Array;
  total: number;
  provisional: boolean;
  off: Map<number, Text>;
  makeup: Map<number, Text>;
}

/**
 * A loaded working-day calendar: immutable facts plus lazily built year indexes (a memo, never
 * observable). Build it with `createCalendar`; the engine's rules loader reads the file.
 */
export interface Calendar {
  readonly id: string;
  readonly name: Text;
  readonly revision: string;
  readonly data: CalendarData;
  /** Years with a State Council notice loaded, ascending. */
  readonly noticeYears: readonly number[];
  /** Day of year Y (month-day) from which notice Y+1 may still change things. */
  readonly nextNoticeMayChangeFrom: { month: number; day: number };
  yearIndex(year: number): YearIndex;
}

export interface CreateCalendarOptions {
  data: CalendarData;
  revision: string;
}

export function createCalendar({ data, revision }: CreateCalendarOptions): Calendar {
  const byYear = new Map<number, NoticeYear>();
  for (const y of data.years) byYear.set(y.year, y);
  const noticeYears = [...byYear.keys()].sort((a, b) => a - b);
  const [mm, dd] = data.nextNoticeMayChangeFrom.split('-').map(Number);
  const cache = new Map<number, YearIndex>();

  const statutoryDays = (year: number): Map<DayNumber, Text> => {
    const out = new Map<DayNumber, Text>();
    for (const s of statutoryDaysOf(data.statutory.holidays, year)) for (const d of s.days) out.set(d, s.holiday.name);
    return out;
  };

  const build = (year: number): YearIndex => {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new HotlineError('DATE_OUT_OF_RANGE', {
        zh: `${year}年超出日历可计算的范围（${MIN_YEAR}–${MAX_YEAR}年）`,
        en: `year ${year} is outside the range the calendar can compute (${MIN_YEAR}–${MAX_YEAR})`,
      });
    }
    const start = dayNumberFromParts(year, 1, 1);
    const length = dayNumberFromParts(year + 1, 1, 1) - start;
    const off = new Map<number, Text>();
    const makeup = new Map<number, Text>();
    const notice = byYear.get(year);
    const provisional = notice === undefined;
    const apply = (ny: NoticeYear | undefined) => {
      if (!ny) return;
      for (const h of ny.holidays) {
        for (const d of h.off) {
          const o = toDayNumber(d) - start;
          if (o >= 0 && o < length) off.set(o, h.name);
        }
        for (const d of h.makeup) {
          const o = toDayNumber(d) - start;
          if (o >= 0 && o < length) makeup.set(o, h.name);
        }
      }
    };
    if (notice) apply(notice);
    else for (const [day, name] of statutoryDays(year)) off.set(day - start, name);
    // A later notice may reach back into this year's late December.
    apply(byYear.get(year + 1));
    const work = new Uint8Array(length);
    const cum = new Uint16Array(length);
    const ords: number[] = [];
    let count = 0;
    for (let i = 0; i < length; i++) {
      const w = makeup.has(i) || (!off.has(i) && !isWeekend(start + i));
      if (w) {
        work[i] = 1;
        ords.push(i);
        count++;
      }
      cum[i] = count;
    }
    return { year, start, length, work, cum, ords: Uint16Array.from(ords), total: count, provisional, off, makeup };
  };

  return Object.freeze({
    id: data.id,
    name: data.name,
    revision,
    data,
    noticeYears: Object.freeze(noticeYears),
    nextNoticeMayChangeFrom: Object.freeze({ month: mm ?? 12, day: dd ?? 25 }),
    yearIndex(year: number): YearIndex {
      let idx = cache.get(year);
      if (!idx) {
        idx = build(year);
        cache.set(year, idx);
      }
      return idx;
    },
  });
}

/** Human label of a year index's position, used in errors. */
export function describeDay(day: DayNumber): string {
  return fromDayNumber(day);
}
