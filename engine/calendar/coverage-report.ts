/**
 * What the calendar covers, year by year (`GET /v1/calendar`, `hotline calendar coverage`): a
 * year is final when its State Council notice is loaded — up to `nextNoticeMayChangeFrom` (12-25)
 * only, unless next year's notice is loaded too, since that notice may still reach back into late
 * December — and provisional otherwise (statutory holidays only, no make-up days).
 */
import type { Text } from '../i18n.ts';
import type { Calendar } from './calendar.ts';
import { dayNumberFromParts, fromDayNumber } from './day-number.ts';
import type { Notice } from './types.ts';

export interface YearCoverage {
  year: number;
  /** `final`: every day known; `partial`: final until `provisionalFrom`; `provisional`: no notice. */
  status: 'final' | 'partial' | 'provisional';
  /** The notice that made the year final, with the date it was issued. */
  notice: Notice | null;
  /** First date of the year that is still provisional (null when final). */
  provisionalFrom: string | null;
  /** The notice year whose absence leaves the rest provisional. */
  awaiting: number | null;
  summary: Text;
}

export interface CalendarCoverage {
  id: string;
  revision: string;
  noticeYears: number[];
  /** The first date that is not final (every later date is provisional too). */
  provisionalFrom: string;
  years: YearCoverage[];
}

/** Coverage from the first loaded notice's year to the year after the last (or the years asked). */
export function calendarCoverage(calendar: Calendar, range?: { from: number; to: number }): CalendarCoverage {
  const loaded = calendar.noticeYears;
  const first = range?.from ?? loaded[0] ?? 2025;
  const last = range?.to ?? (loaded.at(-1) ?? first - 1) + 1;
  const { month, day } = calendar.nextNoticeMayChangeFrom;
  const tail = (y: number) => fromDayNumber(dayNumberFromParts(y, month, day));
  const byYear = new Map(calendar.data.years.map((y) => [y.year, y.notice]));
  const years: YearCoverage[] = [];
  for (let y = first; y <= last; y++) {
    const notice = byYear.get(y) ?? null;
    if (!notice) {
      years.push({
        year: y,
        status: 'provisional',
        notice: null,
        provisionalFrom: `${y}-01-01`,
        awaiting: y,
        summary: {
          zh: `${y}年：未载入国务院办公厅通知，全年按法定假日临时推算（不含调休）`,
          en: `${y}: no State Council notice loaded; the whole year is provisional (statutory holidays, no make-up days)`,
        },
      });
    } else if (!byYear.has(y + 1)) {
      years.push({
        year: y,
        status: 'partial',
        notice,
        provisionalFrom: tail(y),
        awaiting: y + 1,
        summary: {
          zh: `${y}年：依据${notice.title}（${notice.date}发布）确定至${tail(y)}前；${tail(y)}起须待${y + 1}年通知，暂为临时结果`,
          en: `${y}: final before ${tail(y)} by the notice of ${notice.date}; from ${tail(y)} on provisional until the ${y + 1} notice is loaded`,
        },
      });
    } else {
      years.push({
        year: y,
        status: 'final',
        notice,
        provisionalFrom: null,
        awaiting: null,
        summary: {
          zh: `${y}年：依据${notice.title}（${notice.date}发布）全年确定`,
          en: `${y}: final for the whole year by the notice of ${notice.date}`,
        },
      });
    }
  }
  const firstGap = years.find((y) => y.status !== 'final');
  return {
    id: calendar.id,
    revision: calendar.revision,
    noticeYears: [...loaded],
    provisionalFrom: firstGap?.provisionalFrom ?? `${last + 1}-01-01`,
    years,
  };
}
