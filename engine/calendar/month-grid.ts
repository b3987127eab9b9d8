import { HotlineError } from '../errors.ts';
import type { Calendar } from './calendar.ts';
import { coverageGaps } from './coverage.ts';
import { dayInfoOfNumber } from './day-info.ts';
import { dayNumberFromParts, isoWeekday } from './day-number.ts';
import type { DayInfo } from './types.ts';

export interface MonthGrid {
  month: string;
  provisional: boolean;
  days: DayInfo[];
  /** Monday-first weeks; null outside the month. */
  weeks: (DayInfo | null)[][];
}

/** A month of the calendar, for `hotline calendar YYYY-MM` and the HTTP calendar route. */
export function getMonthGrid(calendar: Calendar, month: string): MonthGrid {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) {
    throw new HotlineError('MONTH_INVALID', {
      zh: `“${month}”不是有效月份（YYYY-MM）`,
      en: `"${month}" is not a valid month (YYYY-MM)`,
    });
  }
  const first = dayNumberFromParts(y, mo, 1);
  const next = mo === 12 ? dayNumberFromParts(y + 1, 1, 1) : dayNumberFromParts(y, mo + 1, 1);
  const days: DayInfo[] = [];
  for (let d = first; d < next; d++) days.push(dayInfoOfNumber(calendar, d));
  const weeks: (DayInfo | null)[][] = [];
  let week: (DayInfo | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (const info of days) {
    week.push(info);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { month, provisional: coverageGaps(calendar, first, next - 1).length > 0, days, weeks };
}
