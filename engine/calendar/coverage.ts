import { HotlineError } from '../errors.ts';
import type { Text } from '../i18n.ts';
import type { Calendar } from './calendar.ts';
import { type DayNumber, dayNumberFromParts, fromDayNumber, toDayNumber, yearOfDayNumber } from './day-number.ts';

/**
 * Coverage: a date of year Y is known when the State Council notice for Y is loaded. Because the
 * notice for Y+1 may still turn days of late December of Y into days off or make-up days (it did
 * for 2011-12-31), the days of Y from `nextNoticeMayChangeFrom` (12-25) on are known only when the
 * notice for Y+1 is loaded too. Anything else is provisional: statutory days of the 2024 revision
 * of 《全国年节及纪念日放假办法》, no make-up days.
 */
export interface CoverageGap {
  /** First and last date of the range that is not covered. */
  from: string;
  to: string;
  /** The notice year whose absence makes it provisional. */
  missingNoticeYear: number;
}

/** The answer of a range that is covered (shared: callers only read it). */
const COVERED: readonly CoverageGap[] = Object.freeze([]);

export function coverageGaps(calendar: Calendar, from: DayNumber, to: DayNumber): readonly CoverageGap[] {
  // Fast path, no allocation: every year of the range has its notice loaded, and the range ends
  // before the last year's tail (late December) or the next year's notice is loaded too.
  const lo0 = from < to ? from : to;
  const hi0 = from < to ? to : from;
  const years = calendar.noticeYears;
  const y1 = yearOfDayNumber(hi0);
  let loadedAll = true;
  for (let y = yearOfDayNumber(lo0); y <= y1 && loadedAll; y++) loadedAll = years.includes(y);
  if (loadedAll) {
    const tail = dayNumberFromParts(y1, calendar.nextNoticeMayChangeFrom.month, calendar.nextNoticeMayChangeFrom.day);
    if (hi0 < tail || years.includes(y1 + 1)) return COVERED;
  }
  const gaps: CoverageGap[] = [];
  const loaded = new Set(calendar.noticeYears);
  const { month, day } = calendar.nextNoticeMayChangeFrom;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  for (let y = yearOfDayNumber(lo); y <= yearOfDayNumber(hi); y++) {
    const yStart = dayNumberFromParts(y, 1, 1);
    const tail = dayNumberFromParts(y, month, day);
    const yEnd = dayNumberFromParts(y + 1, 1, 1) - 1;
    const push = (a: DayNumber, b: DayNumber, missing: number) => {
      const s = Math.max(a, lo);
      const e = Math.min(b, hi);
      if (s > e) return;
      const prev = gaps[gaps.length - 1];
      if (prev && prev.missingNoticeYear === missing && toDayNumber(prev.to) + 1 === s) prev.to = fromDayNumber(e);
      else gaps.push({ from: fromDayNumber(s), to: fromDayNumber(e), missingNoticeYear: missing });
    };
    if (!loaded.has(y)) push(yStart, yEnd, y);
    else if (!loaded.has(y + 1)) push(tail, yEnd, y + 1);
  }
  return gaps;
}

export function gapWarning(gap: CoverageGap): Text {
  return {
    zh: `${gap.from}至${gap.to}未载入国务院办公厅${gap.missingNoticeYear}年部分节假日安排通知，按《全国年节及纪念日放假办法》（2024年修订）的法定假日临时推算（不含调休），结果为临时结果`,
    en: `${gap.from} to ${gap.to}: the State Council holiday notice for ${gap.missingNoticeYear} is not loaded; computed provisionally from the statutory holidays of the 2024 revision (no make-up working days)`,
  };
}

/** Strict mode: refuse a computation that touches a provisional range. */
export function assertCovered(calendar: Calendar, from: DayNumber, to: DayNumber): void {
  const gaps = coverageGaps(calendar, from, to);
  const gap = gaps[0];
  if (!gap) return;
  throw new HotlineError(
    'CALENDAR_NOT_COVERED',
    {
      zh: `严格模式：计算涉及${gap.from}至${gap.to}，但未载入国务院办公厅关于${gap.missingNoticeYear}年部分节假日安排的通知，拒绝临时推算`,
      en: `strict mode: the computation touches ${gap.from} to ${gap.to}, but the State Council holiday notice for ${gap.missingNoticeYear} is not loaded; refusing a provisional result`,
    },
    { gaps },
  );
}
