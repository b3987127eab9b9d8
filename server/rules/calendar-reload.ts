/**
 * The calendar reloads like an office's rules: at start any error refuses to start; on a reload a
 * calendar file with an error (syntax, schema, invariants, statutory days) is refused with its
 * diagnostics and the last good calendar stays active, while the rule sets still take their new
 * files. The file is read once per reload and swapped in whole (the state is one immutable value).
 */
import {
  type Calendar,
  checkCalendarNotices,
  type Diagnostic,
  formatInstant,
  isHotlineError,
  loadCalendar,
  type Text,
} from '../../engine/index.ts';

export interface CalendarFailure {
  code: string;
  message: Text;
  diagnostics: Diagnostic[];
}

export interface CalendarLoad {
  calendar: Calendar;
  /** When the active calendar's file was loaded (kept from before when it did not change or was refused). */
  loadedAt: string;
  /** Why the new file was refused (the previous calendar stays); null when it was taken. */
  failure: CalendarFailure | null;
}

export function loadCalendarKeeping(
  o: { file: string; displayRoot: string; now: number },
  previous?: { calendar: Calendar; loadedAt: string },
): CalendarLoad {
  try {
    const calendar = loadCalendar({ file: o.file, displayRoot: o.displayRoot, check: checkCalendarNotices });
    if (previous && previous.calendar.revision === calendar.revision) return { ...previous, failure: null };
    return { calendar, loadedAt: formatInstant(o.now), failure: null };
  } catch (e) {
    if (!previous || !isHotlineError(e)) throw e;
    const diagnostics = (e.details as { diagnostics?: Diagnostic[] } | undefined)?.diagnostics ?? [];
    return { ...previous, failure: { code: e.code, message: e.text, diagnostics } };
  }
}
