/**
 * Clause 2.9 走访调研, the follow-up of 2.7: "针对承办单位处置实效不佳、排名靠后等突出问题，由城运中心
 * 组织综合网格力量，开展走访调研". "排名靠后" is read as the same bottom group that 2.7 ranks (a
 * stated reading); hotspot and media flags alone do not make a unit poorly ranked.
 */

import type { Labels } from '../explain/labels.ts';
import type { AssessmentRule } from '../rules/types.ts';
import { formatMonth } from './month.ts';
import { bottomPhrase, citeIn, ordinal } from './phrases.ts';
import type { FieldVisit, MonthRanking } from './types.ts';

export function fieldVisitsFor(ranking: MonthRanking, rule: AssessmentRule, labels: Labels): FieldVisit[] {
  const { clause, by } = rule.fieldVisit;
  const cite = citeIn(labels, clause);
  const byName = labels.role(by);
  const bottom = bottomPhrase(rule.bottomN);
  const m = { zh: formatMonth(ranking.month, 'zh'), en: formatMonth(ranking.month, 'en') };
  return ranking.units
    .filter((u) => u.bottom)
    .map((u) => ({
      month: ranking.month,
      unit: u.unit,
      by,
      byName,
      satisfaction: u.satisfaction,
      rankFromBottom: u.rankFromBottom,
      ruleId: rule.id,
      clause,
      explanation: {
        zh: `依据${cite.zh}，${u.unit}${m.zh}市民满意度排名靠后（${bottom.zh}，倒数第${u.rankFromBottom}位），由${byName.zh}组织开展走访调研，了解存在困难和实际情况，交流研商解决问题对策。`,
        en: `Under ${cite.en}, ${u.unit} ranked poorly for citizen satisfaction in ${m.en} (${bottom.en}, ${ordinal(u.rankFromBottom)} from the bottom); ${byName.en} organises a field visit to learn its difficulties and agree on solutions.`,
      },
    }));
}
