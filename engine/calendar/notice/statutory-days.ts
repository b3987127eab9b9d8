/**
 * The statutory days off of one year under 《全国年节及纪念日放假办法》, per holiday: the calendar
 * file's `statutory` rules (date-holidays syntax; lunar and solar-term dates are computed by
 * date-holidays) plus each holiday's length and the days before its date (除夕).
 */
import Holidays from 'date-holidays';
import { type DayNumber, toDayNumber } from '../day-number.ts';
import type { StatutoryHoliday } from '../types.ts';

export interface StatutoryDays {
  holiday: StatutoryHoliday;
  days: DayNumber[];
}

const engines = new WeakMap<readonly StatutoryHoliday[], Holidays>();

export function statutoryDaysOf(holidays: readonly StatutoryHoliday[], year: number): StatutoryDays[] {
  let hd = engines.get(holidays);
  if (!hd) {
    hd = new Holidays();
    for (const h of holidays) hd.setHoliday(h.rule, { name: { zh: h.name.zh }, type: 'public' });
    engines.set(holidays, hd);
  }
  const found = hd.getHolidays(year, 'zh');
  const out: StatutoryDays[] = [];
  for (const h of holidays) {
    const hit = found.find((f) => f.rule === h.rule);
    if (!hit) continue;
    const first = toDayNumber(hit.date.slice(0, 10)) - h.daysBefore;
    out.push({ holiday: h, days: Array.from({ length: h.days }, (_, i) => first + i) });
  }
  return out;
}
