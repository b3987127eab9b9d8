import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTING } from '../../engine/calendar/due.ts';
import { formatInstant } from '../../engine/calendar/instant.ts';
import { levelReachedAt } from '../../engine/evaluate/overdue-escalation.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';

const calendar = loadCalendar();
const at = (threshold: string | undefined, deadline: { dueDate: string; dueAt: string }, startDayCounted = false) =>
  formatInstant(levelReachedAt({ threshold }, deadline, calendar, { ...DEFAULT_COUNTING, startDayCounted }));

// A day deadline: last day Sat 10-11 (make-up working day), ends 10-12 00:00.
const dayDeadline = { dueDate: '2025-10-11', dueAt: '2025-10-12T00:00:00+08:00' };
// An hour deadline (20小时 from 10-01 09:00): ends at the instant 10-02 05:00, inside the holiday.
const hourDeadline = { dueDate: '2025-10-02', dueAt: '2025-10-02T05:00:00+08:00' };

describe('when an overdue level is reached', () => {
  it('no threshold: at the deadline’s end (as soon as it is overdue)', () => {
    expect(at(undefined, dayDeadline)).toBe('2025-10-12T00:00:00+08:00');
    expect(at(undefined, hourDeadline)).toBe('2025-10-02T05:00:00+08:00');
  });

  it('working days count from the day after the last day: Sun 10-12 off, Mon 10-13 = 1 → 10-14 00:00', () => {
    expect(at('1个工作日', dayDeadline)).toBe('2025-10-14T00:00:00+08:00');
  });

  it('the start-day setting does not count the deadline’s last day a second time', () => {
    // With startDayCounted the same threshold would otherwise end on 10-11 itself (0 days overdue).
    expect(at('1个工作日', dayDeadline, true)).toBe('2025-10-14T00:00:00+08:00');
  });

  it('hours run from the deadline’s end: 24小时 past 10-12 00:00 → 10-13 00:00', () => {
    expect(at('24小时', dayDeadline)).toBe('2025-10-13T00:00:00+08:00');
    expect(at('2小时', hourDeadline)).toBe('2025-10-02T07:00:00+08:00');
  });

  it('an hour deadline inside a holiday: 1个工作日 past it is the first working day after, 10-09 → 10-10 00:00', () => {
    expect(at('1个工作日', hourDeadline)).toBe('2025-10-10T00:00:00+08:00');
  });

  it('natural days and 当日 past the deadline', () => {
    // 2日 past the last day 10-11: 10-12 = 1, 10-13 = 2 → 10-14 00:00; 当日 = the end of the due date.
    expect(at('2日', dayDeadline)).toBe('2025-10-14T00:00:00+08:00');
    expect(at('当日', hourDeadline)).toBe('2025-10-03T00:00:00+08:00');
  });
});
