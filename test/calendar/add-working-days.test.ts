import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDayNumbers, addWorkingDays } from '../../engine/calendar/add-working-days.ts';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { HotlineError } from '../../engine/errors.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { dateArb, nArb, RUNS } from './arbitraries.ts';

const calendar = loadCalendar();
const add = (date: string, n: number) => addWorkingDays(calendar, date, n);

// The 2025 and 2026 arrangements used below (rules/calendars/cn-mainland.yaml):
//   2025 清明 04-04 (Fri)–04-06 (Sun); 劳动节 05-01 (Thu)–05-05 (Mon), make-up Sun 04-27;
//   2025 端午 05-31 (Sat)–06-02 (Mon); 春节 01-28 (Tue)–02-04 (Tue), make-up Sun 01-26, Sat 02-08;
//   2025 国庆中秋 10-01 (Wed)–10-08 (Wed), make-up Sun 09-28 and Sat 10-11;
//   2026 元旦 01-01 (Thu)–01-03 (Sat), make-up Sun 01-04.

describe('addWorkingDays', () => {
  it('counts Monday to Friday in an ordinary week, the start day not counted', () => {
    // Mon 2025-03-03: the 1st working day after it is Tue 03-04; the 5th is 03-04,05,06,07 then Mon 03-10.
    expect(add('2025-03-03', 1)).toBe('2025-03-04');
    expect(add('2025-03-03', 5)).toBe('2025-03-10');
  });

  it('jumps a Friday to the next Monday', () => {
    // Fri 2025-03-07 + 1: Sat 03-08 and Sun 03-09 are not working days → Mon 03-10.
    expect(add('2025-03-07', 1)).toBe('2025-03-10');
  });

  it('starts from a weekend day', () => {
    // Sat 2025-03-08 and Sun 2025-03-09: the next working day is Mon 03-10; the 2nd is Tue 03-11.
    expect(add('2025-03-08', 1)).toBe('2025-03-10');
    expect(add('2025-03-09', 1)).toBe('2025-03-10');
    expect(add('2025-03-08', 2)).toBe('2025-03-11');
  });

  it('skips a holiday that runs into a weekend (Qingming 2025: Fri 04-04 to Sun 04-06)', () => {
    // Thu 04-03 + 1: Fri 04-04 is off (清明), then the weekend → Mon 04-07.
    expect(add('2025-04-03', 1)).toBe('2025-04-07');
  });

  it('skips a holiday that starts on a weekend (Dragon Boat 2025: Sat 05-31 to Mon 06-02)', () => {
    // Fri 05-30 + 1: Sat 05-31, Sun 06-01 and Mon 06-02 are off → Tue 06-03.
    expect(add('2025-05-30', 1)).toBe('2025-06-03');
  });

  it('starts on a holiday', () => {
    // Wed 2025-10-01 is off; 10-02…10-08 are off too → the 1st working day after it is Thu 10-09.
    expect(add('2025-10-01', 1)).toBe('2025-10-09');
    // The 3rd: 10-09, 10-10, then Saturday 10-11 (调休上班) → 10-11.
    expect(add('2025-10-01', 3)).toBe('2025-10-11');
  });

  it('counts a make-up Sunday (2025-09-28, 调休上班)', () => {
    // Sat 09-27 + 1: Sunday 09-28 is a make-up working day → 09-28 itself.
    expect(add('2025-09-27', 1)).toBe('2025-09-28');
    // Fri 09-26 + 1: Sat 09-27 is a rest day, Sun 09-28 works → 09-28.
    expect(add('2025-09-26', 1)).toBe('2025-09-28');
  });

  it('counts a make-up Saturday (2025-10-11) after the National Day week', () => {
    // Fri 10-10 + 1 → Sat 10-11 (调休上班); + 2 → Sun 10-12 is a rest day → Mon 10-13.
    expect(add('2025-10-10', 1)).toBe('2025-10-11');
    expect(add('2025-10-10', 2)).toBe('2025-10-13');
  });

  it('walks through the 2025 Spring Festival with make-up days on both sides', () => {
    // Fri 01-24 + 1 → Sun 01-26 (调休上班); + 2 → Mon 01-27; 01-28…02-04 off → + 3 → Wed 02-05.
    expect(add('2025-01-24', 1)).toBe('2025-01-26');
    expect(add('2025-01-24', 2)).toBe('2025-01-27');
    expect(add('2025-01-24', 3)).toBe('2025-02-05');
    // 02-05 is the 3rd, 02-06 the 4th, Fri 02-07 the 5th, Sat 02-08 (调休上班) the 6th.
    expect(add('2025-01-24', 6)).toBe('2025-02-08');
  });

  it('crosses the year boundary 2025 → 2026 onto a make-up Sunday', () => {
    // Wed 2025-12-31 + 1: 2026-01-01…01-03 are off (元旦), Sun 01-04 is 调休上班 → 2026-01-04.
    expect(add('2025-12-31', 1)).toBe('2026-01-04');
    expect(add('2025-12-31', 2)).toBe('2026-01-05');
    // Fri 2025-12-26 + 3 → 12-29, 12-30, 12-31; + 4 → 2026-01-04.
    expect(add('2025-12-26', 3)).toBe('2025-12-31');
    expect(add('2025-12-26', 4)).toBe('2026-01-04');
  });

  it('crosses into a provisional year (2027: statutory 元旦 only)', () => {
    // Thu 2026-12-31 + 1: 2027-01-01 (Fri) is the statutory New Year's Day, then the weekend → Mon 2027-01-04.
    expect(add('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('counts back with negative n', () => {
    // Thu 2025-10-09 − 1: 10-08…10-01 are off → Tue 09-30.
    expect(add('2025-10-09', -1)).toBe('2025-09-30');
    // − 3: 09-30, 09-29, then Sunday 09-28 (调休上班).
    expect(add('2025-10-09', -3)).toBe('2025-09-28');
    // − 4: Sat 09-27 is a rest day → Fri 09-26.
    expect(add('2025-10-09', -4)).toBe('2025-09-26');
    // From a holiday: the working day before Sun 10-05 is 09-30.
    expect(add('2025-10-05', -1)).toBe('2025-09-30');
  });

  it('counts back across the year boundary', () => {
    // Mon 2026-01-05 − 1 → Sun 01-04 (调休上班); − 2 → 01-03…01-01 off → Wed 2025-12-31.
    expect(add('2026-01-05', -1)).toBe('2026-01-04');
    expect(add('2026-01-05', -2)).toBe('2025-12-31');
    // Thu 2025-01-02 − 1: 2025-01-01 is off → Tue 2024-12-31 (2024 is provisional, a plain Tuesday).
    expect(add('2025-01-02', -1)).toBe('2024-12-31');
  });

  it('returns the day itself for n = 0, even on a holiday', () => {
    expect(add('2025-10-01', 0)).toBe('2025-10-01');
    expect(add('2025-09-30', 0)).toBe('2025-09-30');
  });

  it('counts a whole year: 248 working days in 2025 and in 2026', () => {
    // 2025: 261 weekdays − 18 weekday holidays + 5 make-up days = 248; the 248th after 2024-12-31 is
    // the last working day of 2025, Wed 12-31. 2026: 261 − 19 + 6 = 248, last one Thu 2026-12-31.
    expect(add('2024-12-31', 248)).toBe('2025-12-31');
    expect(add('2025-12-31', 248)).toBe('2026-12-31');
    expect(calendar.yearIndex(2025).total).toBe(248);
    expect(calendar.yearIndex(2026).total).toBe(248);
  });

  it('rejects a non-integer n and an invalid date', () => {
    expect(() => add('2025-10-01', 1.5)).toThrow(RangeError);
    expect(() => add('2025-02-29', 1)).toThrow(HotlineError);
    expect(() => add('2025-02-29', 1)).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => add('2025/10/01', 1)).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });

  it('agrees with the day-number API', () => {
    expect(addWorkingDayNumbers(calendar, toDayNumber('2025-09-30'), 5)).toBe(toDayNumber('2025-10-14'));
  });

  describe('properties (2025-01-01 … 2026-12-20, n = 1 … 30)', () => {
    it('lands on a working day', () => {
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => isWorkingDay(calendar, add(a, n))),
        RUNS,
      );
    });

    it('n + 1 working days end strictly after n working days', () => {
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => add(a, n + 1) > add(a, n)),
        RUNS,
      );
    });

    it('adding n then −n returns to a working day a', () => {
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => {
          fc.pre(isWorkingDay(calendar, a));
          return add(add(a, n), -n) === a;
        }),
        RUNS,
      );
    });

    it('adding n then −n from a rest day a gives the last working day before a', () => {
      // Going back n working days from b = a + n passes the n − 1 working days in (a, b) and stops
      // on the last working day ≤ a; a is not one, so that is add(a, −1).
      fc.assert(
        fc.property(dateArb, nArb, (a, n) => {
          fc.pre(!isWorkingDay(calendar, a));
          return add(add(a, n), -n) === add(a, -1);
        }),
        RUNS,
      );
    });

    it('composes: (a + m) + n = a + (m + n)', () => {
      fc.assert(
        fc.property(dateArb, nArb, nArb, (a, m, n) => add(add(a, m), n) === add(a, m + n)),
        RUNS,
      );
    });
  });
});
