/**
 * Office time for generated tickets: which days are working days (official calendar, looked up
 * once per day and kept in a flat table) and office-time arithmetic, 08:30–17:30 on working days.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type Instant, MS_PER_HOUR, MS_PER_MINUTE, shanghaiDay, startOfShanghaiDay } from '../calendar/instant.ts';
import { isWorkingDayNumber } from '../calendar/is-working-day.ts';

/** Office hours on working days, as ms after midnight (Shanghai). */
export const OPEN = 8 * MS_PER_HOUR + 30 * MS_PER_MINUTE;
export const CLOSE = 17 * MS_PER_HOUR + 30 * MS_PER_MINUTE;
/** One working day of office time, in minutes. */
export const WD = (CLOSE - OPEN) / MS_PER_MINUTE;

/** Days kept in the flat table (from the window's first day on); others go through a map. */
const TABLE_DAYS = 8192;
const UNKNOWN = 0;
const WORKING = 1;
const NOT_WORKING = 2;

/** Clock minutes after t, to the second. */
export function addClock(t: Instant, minutes: number): Instant {
  return t + Math.max(1, Math.round(minutes * 60)) * 1000;
}

/** Working-day facts and office-time arithmetic, memoised per generator run. */
export class OfficeClock {
  private readonly table = new Uint8Array(TABLE_DAYS);
  private readonly others = new Map<number, boolean>();
  constructor(
    private readonly calendar: Calendar,
    /** The first day of the table (the window's first day: no event is earlier). */
    private readonly firstDay: number,
  ) {}

  isWorking(day: number): boolean {
    const i = day - this.firstDay;
    if (i >= 0 && i < TABLE_DAYS) {
      const known = this.table[i] as number;
      if (known !== UNKNOWN) return known === WORKING;
      const w = isWorkingDayNumber(this.calendar, day);
      this.table[i] = w ? WORKING : NOT_WORKING;
      return w;
    }
    let w = this.others.get(day);
    if (w === undefined) {
      w = isWorkingDayNumber(this.calendar, day);
      this.others.set(day, w);
    }
    return w;
  }

  nextWorkingDay(day: number): number {
    let d = day + 1;
    while (!this.isWorking(d)) d++;
    return d;
  }

  /**
   * `minutes` of office time after t (08:30–17:30 on working days), to the second. A start
   * outside office hours waits for the next opening, so the result is never less than t + minutes,
   * and `WD` minutes from any t land at or before 17:30 of the first working day after t's day.
   */
  addOffice(t: Instant, minutes: number): Instant {
    let left = Math.max(1, Math.round(minutes * 60)) * 1000;
    let day = shanghaiDay(t);
    let clock = t - startOfShanghaiDay(day);
    if (!this.isWorking(day) || clock >= CLOSE) {
      day = this.nextWorkingDay(day);
      clock = OPEN;
    } else if (clock < OPEN) clock = OPEN;
    for (;;) {
      const avail = CLOSE - clock;
      if (left <= avail) return startOfShanghaiDay(day) + clock + left;
      left -= avail;
      day = this.nextWorkingDay(day);
      clock = OPEN;
    }
  }
}
