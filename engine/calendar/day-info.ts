import type { Calendar } from './calendar.ts';
import { coverageGaps } from './coverage.ts';
import { type DayNumber, fromDayNumber, isoWeekday, isWeekend, toDayNumber } from './day-number.ts';
import { locate } from './locate.ts';
import type { DayInfo } from './types.ts';

export function dayInfoOfNumber(calendar: Calendar, day: DayNumber): DayInfo {
  const [idx, off] = locate(calendar, day);
  const working = idx.work[off] === 1;
  const makeup = idx.makeup.get(off);
  const holiday = idx.off.get(off);
  const kind = makeup ? 'makeup' : holiday ? 'off' : isWeekend(day) ? 'weekend' : 'workday';
  return {
    date: fromDayNumber(day),
    weekday: isoWeekday(day),
    working,
    kind,
    holiday: makeup ?? holiday ?? null,
    provisional: coverageGaps(calendar, day, day).length > 0,
  };
}

/** What the calendar says of a date: working or not, why, and whether it is provisional. */
export function getDayInfo(calendar: Calendar, date: string): DayInfo {
  return dayInfoOfNumber(calendar, toDayNumber(date));
}
