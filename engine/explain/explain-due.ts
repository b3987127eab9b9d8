import type { Due } from '../calendar/due.ts';
import { shanghaiClock } from '../calendar/instant.ts';
import { formatPeriod } from '../calendar/period.ts';
import type { Lang } from '../i18n.ts';
import { dateWithWeekday, dayRange, monthDay } from './format-date.ts';
import { dayEndWords, instantWords } from './readable-time.ts';

/**
 * One paragraph saying how a period was counted, as an officer would write it: where it starts,
 * each holiday passed over, each make-up working day counted, where it ends. Dates as a note writes
 * them (the year once, at the start; a deadline ending at 00:00 is 24时 of the day before):
 * 「自2025年9月30日（星期二）10:00起算5个工作日：当日不计入，次日起算；国庆节、中秋节假期10月1日至10月8日不计；…；
 * 第5个工作日为10月14日（星期二），截止10月14日 24时。」 The exact instant is the deadline's `dueAt`.
 */
export function explainDue(d: Due, lang: Lang = 'zh'): string {
  return lang === 'en' ? explainEn(d) : explainZh(d);
}

/** The year the text names at its start: later dates in the same year leave it out. */
const yearOfDate = (date: string) => Number(date.slice(0, 4));

function explainZh(d: Due): string {
  const start = d.anchorAt.slice(0, 10);
  const y = yearOfDate(start);
  const clock = shanghaiClock(d.anchorMs);
  if (d.period.unit === 'sameDay') return sameDayZh(d, start, clock);
  const period = formatPeriod(d.period, 'zh');
  const head = `自${dateWithWeekday(start, 'zh')}${clock}起算${period}`;
  if (d.period.unit === 'hour') {
    return `${head}：按小时自该时刻起连续计算，节假日照常计入，截止${instantWords(d.dueAt, 'zh', y)}。`;
  }
  const parts: string[] = [d.counting.startDayCounted ? '当日计入' : '当日不计入，次日起算'];
  if (d.period.unit === 'workday') {
    for (const s of d.skipped) parts.push(`${s.holiday.zh}假期${dayRange(s.from, s.to, 'zh')}不计`);
    if (d.weekendDaysSkipped > 0) parts.push(`其间周末${d.weekendDaysSkipped}天不计`);
    for (const m of d.makeupCounted) parts.push(`${monthDay(m.date, 'zh', true)}${m.holiday.zh}调休上班计入`);
    parts.push(`第${d.period.amount}个工作日为${dateWithWeekday(d.dueDate, 'zh', y)}`);
  } else {
    for (const s of d.skipped) parts.push(`其间${s.holiday.zh}假期${dayRange(s.from, s.to, 'zh')}照常计入自然日`);
    if (d.movedFrom) parts.push(`最后一日${dateWithWeekday(d.movedFrom, 'zh', y)}为休息日，顺延至下一个工作日`);
    else parts.push(`第${d.period.amount}日为${dateWithWeekday(d.dueDate, 'zh', y)}${keptZh(d)}`);
  }
  const tail = `截止${dayEndWords(d.dueDate, 'zh', y)}`;
  const provisional = d.provisional ? `注意：${d.warnings.map((w) => w.zh).join('；')}。` : '';
  return `${head}：${parts.join('；')}，${tail}。${provisional}`;
}

function explainEn(d: Due): string {
  const start = d.anchorAt.slice(0, 10);
  const y = yearOfDate(start);
  const clock = shanghaiClock(d.anchorMs);
  if (d.period.unit === 'sameDay') return sameDayEn(d, start, clock);
  const period = formatPeriod(d.period, 'en');
  const head = `${period} from ${dateWithWeekday(start, 'en')} ${clock}`;
  if (d.period.unit === 'hour') {
    return `${head}: hours run from that instant without regard to holidays; due ${instantWords(d.dueAt, 'en', y)}.`;
  }
  const parts: string[] = [d.counting.startDayCounted ? 'the start day counts' : 'the start day is not counted'];
  if (d.period.unit === 'workday') {
    for (const s of d.skipped) parts.push(`${s.holiday.en} holiday ${dayRange(s.from, s.to, 'en')} skipped`);
    if (d.weekendDaysSkipped > 0)
      parts.push(`${d.weekendDaysSkipped} weekend day${d.weekendDaysSkipped === 1 ? '' : 's'} skipped`);
    for (const m of d.makeupCounted)
      parts.push(`${monthDay(m.date, 'en', true)} counted (make-up working day for ${m.holiday.en})`);
    parts.push(`working day ${d.period.amount} is ${dateWithWeekday(d.dueDate, 'en', y)}`);
  } else {
    for (const s of d.skipped)
      parts.push(`the ${s.holiday.en} holiday ${dayRange(s.from, s.to, 'en')} counts as natural days`);
    if (d.movedFrom)
      parts.push(`the last day, ${dateWithWeekday(d.movedFrom, 'en', y)}, is a day off: moved to the next working day`);
    else parts.push(`day ${d.period.amount} is ${dateWithWeekday(d.dueDate, 'en', y)}${keptEn(d)}`);
  }
  const provisional = d.provisional ? ` Note: ${d.warnings.map((w) => w.en).join('; ')}.` : '';
  return `${head}: ${parts.join('; ')}; due by ${dayEndWords(d.dueDate, 'en', y)}.${provisional}`;
}

/** A natural-day end kept on a day off (`naturalDayEndOnHoliday: keep`) says so, naming the holiday. */
function keptZh(d: Due): string {
  if (!d.keptOnDayOff) return '';
  const day = d.keptOnDayOff.holiday ? `${d.keptOnDayOff.holiday.zh}假期` : '休息日';
  return `，该日为${day}，按本规则集的解读不顺延`;
}

function keptEn(d: Due): string {
  if (!d.keptOnDayOff) return '';
  const day = d.keptOnDayOff.holiday ? `a ${d.keptOnDayOff.holiday.en} holiday` : 'a day off';
  return `, which is ${day}; under this rule set's reading the deadline is not moved`;
}

/**
 * `当日`: the anchor's own day. 「自2025年10月1日（星期三）10:00起当日办理：期限为当日，按自然日计，该日为国庆节、中秋节假期，
 * 当日期限不顺延；截止10月1日 24时。」
 */
function sameDayZh(d: Due, start: string, clock: string): string {
  const off = d.keptOnDayOff
    ? `，该日为${d.keptOnDayOff.holiday ? `${d.keptOnDayOff.holiday.zh}假期` : '休息日'}，当日期限不顺延`
    : '';
  return `自${dateWithWeekday(start, 'zh')}${clock}起当日办理：期限为当日，按自然日计${off}；截止${dayEndWords(d.dueDate, 'zh', yearOfDate(start))}。`;
}

function sameDayEn(d: Due, start: string, clock: string): string {
  const off = d.keptOnDayOff
    ? `; it is ${d.keptOnDayOff.holiday ? `a ${d.keptOnDayOff.holiday.en} holiday` : 'a day off'}, and a same-day limit is not moved`
    : '';
  return `The same day as ${dateWithWeekday(start, 'en')} ${clock}: the limit is that calendar day${off}; due by ${dayEndWords(d.dueDate, 'en', yearOfDate(start))}.`;
}
