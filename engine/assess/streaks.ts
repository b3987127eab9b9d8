/**
 * Clause 2.7 "连续三个月排名末三位": for each month, how many calendar months in a row, ending
 * with it, each unit was in the bottom group. A month missing from the input, a month not ranked
 * (too few units), or a month in which the unit has no figure or is not in the bottom group
 * breaks the streak — consecutive means consecutive calendar months, each with evidence.
 */
import { formatMonth, nextMonth, previousMonth } from './month.ts';
import type { AssessmentWarning, Month, MonthRanking } from './types.ts';

/** Returns the rankings (sorted by month) with `streak` filled in, and a warning per missing month. */
export function withStreaks(rankings: readonly MonthRanking[]): {
  rankings: MonthRanking[];
  warnings: AssessmentWarning[];
} {
  const sorted = [...rankings].sort((a, b) => a.month.localeCompare(b.month));
  const streakOf = new Map<Month, Map<string, number>>();
  const out = sorted.map((r) => {
    const before = streakOf.get(previousMonth(r.month));
    const units = r.units.map((u) => ({ ...u, streak: u.bottom ? 1 + (before?.get(u.unit) ?? 0) : 0 }));
    streakOf.set(r.month, new Map(units.map((u) => [u.unit, u.streak])));
    return { ...r, units };
  });
  const warnings: AssessmentWarning[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]?.month;
    const cur = sorted[i]?.month;
    if (!prev || !cur) continue;
    for (let m = nextMonth(prev); m < cur; m = nextMonth(m)) {
      warnings.push({
        code: 'ASSESS_MONTH_MISSING',
        month: m,
        message: {
          zh: `缺少${formatMonth(m, 'zh')}的满意度数据：连续排名末位的月数在此中断`,
          en: `no satisfaction figures for ${formatMonth(m, 'en')}: consecutive bottom-ranked months restart after it`,
        },
      });
    }
  }
  return { rankings: out, warnings };
}

/** The months of a streak of `length` ending with `month`, oldest first. */
export function streakMonths(month: Month, length: number): Month[] {
  const out: Month[] = [];
  for (let i = 0, m = month; i < length; i++, m = previousMonth(m)) out.unshift(m);
  return out;
}
