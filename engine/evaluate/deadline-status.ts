import type { Calendar } from '../calendar/calendar.ts';
import { toDayNumber } from '../calendar/day-number.ts';
import type { Due } from '../calendar/due.ts';
import { type Instant, shanghaiDay } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { DeadlineStatus } from './types.ts';

/** Whether an event at `t` is on time for a due: hours include the end instant, days end before 00:00 next day. */
export function onTime(d: Due, t: Instant): boolean {
  return d.endInclusive ? t <= d.dueAtMs : t < d.dueAtMs;
}

/** Whether asOf is inside the last `window` (e.g. `3个工作日`, 4.5) of a day-based period. */
export function isDueSoon(calendar: Calendar, d: Due, asOf: Instant, window: string): boolean {
  if (d.period.unit === 'hour' || !onTime(d, asOf)) return false;
  const w = parsePeriod(window);
  const today = shanghaiDay(asOf);
  const last = toDayNumber(d.dueDate);
  const left = w.unit === 'workday' ? workingDaysBetweenNumbers(calendar, today, last) : last - today;
  return left < w.amount;
}

export interface StatusInput {
  due: Due;
  doneAt: Instant | null;
  asOf: Instant;
  /** Optional windows (return, extension): unused and closed is `lapsed`, not overdue. */
  optional: boolean;
  dueSoon: boolean;
}

/**
 * met: done on time · late: done after the end · overdue: not done and the end has passed ·
 * due-soon: not done, inside the reminder window of 4.5 · pending: otherwise ·
 * lapsed: an optional window (return, extension) closed without being used.
 */
export function deadlineStatus({ due, doneAt, asOf, optional, dueSoon }: StatusInput): DeadlineStatus {
  if (doneAt !== null && doneAt <= asOf) return onTime(due, doneAt) ? 'met' : 'late';
  if (!onTime(due, asOf)) return optional ? 'lapsed' : 'overdue';
  return dueSoon ? 'due-soon' : 'pending';
}

export function remaining(calendar: Calendar, due: Due, asOf: Instant, done: boolean) {
  if (done) return { remainingMs: null, remainingWorkdays: null };
  return {
    remainingMs: due.dueAtMs - asOf,
    remainingWorkdays:
      due.period.unit === 'hour'
        ? null
        : workingDaysBetweenNumbers(calendar, shanghaiDay(asOf), toDayNumber(due.dueDate)),
  };
}
