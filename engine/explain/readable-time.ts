/**
 * Dates and instants as an officer writes them in a note, not as ISO strings: `10月9日 24时`,
 * `9月30日 09:00`, en `9 Oct 24:00`, `30 Sep 09:00`. A deadline that ends at 00:00 (exclusive) is
 * the end of the day before (24时 / 24:00), so the text agrees with the deadline table's due date.
 * The year is written only when it differs from `year` (the year of the decision's asOf).
 */
import { partsFromDayNumber, toDayNumber } from '../calendar/day-number.ts';
import { parseInstant, shanghaiClock, shanghaiDay } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { Lang } from '../i18n.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayWords(day: number, lang: Lang, year: number | undefined): string {
  const [y, m, d] = partsFromDayNumber(day);
  if (lang === 'en') return y === year ? `${d} ${MONTHS[m - 1]}` : `${d} ${MONTHS[m - 1]} ${y}`;
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}

/** `2025-10-09` → 10月9日 / 9 Oct (with the year when it is not `year`). */
export function dateWords(date: string, lang: Lang, year?: number): string {
  return dayWords(toDayNumber(date), lang, year);
}

/** The end of a last day: `2025-10-09` → 10月9日 24时 / 9 Oct 24:00. */
export function dayEndWords(date: string, lang: Lang, year?: number): string {
  return `${dateWords(date, lang, year)} ${lang === 'en' ? '24:00' : '24时'}`;
}

/** An instant: 00:00 reads as 24时 of the day before; any other time as HH:mm. Not an instant: as given. */
export function instantWords(iso: string, lang: Lang, year?: number): string {
  let t: number;
  try {
    t = parseInstant(iso);
  } catch {
    return iso;
  }
  const clock = shanghaiClock(t);
  const day = shanghaiDay(t);
  if (clock === '00:00' && t % 60_000 === 0)
    return `${dayWords(day - 1, lang, year)} ${lang === 'en' ? '24:00' : '24时'}`;
  return `${dayWords(day, lang, year)} ${clock}`;
}

/** The year of an instant in Shanghai (the reference year of a decision's dates). */
export function yearOf(iso: string): number | undefined {
  try {
    return partsFromDayNumber(shanghaiDay(parseInstant(iso)))[0];
  } catch {
    return undefined;
  }
}

const CJK = /[\u3400-\u9fff]/;

/** A period literal in the language of the text: the office's own Chinese literal, or its canonical form. */
export function periodWords(literal: string, lang: Lang): string {
  if (lang === 'zh' && CJK.test(literal)) return literal;
  try {
    return formatPeriod(parsePeriod(literal), lang);
  } catch {
    return literal;
  }
}

const ISO_INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g;

/** Every ISO instant inside a text (a reason or message the decision carries) written as `instantWords`. */
export function readableInstants(text: string, lang: Lang, year?: number): string {
  return text.replace(ISO_INSTANT, (iso) => instantWords(iso, lang, year));
}
