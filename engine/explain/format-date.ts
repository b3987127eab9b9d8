import { toDayNumber, weekdayName } from '../calendar/day-number.ts';
import type { Lang } from '../i18n.ts';
import { dateWords } from './readable-time.ts';

/** `10月11日（星期六）` / `Sat 11 Oct`. */
export function monthDay(date: string, lang: Lang, withWeekday = false): string {
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (lang === 'en') {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const base = `${d} ${months[m - 1]}`;
    return withWeekday ? `${weekdayName(toDayNumber(date), 'en').slice(0, 3)} ${base}` : base;
  }
  const base = `${m}月${d}日`;
  return withWeekday ? `${base}（${weekdayName(toDayNumber(date), 'zh')}）` : base;
}

/** A date range of one holiday: `10月1日至10月8日`, or a single day. */
export function dayRange(from: string, to: string, lang: Lang): string {
  if (from === to) return monthDay(from, lang);
  return lang === 'en'
    ? `${monthDay(from, lang)} to ${monthDay(to, lang)}`
    : `${monthDay(from, lang)}至${monthDay(to, lang)}`;
}

/**
 * `2025年9月30日（星期二）` / `Tuesday 30 Sep 2025`; without the year when it is `year` (the year a
 * text has already named): `10月14日（星期二）` / `Tuesday 14 Oct`.
 */
export function dateWithWeekday(date: string, lang: Lang, year?: number): string {
  const wd = weekdayName(toDayNumber(date), lang);
  return lang === 'en' ? `${wd} ${dateWords(date, lang, year)}` : `${dateWords(date, lang, year)}（${wd}）`;
}
