import { HotlineError } from '../errors.ts';

/**
 * Calendar dates as integers: days since 1970-01-01 (proleptic Gregorian). All date arithmetic
 * in the engine runs on these; `YYYY-MM-DD` strings are the interface. No `Date` object and no
 * local time zone is involved.
 */
export type DayNumber = number;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from civil (H. Hinnant's algorithm). */
export function dayNumberFromParts(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil from days: [year, month (1-12), day]. */
export function partsFromDayNumber(z: DayNumber): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function yearOfDayNumber(z: DayNumber): number {
  return partsFromDayNumber(z)[0];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDateString(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** `YYYY-MM-DD` → day number; throws `DATE_INVALID` on anything else. */
export function toDayNumber(date: string): DayNumber {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = fourDigits(date, 0);
    const m = twoDigits(date, 5);
    const d = twoDigits(date, 8);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return dayNumberFromParts(y, m, d);
  }
  throw new HotlineError('DATE_INVALID', {
    zh: `日期“${date}”无效，应为 YYYY-MM-DD 格式的真实日期`,
    en: `"${date}" is not a valid date; expected a real date written YYYY-MM-DD`,
  });
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}
function twoDigits(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}
function fourDigits(s: string, i: number): number {
  return twoDigits(s, i) * 100 + twoDigits(s, i + 2);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const CACHE_FROM = dayNumberFromParts(1991, 1, 1);
const CACHE_TO = dayNumberFromParts(2100, 1, 1);
const dateStrings: (string | undefined)[] = new Array(CACHE_TO - CACHE_FROM);

/** Day number → `YYYY-MM-DD` (memoised for 1991–2099: the engine formats the same dates over and over). */
export function fromDayNumber(z: DayNumber): string {
  const i = z - CACHE_FROM;
  if (i >= 0 && i < dateStrings.length) {
    const hit = dateStrings[i];
    if (hit !== undefined) return hit;
  }
  const [y, m, d] = partsFromDayNumber(z);
  const s = `${y}-${pad2(m)}-${pad2(d)}`;
  if (i >= 0 && i < dateStrings.length) dateStrings[i] = s;
  return s;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(z: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(z: DayNumber): boolean {
  return isoWeekday(z) >= 6;
}

const WEEKDAY_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(z: DayNumber, lang: 'zh' | 'en'): string {
  return (lang === 'en' ? WEEKDAY_EN : WEEKDAY_ZH)[isoWeekday(z)] ?? '';
}
