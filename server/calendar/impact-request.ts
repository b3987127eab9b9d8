/**
 * The body of `POST /v1/calendar/impact`: the new calendar as `notice` (one year's notice — YAML
 * text, or the same as a JSON object — added in memory to the calendar in force) or `calendar` (a
 * whole calendar file's YAML text), the open `tickets`, `asOf` and `ruleset`. Nothing is written:
 * trying a notice here never changes the calendar the service answers with.
 */
import {
  type Calendar,
  calendarWithNotice,
  checkCalendarNotices,
  createCalendar,
  type Diagnostic,
} from '../../engine/index.ts';
import { ApiError } from '../http/api-error.ts';

const issuesOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d }));

function invalid(what: 'notice' | 'calendar', diagnostics: Diagnostic[]): ApiError {
  return new ApiError(
    422,
    what === 'notice' ? 'NOTICE_INVALID' : 'CALENDAR_INVALID',
    what === 'notice'
      ? { zh: `通知有 ${diagnostics.length} 处错误`, en: `the notice has ${diagnostics.length} error(s)` }
      : { zh: `日历有 ${diagnostics.length} 处错误`, en: `the calendar has ${diagnostics.length} error(s)` },
    issuesOf(diagnostics),
  );
}

/** The new calendar of the request; 400 when neither or both are given, 422 with diagnostics when invalid. */
export function newCalendarOf(body: { notice?: unknown; calendar?: unknown }, current: Calendar): Calendar {
  const given = (['notice', 'calendar'] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) {
    throw new ApiError(
      400,
      'BODY_INVALID',
      {
        zh: 'notice（一年的通知）与 calendar（整个日历文件）须给出且只给出其一',
        en: 'give exactly one of notice (one year’s notice) and calendar (a whole calendar file)',
      },
      [{ code: 'SCHEMA_REQUIRED', path: '(root)', message: { zh: 'notice 或 calendar', en: 'notice or calendar' } }],
    );
  }
  if (body.notice !== undefined) {
    // JSON is YAML: an object is checked as the same notice written out.
    const text = typeof body.notice === 'string' ? body.notice : JSON.stringify(body.notice, null, 1);
    const r = calendarWithNotice(current, text, 'notice');
    if (!r.calendar) throw invalid('notice', r.diagnostics);
    return r.calendar;
  }
  const r = checkCalendarNotices(body.calendar as string, 'calendar');
  if (!r.data) throw invalid('calendar', r.diagnostics);
  return createCalendar({ data: r.data, revision: r.revision });
}
