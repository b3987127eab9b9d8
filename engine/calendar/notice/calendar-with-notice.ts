/**
 * A loaded calendar with one more notice, in memory (`POST /v1/calendar/impact` with a notice):
 * the notice file's schema, the statutory-days check against the calendar's statutory rules, then
 * every invariant of the merged calendar, each problem at the notice's own line and column.
 */
import type { Diagnostic } from '../../rules/diagnostic.ts';
import { checkCalendarText } from '../../rules/load-calendar.ts';
import { positionOf } from '../../rules/yaml-source.ts';
import { type Calendar, createCalendar } from '../calendar.ts';
import type { CalendarData } from '../types.ts';
import { mapToNotice, noticeDiagnostic } from './check-calendar-notices.ts';
import { parseNoticeText } from './notice-file.ts';
import { checkStatutoryDays } from './statutory-check.ts';

export interface CalendarWithNotice {
  diagnostics: Diagnostic[];
  calendar: Calendar | undefined;
}

export function calendarWithNotice(current: Calendar, noticeText: string, noticeFile: string): CalendarWithNotice {
  const parsed = parseNoticeText(noticeText, noticeFile);
  const notice = parsed.notice;
  if (!notice) return { diagnostics: parsed.diagnostics, calendar: undefined };
  if (current.noticeYears.includes(notice.year)) {
    return {
      diagnostics: [
        {
          file: noticeFile,
          ...positionOf(parsed.src, ['year']),
          severity: 'error',
          code: 'CAL_NOTICE_YEAR_LOADED',
          message: {
            zh: `当前日历已载入${notice.year}年的通知`,
            en: `the calendar in force already holds the notice for ${notice.year}`,
          },
          pointer: '/year',
        },
      ],
      calendar: undefined,
    };
  }
  const statutory = checkStatutoryDays(current.data.statutory.holidays, notice).map((p) =>
    noticeDiagnostic(parsed.src, [], p),
  );
  if (statutory.length > 0) return { diagnostics: statutory, calendar: undefined };
  const years = [...current.data.years, notice].sort((a, b) => a.year - b.year);
  const data: CalendarData = { ...current.data, years };
  const check = checkCalendarText(JSON.stringify(data), '(calendar)');
  if (!check.data) {
    return { diagnostics: mapToNotice(check.diagnostics, parsed.src, years.indexOf(notice)), calendar: undefined };
  }
  return { diagnostics: [], calendar: createCalendar({ data: check.data, revision: check.revision }) };
}
