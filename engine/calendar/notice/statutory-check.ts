/**
 * The statutory-days check of a State Council notice: its days off must be the holidays of
 * 《全国年节及纪念日放假办法》 as revised in 2024 (元旦1, 春节4 除夕–初三, 清明1, 劳动节2, 端午1,
 * 中秋1, 国庆3). Per holiday of the notice:
 * - every statutory day of the year is a day off of some holiday of the notice;
 * - each holiday of the notice holds at least one statutory day;
 * - its weekday days off, less its make-up working days, equal the statutory days it holds: a
 *   statutory day on a weekend is given back on a weekday (第六条 补假), and a weekday off beyond
 *   that is swapped against a weekend make-up day (调休). Two statutory holidays on one date (国庆
 *   and 中秋 in 2020) count twice.
 * Checked against the 2025 and 2026 notices (both pass). Notices for years before the revision
 * took effect (2025-01-01) are not checked: their statutory days were different.
 */
import type { Text } from '../../i18n.ts';
import { fromDayNumber, isWeekend, toDayNumber } from '../day-number.ts';
import type { NoticeYear, StatutoryHoliday } from '../types.ts';
import { statutoryDaysOf } from './statutory-days.ts';

/** The first year arranged under the 2024 revision (国务院令第795号, in force 2025-01-01). */
export const STATUTORY_REVISION_FIRST_YEAR = 2025;

export interface NoticeProblem {
  /** Path inside the notice entry (`holidays/1/off`). */
  path: (string | number)[];
  code: string;
  message: Text;
}

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export function checkStatutoryDays(statutory: readonly StatutoryHoliday[], notice: NoticeYear): NoticeProblem[] {
  if (notice.year < STATUTORY_REVISION_FIRST_YEAR) return [];
  const out: NoticeProblem[] = [];
  const law = statutoryDaysOf(statutory, notice.year);
  const holidayOf = new Map<number, number>();
  notice.holidays.forEach((h, hi) => {
    for (const d of h.off) holidayOf.set(toDayNumber(d), hi);
  });
  const held = notice.holidays.map(() => ({ days: 0, names: [] as Text[] }));
  for (const s of law) {
    for (const day of s.days) {
      const hi = holidayOf.get(day);
      const date = fromDayNumber(day);
      if (hi === undefined) {
        // Point at the holiday that holds the other days of this statutory holiday, if one does.
        const near = s.days.map((d) => holidayOf.get(d)).find((x) => x !== undefined);
        out.push({
          path: near === undefined ? ['holidays'] : ['holidays', near, 'off'],
          code: 'CAL_STATUTORY_DAY_NOT_OFF',
          message: {
            zh: `${date}（${s.holiday.name.zh}）是法定假日，但通知未将其列为放假日`,
            en: `${date} (${s.holiday.name.en}) is a statutory holiday but the notice does not list it as a day off`,
          },
        });
        continue;
      }
      const slot = held[hi]!;
      slot.days++;
      if (!slot.names.includes(s.holiday.name)) slot.names.push(s.holiday.name);
    }
  }
  notice.holidays.forEach((h, hi) => {
    const slot = held[hi]!;
    if (slot.days === 0) {
      out.push({
        path: ['holidays', hi, 'off'],
        code: 'CAL_HOLIDAY_NOT_STATUTORY',
        message: {
          zh: `“${h.name.zh}”的放假日中没有任何法定假日（${h.off.map(md).join('、') || '无'}）`,
          en: `"${h.name.en}" holds no statutory holiday among its days off (${h.off.join(', ') || 'none'})`,
        },
      });
      return;
    }
    const weekdaysOff = h.off.filter((d) => !isWeekend(toDayNumber(d))).length;
    if (weekdaysOff - h.makeup.length === slot.days) return;
    const names = { zh: slot.names.map((n) => n.zh).join('、'), en: slot.names.map((n) => n.en).join(', ') };
    out.push({
      path: ['holidays', hi, 'off'],
      code: 'CAL_STATUTORY_DAYS_MISMATCH',
      message: {
        zh: `“${h.name.zh}”放假日中周一至周五共${weekdaysOff}天，调休上班${h.makeup.length}天，相抵后为${weekdaysOff - h.makeup.length}天，应等于法定假日${names.zh}的${slot.days}天（法定假日逢周末须在工作日补假，其余放假的工作日须以周末调休上班抵换）`,
        en: `"${h.name.en}": ${weekdaysOff} weekday(s) off less ${h.makeup.length} make-up working day(s) is ${weekdaysOff - h.makeup.length}, but the statutory days of ${names.en} are ${slot.days} (a statutory day on a weekend is given back on a weekday; any other weekday off is swapped against a weekend make-up day)`,
      },
    });
  });
  return out;
}
