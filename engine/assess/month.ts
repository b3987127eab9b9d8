/** `YYYY-MM` months: checks, neighbours, last day, and how they read in zh/en. */
import { dayNumberFromParts, fromDayNumber } from '../calendar/day-number.ts';
import { parseInstant, shanghaiDay } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import type { Lang } from '../i18n.ts';
import type { Month } from './types.ts';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_RE.test(value);
}

/** Throws `MONTH_INVALID` unless `value` is `YYYY-MM`. */
export function assertMonth(value: string): Month {
  if (isMonth(value)) return value;
  throw new HotlineError('MONTH_INVALID', {
    zh: `“${value}”不是月份，应为 YYYY-MM（如 2025-09）`,
    en: `"${value}" is not a month; expected YYYY-MM (e.g. 2025-09)`,
  });
}

function parts(month: Month): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function make(y: number, m: number): Month {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function previousMonth(month: Month): Month {
  const [y, m] = parts(month);
  return m === 1 ? make(y - 1, 12) : make(y, m - 1);
}

export function nextMonth(month: Month): Month {
  const [y, m] = parts(month);
  return m === 12 ? make(y + 1, 1) : make(y, m + 1);
}

/** `YYYY-MM-DD` of the month's last day. */
export function lastDayOfMonth(month: Month): string {
  const [y, m] = parts(nextMonth(month));
  return fromDayNumber(dayNumberFromParts(y, m, 1) - 1);
}

/** The Shanghai month of a date or an instant (`2025-09-30T16:30:00Z` is 2025-10); throws on an invalid one. */
export function monthOfInstant(value: string): Month {
  return fromDayNumber(shanghaiDay(parseInstant(value))).slice(0, 7);
}

/** `2025年9月` / `September 2025`. */
export function formatMonth(month: Month, lang: Lang): string {
  const [y, m] = parts(month);
  return lang === 'en' ? `${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/** `2025年7月至2025年9月` / `July to September 2025`. */
export function formatMonthRange(from: Month, to: Month, lang: Lang): string {
  if (from === to) return formatMonth(from, lang);
  if (lang === 'en') {
    const [fy, fm] = parts(from);
    const [ty] = parts(to);
    return fy === ty
      ? `${EN_MONTHS[fm - 1]} to ${formatMonth(to, 'en')}`
      : `${formatMonth(from, 'en')} to ${formatMonth(to, 'en')}`;
  }
  return `${formatMonth(from, 'zh')}至${formatMonth(to, 'zh')}`;
}

/** `2025年9月30日` / `30 September 2025`. */
export function formatDateLong(date: string, lang: Lang): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return lang === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}
