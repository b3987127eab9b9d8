import type { Calendar } from './calendar.ts';
import { type DayNumber, toDayNumber } from './day-number.ts';
import { locate } from './locate.ts';

/** A working day is a make-up working day, or Monday–Friday and not a day off. */
export function isWorkingDayNumber(calendar: Calendar, day: DayNumber): boolean {
  const [idx, off] = locate(calendar, day);
  return idx.work[off] === 1;
}

/** `isWorkingDay(cal, '2025-10-11')` → true (Saturday, 调休上班). */
export function isWorkingDay(calendar: Calendar, date: string): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}
