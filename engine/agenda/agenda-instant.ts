/**
 * When the agenda's decisions are made. The agenda is the morning list of the center: by default
 * every ticket is decided as of 08:30 Asia/Shanghai on the agenda date, the usual start of the
 * working day, so that a deadline ending at 24:00 that day is still open (it is "due today", not
 * overdue) and the due-soon window is the one the day starts in. `at` (HH:MM) moves that instant.
 * Notices are listed when they are new since the previous agenda: the same clock time on the
 * previous working day of the calendar (so a Monday agenda covers the weekend and a holiday's).
 */
import type { Calendar } from '../calendar/calendar.ts';
import { fromDayNumber, isDateString, toDayNumber } from '../calendar/day-number.ts';
import { formatInstant, parseInstant } from '../calendar/instant.ts';
import { isWorkingDayNumber } from '../calendar/is-working-day.ts';
import { HotlineError } from '../errors.ts';

export const DEFAULT_AGENDA_TIME = '08:30';

export interface AgendaInstants {
  date: string;
  asOf: string;
  since: string;
}

/** The agenda's instant and the previous agenda's, for `date` (YYYY-MM-DD) at `at` (HH:MM, Shanghai). */
export function agendaInstants(calendar: Calendar, date: string, at = DEFAULT_AGENDA_TIME): AgendaInstants {
  if (typeof date !== 'string' || !isDateString(date)) {
    throw new HotlineError('DATE_INVALID', {
      zh: `日期“${String(date)}”无效，应为 YYYY-MM-DD`,
      en: `the date "${String(date)}" is not YYYY-MM-DD`,
    });
  }
  if (typeof at !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) {
    throw new HotlineError('INSTANT_INVALID', {
      zh: `时刻“${String(at)}”无效，应为 HH:MM`,
      en: `the time "${String(at)}" is not HH:MM`,
    });
  }
  const day = toDayNumber(date);
  let prev = day - 1;
  // A year has at most a few weeks off in a row; 60 days back always finds a working day.
  for (let i = 0; i < 60 && !isWorkingDayNumber(calendar, prev); i++) prev--;
  const asOf = formatInstant(parseInstant(`${date}T${at}:00+08:00`));
  const since = formatInstant(parseInstant(`${fromDayNumber(prev)}T${at}:00+08:00`));
  return { date, asOf, since };
}
