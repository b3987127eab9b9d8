import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../engine/calendar/add-working-days.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { eachDate } from './arbitraries.ts';

// Cross-check against chinese-days 1.5.7 (a dev-only second source, shared/DESIGN.md "The calendar").
//
// chinese-days is time-zone dependent: it parses `YYYY-MM-DD` as UTC midnight but reads dates back
// with local-time getters, also when it builds its holiday tables at import. West of UTC
// (e.g. TZ=America/New_York) every answer is a day off. So this file — and only this file, each
// test file runs in its own process (pool: 'forks') — pins the zone to Asia/Shanghai before
// importing it. The engine itself never uses the local zone; the other calendar tests run in
// whatever zone the machine has.
process.env.TZ = 'Asia/Shanghai';
const { default: chineseDays } = await import('chinese-days');

const calendar = loadCalendar();

describe('chinese-days cross-check', () => {
  it('runs in Asia/Shanghai', () => {
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(-480);
  });

  it('isWorkingDay agrees with isWorkday on every one of the 730 days of 2025 and 2026', () => {
    const days = eachDate('2025-01-01', '2026-12-31');
    expect(days).toHaveLength(730);
    const disagreements = days
      .filter((d) => isWorkingDay(calendar, d) !== chineseDays.isWorkday(d))
      .map((d) => `${d}: ours ${isWorkingDay(calendar, d)}, chinese-days ${chineseDays.isWorkday(d)}`);
    expect(disagreements).toEqual([]);
  });

  it('addWorkingDays agrees with findWorkday for every start day of 2025–2026 and n = 1…15', () => {
    // findWorkday(n ≥ 1, date) does not count the start day either — also when the start day is a
    // working day: findWorkday(1, '2025-09-30') is 10-09, not 09-30 — so the two must agree exactly.
    // Start days stop at 2026-12-10 so that every answer stays inside 2026 (12-10 + 15 = 12-31).
    const mismatches: string[] = [];
    for (const date of eachDate('2025-01-01', '2026-12-10')) {
      for (let n = 1; n <= 15; n++) {
        const ours = addWorkingDays(calendar, date, n);
        const theirs = chineseDays.findWorkday(n, date);
        if (theirs !== ours) mismatches.push(`${date} + ${n}: ours ${ours}, chinese-days ${theirs}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(chineseDays.findWorkday(1, '2025-09-30')).toBe('2025-10-09');
  });

  it('differs only at n = 0, by design', () => {
    // findWorkday(0, rest day) moves to the next working day; addWorkingDays(…, 0) is the day itself.
    expect(chineseDays.findWorkday(0, '2025-10-01')).toBe('2025-10-09');
    expect(addWorkingDays(calendar, '2025-10-01', 0)).toBe('2025-10-01');
    // On a working day both return the day.
    expect(chineseDays.findWorkday(0, '2025-09-30')).toBe('2025-09-30');
    expect(addWorkingDays(calendar, '2025-09-30', 0)).toBe('2025-09-30');
  });
});
