/**
 * The statutory-days check: the days off of a notice must be the holidays of the 2024 revision of
 * 《全国年节及纪念日放假办法》 (元旦1, 春节4, 清明1, 劳动节2, 端午1, 中秋1, 国庆3), a weekend statutory
 * day given back on a weekday and every other weekday off swapped against a weekend make-up day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../engine/calendar/day-number.ts';
import {
  checkCalendarNotices,
  checkStatutoryDays,
  loadCalendar,
  parseNoticeText,
  statutoryDaysOf,
} from '../../engine/index.ts';

const calendar = loadCalendar();
const statutory = calendar.data.statutory.holidays;
const FIXTURE = 'test/fixtures/calendars/hypothetical-2027-notice.yaml';
const fixtureText = readFileSync(FIXTURE, 'utf8');
const notice = (text = fixtureText) => {
  const parsed = parseNoticeText(text, FIXTURE);
  expect(parsed.diagnostics).toEqual([]);
  return parsed.notice!;
};

describe('statutory days of a year (date-holidays computes the lunar and solar-term dates)', () => {
  it('2027: 除夕 is Fri 02-05 (Spring Festival 初一 is Sat 02-06), 清明 Mon 04-05, 端午 Wed 06-09, 中秋 Wed 09-15', () => {
    const days = Object.fromEntries(
      statutoryDaysOf(statutory, 2027).map((s) => [s.holiday.name.zh, s.days.map(fromDayNumber)]),
    );
    expect(days).toEqual({
      元旦: ['2027-01-01'],
      春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01', '2027-05-02'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
    });
  });
});

describe('checkStatutoryDays', () => {
  it('accepts the real 2025 and 2026 notices (2025 combines 国庆 and 中秋: 6 weekdays off − 2 make-up days = 3 + 1)', () => {
    for (const y of calendar.data.years) expect(checkStatutoryDays(statutory, y)).toEqual([]);
    expect(
      checkCalendarNotices(readFileSync('rules/calendars/cn-mainland.yaml', 'utf8'), 'cn-mainland.yaml').diagnostics,
    ).toEqual([]);
  });

  it('accepts the hypothetical 2027 notice', () => {
    expect(checkStatutoryDays(statutory, notice())).toEqual([]);
  });

  it('refuses a notice that leaves a statutory day (初三, Mon 2027-02-08) as a working day', () => {
    const problems = checkStatutoryDays(statutory, notice(fixtureText.replace('2027-02-08, ', '')));
    expect(problems.map((p) => [p.code, p.path.join('/')])).toEqual([['CAL_STATUTORY_DAY_NOT_OFF', 'holidays/1/off']]);
    expect(problems[0]?.message.zh).toContain('2027-02-08（春节）是法定假日');
  });

  it('refuses a holiday whose weekdays off and make-up days do not balance to its statutory days', () => {
    // 国庆: 5 weekdays off (10-01, 10-04…10-07) less 1 make-up day = 4, but 国庆 has 3 statutory days.
    const problems = checkStatutoryDays(
      statutory,
      notice(fixtureText.replace('makeup: [2027-09-26, 2027-10-09]', 'makeup: [2027-09-26]')),
    );
    expect(problems.map((p) => [p.code, p.path.join('/')])).toEqual([
      ['CAL_STATUTORY_DAYS_MISMATCH', 'holidays/6/off'],
    ]);
    expect(problems[0]?.message.zh).toContain('周一至周五共5天，调休上班1天，相抵后为4天，应等于法定假日国庆节的3天');
    expect(problems[0]?.message.en).toContain('5 weekday(s) off less 1 make-up working day(s) is 4');
  });

  it('refuses a holiday that holds no statutory day', () => {
    const text = fixtureText.replace(
      '  - name: { zh: 端午节, en: Dragon Boat Festival }',
      '  - name: { zh: 植树节, en: Arbor Day }\n    off: [2027-03-12]\n    makeup: []\n  - name: { zh: 端午节, en: Dragon Boat Festival }',
    );
    expect(checkStatutoryDays(statutory, notice(text)).map((p) => [p.code, p.path.join('/')])).toEqual([
      ['CAL_HOLIDAY_NOT_STATUTORY', 'holidays/4/off'],
    ]);
  });

  it('does not apply to notices before the 2024 revision took effect (2012: 春节 was 3 days)', () => {
    const old = { ...notice(), year: 2012 };
    expect(checkStatutoryDays(statutory, old)).toEqual([]);
  });
});
