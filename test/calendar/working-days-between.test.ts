import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../engine/calendar/add-working-days.ts';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { workingDaysBetween, workingDaysBetweenNumbers } from '../../engine/calendar/working-days-between.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { dateArb, nArb, RUNS } from './arbitraries.ts';

const calendar = loadCalendar();
const between = (a: string, b: string) => workingDaysBetween(calendar, a, b);
const add = (date: string, n: number) => addWorkingDays(calendar, date, n);

describe('workingDaysBetween', () => {
  it('is 0 from a day to itself', () => {
    expect(between('2025-09-30', '2025-09-30')).toBe(0);
    expect(between('2025-10-01', '2025-10-01')).toBe(0);
  });

  it('counts (a, b]: a not counted, b counted', () => {
    // Mon 2025-03-03 → Fri 03-07: 03-04, 05, 06, 07 = 4.
    expect(between('2025-03-03', '2025-03-07')).toBe(4);
    // Tue 2025-09-30 → Tue 10-14: 10-09, 10-10, Sat 10-11 (调休上班), 10-13, 10-14 = 5.
    expect(between('2025-09-30', '2025-10-14')).toBe(5);
    expect(between('2025-09-30', '2025-10-09')).toBe(1);
  });

  it('is 0 across a run of holidays and weekend days', () => {
    // 10-01 … 10-08 are all off.
    expect(between('2025-09-30', '2025-10-08')).toBe(0);
    // Fri 03-07 → Sun 03-09: the weekend only.
    expect(between('2025-03-07', '2025-03-09')).toBe(0);
  });

  it('counts a make-up weekend day', () => {
    // Sat 09-27 → Sun 09-28 (调休上班) = 1.
    expect(between('2025-09-27', '2025-09-28')).toBe(1);
  });

  it('is negative when b is before a', () => {
    expect(between('2025-10-14', '2025-09-30')).toBe(-5);
  });

  it('crosses the year boundary', () => {
    // Wed 2025-12-31 → Mon 2026-01-05: 01-01…01-03 off, Sun 01-04 (调休上班) and Mon 01-05 = 2.
    expect(between('2025-12-31', '2026-01-05')).toBe(2);
    expect(between('2026-01-05', '2025-12-31')).toBe(-2);
  });

  it('counts whole years: 248 working days in 2025 and in 2026', () => {
    // By hand: 261 weekdays − 18 weekday days off + 5 make-up days (2025); 261 − 19 + 6 (2026).
    expect(between('2024-12-31', '2025-12-31')).toBe(248);
    expect(between('2025-12-31', '2026-12-31')).toBe(248);
    expect(between('2024-12-31', '2026-12-31')).toBe(496);
  });

  it('counts provisional 2027 from the statutory days only', () => {
    // 2027 has 365 days starting on a Friday → 261 weekdays; statutory days off on weekdays:
    // 元旦 Fri 01-01; 春节 Fri 02-05, Mon 02-08 (Sat 02-06, Sun 02-07 are weekend); 清明 Mon 04-05;
    // 劳动节 Sat 05-01, Sun 05-02 (0 weekdays); 端午 Wed 06-09; 中秋 Wed 09-15; 国庆 Fri 10-01 (10-02,
    // 10-03 weekend). 1 + 2 + 1 + 0 + 1 + 1 + 1 = 7, no make-up days → 254.
    expect(between('2026-12-31', '2027-12-31')).toBe(254);
  });

  it('agrees with the day-number API', () => {
    expect(workingDaysBetweenNumbers(calendar, toDayNumber('2025-09-30'), toDayNumber('2025-10-14'))).toBe(5);
  });

  describe('properties (2025-01-01 … 2026-12-20, n = 1 … 30)', () => {
    it('undoes addWorkingDays: between(a, a + n) = n', () => {
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => between(a, add(a, n)) === n),
        RUNS,
      );
    });

    it('is antisymmetric: between(b, a) = −between(a, b)', () => {
      fc.assert(
        fc.property(dateArb, dateArb, (a, b) => between(b, a) === -between(a, b)),
        RUNS,
      );
    });

    it('is additive: between(a, b) + between(b, c) = between(a, c)', () => {
      fc.assert(
        fc.property(dateArb, dateArb, dateArb, (a, b, c) => between(a, b) + between(b, c) === between(a, c)),
        RUNS,
      );
    });

    it('going back n from a counts n − 1 plus a itself if it works', () => {
      // (a − n, a] holds the n − 1 working days strictly between, plus a when a is a working day.
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => between(add(a, -n), a) === n - 1 + (isWorkingDay(calendar, a) ? 1 : 0)),
        RUNS,
      );
    });
  });
});
