import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { isWorkingDay, isWorkingDayNumber } from '../../engine/calendar/is-working-day.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { eachDate } from './arbitraries.ts';

const calendar = loadCalendar();
const works = (date: string) => isWorkingDay(calendar, date);

describe('isWorkingDay', () => {
  it('is true Monday to Friday outside holidays', () => {
    // Mon 2025-03-03 … Fri 2025-03-07: no holiday in early March.
    for (const d of eachDate('2025-03-03', '2025-03-07')) expect(works(d)).toBe(true);
  });

  it('is false on an ordinary weekend', () => {
    expect(works('2025-03-08')).toBe(false); // Saturday
    expect(works('2025-03-09')).toBe(false); // Sunday
  });

  it('is false on a day off that falls on a weekday', () => {
    expect(works('2025-10-01')).toBe(false); // Wed, 国庆节
    expect(works('2025-10-08')).toBe(false); // Wed, last day of the 2025 National Day and Mid-Autumn break
    expect(works('2026-02-23')).toBe(false); // Mon, last day of the 2026 Spring Festival break
  });

  it('is false on a day off that falls on a weekend (holiday next to a weekend)', () => {
    expect(works('2025-10-04')).toBe(false); // Sat inside 10-01…10-08
    expect(works('2026-04-04')).toBe(false); // Sat, first day of Qingming 2026 (04-04…04-06)
  });

  it('is true on every make-up working day (调休上班), all of them weekends', () => {
    // 2025: Sun 01-26, Sat 02-08, Sun 04-27, Sun 09-28, Sat 10-11.
    // 2026: Sun 01-04, Sat 02-14, Sat 02-28, Sat 05-09, Sun 09-20, Sat 10-10.
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) expect(works(d)).toBe(true);
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(works(d)).toBe(true);
    }
  });

  it('knows the weekend right next to a make-up day is still a rest day', () => {
    // Sat 10-11 works, Sun 10-12 does not.
    expect(works('2025-10-12')).toBe(false);
    // Sun 09-28 works, Sat 09-27 does not.
    expect(works('2025-09-27')).toBe(false);
  });

  it('handles the year boundary 2025/2026', () => {
    expect(works('2025-12-31')).toBe(true); // Wed
    expect(works('2026-01-01')).toBe(false); // Thu, 元旦
    expect(works('2026-01-02')).toBe(false); // Fri, 元旦 break
    expect(works('2026-01-03')).toBe(false); // Sat, 元旦 break
    expect(works('2026-01-04')).toBe(true); // Sun, 调休上班
  });

  it('uses the statutory days only in a provisional year (2027)', () => {
    expect(works('2027-01-01')).toBe(false); // Fri, statutory 元旦
    expect(works('2027-02-05')).toBe(false); // Fri, 除夕
    expect(works('2027-02-09')).toBe(true); // Tue after 初三 (no extended break without a notice)
    expect(works('2027-10-04')).toBe(true); // Mon: only 10-01…10-03 are statutory
  });

  it('agrees with the day-number API', () => {
    expect(isWorkingDayNumber(calendar, toDayNumber('2025-10-11'))).toBe(true);
    expect(isWorkingDayNumber(calendar, toDayNumber('2025-10-12'))).toBe(false);
  });

  it('rejects an invalid date and a year out of range', () => {
    expect(() => works('2025-13-01')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => works('1990-06-01')).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => works('2100-06-01')).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('counts 248 working days in 2025 and in 2026', () => {
    // By hand (see add-working-days.test.ts): 261 weekdays − 18 weekday days off + 5 make-up days in
    // 2025; 261 − 19 + 6 in 2026. The day-by-day comparison with chinese-days is in chinese-days.test.ts.
    expect(eachDate('2025-01-01', '2025-12-31').filter(works)).toHaveLength(248);
    expect(eachDate('2026-01-01', '2026-12-31').filter(works)).toHaveLength(248);
  });
});
