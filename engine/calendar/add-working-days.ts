import type { Calendar } from './calendar.ts';
import { type DayNumber, fromDayNumber, toDayNumber } from './day-number.ts';
import { locate } from './locate.ts';

/**
 * The n-th working day after `day`, the day itself not counted (Civil Code art. 201). n = 0 gives
 * the day itself; negative n counts back (the |n|-th working day before it). O(1) inside a year,
 * one step per year boundary crossed.
 */
export function addWorkingDayNumbers(calendar: Calendar, day: DayNumber, n: number): DayNumber {
  if (n === 0) return day;
  let [idx, off] = locate(calendar, day);
  if (n > 0) {
    let target = (idx.cum[off] as number) + n;
    while (target > idx.total) {
      target -= idx.total;
      idx = calendar.yearIndex(idx.year + 1);
    }
    return idx.start + (idx.ords[target - 1] as number);
  }
  let target = (idx.cum[off] as number) - (idx.work[off] as number) + n + 1;
  while (target < 1) {
    idx = calendar.yearIndex(idx.year - 1);
    target += idx.total;
  }
  return idx.start + (idx.ords[target - 1] as number);
}

/** `addWorkingDays(cal, '2025-09-30', 5)` → `'2025-10-14'`. */
export function addWorkingDays(calendar: Calendar, date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  return fromDayNumber(addWorkingDayNumbers(calendar, toDayNumber(date), n));
}
