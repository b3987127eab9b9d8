import type { Calendar } from './calendar.ts';
import { type DayNumber, toDayNumber } from './day-number.ts';
import { locate } from './locate.ts';

/** Working days among the days up to and including `day`, counted from the start of `fromYear`. */
function countThrough(calendar: Calendar, day: DayNumber, fromYear: number): number {
  const [idx, off] = locate(calendar, day);
  let total = idx.cum[off] as number;
  for (let y = fromYear; y < idx.year; y++) total += calendar.yearIndex(y).total;
  return total;
}

/**
 * Working days in (a, b]: `a` not counted, `b` counted; negative when b is before a.
 * `workingDaysBetween(cal, a, addWorkingDays(cal, a, n)) === n`.
 */
export function workingDaysBetweenNumbers(calendar: Calendar, a: DayNumber, b: DayNumber): number {
  if (b < a) return -workingDaysBetweenNumbers(calendar, b, a);
  const [ia] = locate(calendar, a);
  return countThrough(calendar, b, ia.year) - countThrough(calendar, a, ia.year);
}

export function workingDaysBetween(calendar: Calendar, a: string, b: string): number {
  return workingDaysBetweenNumbers(calendar, toDayNumber(a), toDayNumber(b));
}
