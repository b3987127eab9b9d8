import { HotlineError } from '../errors.ts';
import { type DayNumber, dayNumberFromParts, fromDayNumber, partsFromDayNumber } from './day-number.ts';

/**
 * Instants are epoch milliseconds. The engine's time zone is Asia/Shanghai, a fixed +08:00
 * offset (no daylight saving since 1991), so the local date of an instant is arithmetic, never
 * the server's local time.
 */
export type Instant = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const SHANGHAI_OFFSET_MS = 8 * MS_PER_HOUR;

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function invalid(value: string): HotlineError {
  return new HotlineError('INSTANT_INVALID', {
    zh: `时间“${value}”无效，应为 ISO 8601 格式，例如 2025-09-30T10:00:00+08:00（不带时区时按北京时间）`,
    en: `"${value}" is not a valid instant; expected ISO 8601 such as 2025-09-30T10:00:00+08:00 (no offset means Asia/Shanghai)`,
  });
}

/**
 * Parses an ISO 8601 date-time. Without an offset it is Shanghai time; a bare date is 00:00 of
 * that day in Shanghai.
 */
export function parseInstant(value: string): Instant {
  if (typeof value !== 'string') throw invalid(String(value));
  return parseInstantUncached(value);
}

function parseInstantUncached(value: string): Instant {
  const fast = parseCommonInstant(value);
  if (fast !== null) return fast;
  const m = INSTANT_RE.exec(value.trim());
  if (!m) throw invalid(value);
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = hs === undefined ? 0 : Number(hs);
  const mi = mis === undefined ? 0 : Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 59) throw invalid(value);
  const day = dayNumberFromParts(y, mo, d);
  const [cy, cm, cd] = partsFromDayNumber(day);
  if (cy !== y || cm !== mo || cd !== d) throw invalid(value);
  if (h === 24 && (mi !== 0 || s !== 0)) throw invalid(value);
  let offsetMs = SHANGHAI_OFFSET_MS;
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offsetMs = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 18 || om > 59) throw invalid(value);
      offsetMs = sign * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
    }
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  return day * MS_PER_DAY + h * MS_PER_HOUR + mi * MS_PER_MINUTE + s * 1000 + ms - offsetMs;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a Gregorian month (February 29 in leap years). */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) return 29;
  return MONTH_DAYS[mo - 1]!;
}

function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The form the engine itself writes, `YYYY-MM-DDTHH:mm:ss+08:00` (or `Z`, or without seconds),
 * read without a regular expression; anything else (or anything invalid) goes to the full parser.
 */
function parseCommonInstant(s: string): Instant | null {
  const n = s.length;
  if (n !== 25 && n !== 22 && n !== 20 && n !== 17) return null;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58)
    return null;
  const withSeconds = n === 25 || n === 20;
  if (withSeconds && s.charCodeAt(16) !== 58) return null;
  const zoneAt = withSeconds ? 19 : 16;
  let offset: number;
  if (n - zoneAt === 1 && s.charCodeAt(zoneAt) === 90) offset = 0;
  else if (
    n - zoneAt === 6 &&
    s.charCodeAt(zoneAt) === 43 && // +
    s.charCodeAt(zoneAt + 1) === 48 && // 0
    s.charCodeAt(zoneAt + 2) === 56 && // 8
    s.charCodeAt(zoneAt + 3) === 58 && // :
    s.charCodeAt(zoneAt + 4) === 48 &&
    s.charCodeAt(zoneAt + 5) === 48
  ) {
    offset = SHANGHAI_OFFSET_MS;
  } else return null;
  const y = d2(s, 0) * 100 + d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  const sec = withSeconds ? d2(s, 17) : 0;
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59) {
    return null; // 24:00, a day the month lacks and other edge cases: the full parser decides
  }
  if (sec < 0 || sec > 59) return null;
  return dayNumberFromParts(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR + mi * MS_PER_MINUTE + sec * 1000 - offset;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

const YEAR_1000 = dayNumberFromParts(1000, 1, 1);
const YEAR_10000 = dayNumberFromParts(10000, 1, 1);
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** Always `YYYY-MM-DDTHH:mm:ss+08:00` (milliseconds only when present). */
export function formatInstant(t: Instant): string {
  const local = t + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const rest = local - day * MS_PER_DAY;
  let date: string;
  if (day >= YEAR_1000 && day < YEAR_10000) date = fromDayNumber(day);
  else {
    const [y, m, d] = partsFromDayNumber(day);
    date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
  const h = Math.floor(rest / MS_PER_HOUR);
  const mi = Math.floor((rest % MS_PER_HOUR) / MS_PER_MINUTE);
  const s = Math.floor((rest % MS_PER_MINUTE) / 1000);
  const ms = rest % 1000;
  const frac = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${date}T${TWO[h]}:${TWO[mi]}:${TWO[s]}${frac}+08:00`;
}

/** The Shanghai calendar date of an instant. */
export function shanghaiDay(t: Instant): DayNumber {
  return Math.floor((t + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/** 00:00 Shanghai time of a date. */
export function startOfShanghaiDay(day: DayNumber): Instant {
  return day * MS_PER_DAY - SHANGHAI_OFFSET_MS;
}

/** `HH:mm` of an instant in Shanghai. */
export function shanghaiClock(t: Instant): string {
  const rest = (((t + SHANGHAI_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return `${pad(Math.floor(rest / MS_PER_HOUR))}:${pad(Math.floor((rest % MS_PER_HOUR) / MS_PER_MINUTE))}`;
}
