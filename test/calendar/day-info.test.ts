import { describe, expect, it } from 'vitest';
import { dayInfoOfNumber, getDayInfo } from '../../engine/calendar/day-info.ts';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { eachDate } from './arbitraries.ts';

const calendar = loadCalendar();
const info = (date: string) => getDayInfo(calendar, date);

const NATIONAL_DAY_2025 = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };
const SPRING_FESTIVAL = { zh: '春节', en: 'Spring Festival' };

describe('getDayInfo', () => {
  it('describes an ordinary working day', () => {
    expect(info('2025-10-13')).toEqual({
      date: '2025-10-13',
      weekday: 1,
      working: true,
      kind: 'workday',
      holiday: null,
      provisional: false,
    });
  });

  it('describes an ordinary weekend day', () => {
    expect(info('2025-10-12')).toEqual({
      date: '2025-10-12',
      weekday: 7,
      working: false,
      kind: 'weekend',
      holiday: null,
      provisional: false,
    });
  });

  it('describes a day off on a weekday, with its holiday', () => {
    expect(info('2025-10-01')).toEqual({
      date: '2025-10-01',
      weekday: 3,
      working: false,
      kind: 'off',
      holiday: NATIONAL_DAY_2025,
      provisional: false,
    });
  });

  it('calls a weekend day inside a holiday break "off", not "weekend"', () => {
    // Sat 2025-10-04 is listed among the 10-01…10-08 days off.
    expect(info('2025-10-04')).toMatchObject({ weekday: 6, working: false, kind: 'off', holiday: NATIONAL_DAY_2025 });
  });

  it('describes a make-up working day (调休上班) with the holiday it makes up for', () => {
    expect(info('2025-10-11')).toEqual({
      date: '2025-10-11',
      weekday: 6,
      working: true,
      kind: 'makeup',
      holiday: NATIONAL_DAY_2025,
      provisional: false,
    });
    expect(info('2026-01-04')).toMatchObject({ weekday: 7, kind: 'makeup', holiday: { zh: '元旦' } });
    expect(info('2026-02-14')).toMatchObject({ weekday: 6, kind: 'makeup', holiday: SPRING_FESTIVAL });
  });

  it('marks dates from 2026-12-25 on as provisional (the 2027 notice may still change them)', () => {
    expect(info('2026-12-24')).toMatchObject({ kind: 'workday', provisional: false });
    expect(info('2026-12-25')).toMatchObject({ weekday: 5, kind: 'workday', provisional: true });
  });

  it('describes the statutory 2027 Spring Festival: 除夕 02-05 to 初三 02-08, no make-up days', () => {
    // Chinese New Year 2027 (初一) is Sat 02-06; statutory days off: 除夕 Fri 02-05 … 初三 Mon 02-08.
    for (const d of eachDate('2027-02-05', '2027-02-08')) {
      expect(info(d)).toMatchObject({ working: false, kind: 'off', holiday: SPRING_FESTIVAL, provisional: true });
    }
    expect(info('2027-02-04')).toMatchObject({ working: true, kind: 'workday', provisional: true });
    expect(info('2027-02-09')).toMatchObject({ working: true, kind: 'workday', provisional: true });
  });

  it('describes the other statutory 2027 days off', () => {
    expect(info('2027-01-01')).toMatchObject({ kind: 'off', holiday: { zh: '元旦' } });
    expect(info('2027-04-05')).toMatchObject({ weekday: 1, kind: 'off', holiday: { zh: '清明节' } }); // 清明 (solar term)
    expect(info('2027-05-01')).toMatchObject({ kind: 'off', holiday: { zh: '劳动节' } });
    expect(info('2027-05-02')).toMatchObject({ kind: 'off', holiday: { zh: '劳动节' } });
    expect(info('2027-06-09')).toMatchObject({ kind: 'off', holiday: { zh: '端午节' } }); // 五月初五
    expect(info('2027-09-15')).toMatchObject({ kind: 'off', holiday: { zh: '中秋节' } }); // 八月十五
    for (const d of eachDate('2027-10-01', '2027-10-03')) {
      expect(info(d)).toMatchObject({ working: false, kind: 'off', holiday: { zh: '国庆节' } });
    }
    expect(info('2027-10-04')).toMatchObject({ working: true, kind: 'workday' });
  });

  it('has no make-up day in 2027 and exactly 13 statutory days off', () => {
    const days = eachDate('2027-01-01', '2027-12-31').map(info);
    expect(days.filter((d) => d.kind === 'makeup')).toEqual([]);
    // 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3 = 13.
    expect(days.filter((d) => d.kind === 'off')).toHaveLength(13);
    expect(days.every((d) => d.provisional)).toBe(true);
  });

  it('agrees with the day-number API', () => {
    expect(dayInfoOfNumber(calendar, toDayNumber('2025-10-11'))).toEqual(info('2025-10-11'));
  });

  it('rejects an invalid date', () => {
    expect(() => info('2025-10-32')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });
});
