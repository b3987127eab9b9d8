/**
 * The generator's office clock (08:30–17:30 on working days of the official calendar), worked by
 * hand on the 2025 National Day holiday: 10-01 … 10-08 off, Sunday 09-28 and Saturday 10-11 are
 * make-up working days (调休上班).
 */
import { describe, expect, it } from 'vitest';
import { toDayNumber as dayNumber } from '../../engine/calendar/day-number.ts';
import { formatInstant, parseInstant } from '../../engine/calendar/instant.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { addClock, OfficeClock, WD } from '../../engine/simulate/generate-office-clock.ts';

const calendar = loadCalendar();
const clock = new OfficeClock(calendar, dayNumber('2025-09-01'));
const at = (s: string) => parseInstant(s);
const text = (t: number) => formatInstant(t);

describe('OfficeClock', () => {
  it('knows the make-up Sunday and Saturday as working days and the holiday as off', () => {
    expect(clock.isWorking(dayNumber('2025-09-28'))).toBe(true); // 周日调休上班
    expect(clock.isWorking(dayNumber('2025-10-01'))).toBe(false);
    expect(clock.isWorking(dayNumber('2025-10-08'))).toBe(false);
    expect(clock.isWorking(dayNumber('2025-10-11'))).toBe(true); // 周六调休上班
    expect(clock.isWorking(dayNumber('2025-10-12'))).toBe(false); // plain Sunday
  });

  it('next working day after the last working day before the holiday is the first one after it', () => {
    // 09-30 (Tue) is the last working day; 10-01 … 10-08 off; 10-09 (Thu) is the next.
    expect(clock.nextWorkingDay(dayNumber('2025-09-30'))).toBe(dayNumber('2025-10-09'));
    // Friday 10-10 → Saturday 10-11, a make-up working day.
    expect(clock.nextWorkingDay(dayNumber('2025-10-10'))).toBe(dayNumber('2025-10-11'));
  });

  it('office minutes carry over the holiday: 60 minutes from 17:00 on 09-30 end at 09:00 on 10-09', () => {
    // 30 minutes left on 09-30 (17:00–17:30), the other 30 from 08:30 on 10-09.
    expect(text(clock.addOffice(at('2025-09-30T17:00:00+08:00'), 60))).toBe('2025-10-09T09:00:00+08:00');
  });

  it('a start outside office hours waits for the next opening', () => {
    // Saturday 09-27 is a plain weekend day; Sunday 09-28 is a make-up day opening at 08:30.
    expect(text(clock.addOffice(at('2025-09-27T10:00:00+08:00'), 30))).toBe('2025-09-28T09:00:00+08:00');
    // 07:00 on a working day starts at 08:30.
    expect(text(clock.addOffice(at('2025-09-29T07:00:00+08:00'), 15))).toBe('2025-09-29T08:45:00+08:00');
    // After closing (18:00 on 10-10, Friday) → Saturday 10-11 (make-up) 08:30 + 10 minutes.
    expect(text(clock.addOffice(at('2025-10-10T18:00:00+08:00'), 10))).toBe('2025-10-11T08:40:00+08:00');
  });

  it('one working day of office minutes from any time lands by 17:30 of the next working day', () => {
    // WD = 540 minutes (08:30–17:30). From 12:00 on 09-30: 330 minutes that day, 210 on 10-09 → 12:00.
    expect(WD).toBe(540);
    expect(text(clock.addOffice(at('2025-09-30T12:00:00+08:00'), WD))).toBe('2025-10-09T12:00:00+08:00');
  });

  it('days beyond the flat table are looked up as well (a day 30 years on)', () => {
    const far = new OfficeClock(calendar, dayNumber('1995-01-01'));
    expect(far.isWorking(dayNumber('2025-10-11'))).toBe(true);
    expect(far.isWorking(dayNumber('2025-10-03'))).toBe(false);
  });

  it('clock minutes are at least a second and rounded to the second', () => {
    const t = at('2025-10-01T00:00:00+08:00');
    expect(addClock(t, 0) - t).toBe(1000);
    expect(addClock(t, 1.5) - t).toBe(90_000);
  });
});
