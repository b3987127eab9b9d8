import type { Calendar, YearIndex } from './calendar.ts';
import { type DayNumber, yearOfDayNumber } from './day-number.ts';

/** The year index holding a day, and the day's offset in it. */
export function locate(calendar: Calendar, day: DayNumber): [YearIndex, number] {
  const idx = calendar.yearIndex(yearOfDayNumber(day));
  return [idx, day - idx.start];
}
