/**
 * Clause 2.7 "市民满意度排名末三位": one month's units ranked by satisfaction, worst first.
 *
 * Ties (a stated reading; the text is silent): ranks are standard competition ranks counted from
 * the bottom — a unit's `rankFromBottom` is 1 + the number of units strictly worse — and a unit
 * is in the bottom group iff that rank is ≤ bottomN. So every unit tied with the N-th worst is
 * in (80, 85, 90, 90, 95 → four units), and a tie straddling the boundary is in as a whole
 * (80, 85, 85, 85, 90 → four units). Nobody is dropped by an arbitrary tie-break; a warning says
 * when the group is larger than N.
 *
 * A month with no more units than N is not ranked (everyone would be "bottom"): a warning says
 * so and only the hotspot / media flags of that month apply.
 */
import { formatMonth } from './month.ts';
import { bottomPhrase, ordinal } from './phrases.ts';
import type { AssessmentWarning, MonthRanking, RankedUnit, SatisfactionMonth } from './types.ts';

export function rankMonth(
  input: SatisfactionMonth,
  bottomN: number,
): { ranking: MonthRanking; warnings: AssessmentWarning[] } {
  const warnings: AssessmentWarning[] = [];
  const { month } = input;
  const sorted = input.units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => a.u.satisfaction - b.u.satisfaction || a.i - b.i)
    .map(({ u }) => u);
  const ranked = sorted.length > bottomN;
  const units: RankedUnit[] = sorted.map((u) => {
    const worse = sorted.filter((o) => o.satisfaction < u.satisfaction).length;
    const better = sorted.filter((o) => o.satisfaction > u.satisfaction).length;
    const rankFromBottom = worse + 1;
    return {
      unit: u.unit,
      satisfaction: u.satisfaction,
      rank: better + 1,
      rankFromBottom,
      bottom: ranked && rankFromBottom <= bottomN,
      tied: sorted.some((o) => o !== u && o.satisfaction === u.satisfaction),
      streak: 0,
      hotspot: u.hotspot === true,
      mediaExposed: u.mediaExposed === true,
    };
  });
  const bottom = units.filter((u) => u.bottom);
  const m = { zh: formatMonth(month, 'zh'), en: formatMonth(month, 'en') };
  const phrase = bottomPhrase(bottomN);
  if (!ranked) {
    warnings.push({
      code: 'ASSESS_TOO_FEW_UNITS',
      month,
      message: {
        zh: `${m.zh}只有${units.length}个单位的满意度数据，不超过${phrase.zh}的单位数，未排名（仅按热点诉求、媒体曝光标记判断）`,
        en: `${m.en} has satisfaction figures for only ${units.length} unit(s), no more than the ${phrase.en}; not ranked (only the hotspot and media flags apply)`,
      },
    });
  } else if (bottom.length > bottomN) {
    const boundary = Math.max(...bottom.map((u) => u.rankFromBottom));
    const tiedNames = bottom.filter((u) => u.rankFromBottom === boundary).map((u) => u.unit);
    warnings.push({
      code: 'ASSESS_TIE_AT_BOUNDARY',
      month,
      message: {
        zh: `${m.zh}满意度并列（${tiedNames.join('、')}），${phrase.zh}共${bottom.length}个单位：与倒数第${bottomN}名并列的单位均计入`,
        en: `${m.en}: tied satisfaction (${tiedNames.join(', ')}); the ${phrase.en} are ${bottom.length} units, as every unit tied with the ${ordinal(bottomN)} worst is included`,
      },
    });
  }
  return { ranking: { month, ranked, units, bottomCount: bottom.length }, warnings };
}
