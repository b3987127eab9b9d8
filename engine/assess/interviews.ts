/**
 * Clause 2.7 通报约谈: who is interviewed, by whom, for one ranked month.
 * - bottom group (末三位) → one-to-one interview by `interviewer.bottom` (分管热线工作镇领导);
 * - bottom group for `consecutiveMonths` months running, or a hotspot (集中性热点诉求), or media
 *   exposure / wide social impact → `interviewer.repeated` (镇主要领导), whatever the rank.
 * One interview per unit and month: the principal leader's takes the place of the leader in
 * charge's, and lists every reason (a stated reading; the text names the two as alternatives).
 */

import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { AssessmentRule } from '../rules/types.ts';
import { formatMonth, formatMonthRange } from './month.ts';
import { bottomPhrase, citeIn, rankDetail } from './phrases.ts';
import { streakMonths } from './streaks.ts';
import type { Interview, InterviewReason, MonthRanking, RankedUnit } from './types.ts';

export function interviewsFor(ranking: MonthRanking, rule: AssessmentRule, labels: Labels): Interview[] {
  const out: Interview[] = [];
  for (const u of ranking.units) {
    const reasons: InterviewReason[] = [];
    if (u.bottom) reasons.push('bottom');
    if (u.streak >= rule.consecutiveMonths) reasons.push('consecutive');
    if (u.hotspot) reasons.push('hotspot');
    if (u.mediaExposed) reasons.push('mediaExposed');
    if (reasons.length === 0) continue;
    const interviewer = reasons.some((r) => r !== 'bottom') ? rule.interviewer.repeated : rule.interviewer.bottom;
    const months = u.bottom ? streakMonths(ranking.month, u.streak) : [];
    out.push({
      month: ranking.month,
      unit: u.unit,
      interviewer,
      interviewerName: labels.role(interviewer),
      reasons,
      satisfaction: u.satisfaction,
      rankFromBottom: ranking.ranked ? u.rankFromBottom : null,
      unitsInMonth: ranking.units.length,
      streak: u.streak,
      streakMonths: months,
      ruleId: rule.id,
      clause: rule.clause,
      explanation: explain(ranking, u, reasons, months, rule, labels.role(interviewer), labels),
    });
  }
  return out;
}

function explain(
  ranking: MonthRanking,
  u: RankedUnit,
  reasons: InterviewReason[],
  months: string[],
  rule: AssessmentRule,
  interviewer: Text,
  labels: Labels,
): Text {
  const cite = citeIn(labels, rule.clause);
  const bottom = bottomPhrase(rule.bottomN);
  const m = { zh: formatMonth(ranking.month, 'zh'), en: formatMonth(ranking.month, 'en') };
  const detail = rankDetail(u, ranking.units.length);
  const zh: string[] = [];
  const en: string[] = [];
  for (const r of reasons) {
    if (r === 'bottom') {
      zh.push(`市民满意度排名${bottom.zh}（${detail.zh}）`);
      en.push(`ranked in the ${bottom.en} for citizen satisfaction in ${m.en} (${detail.en})`);
    } else if (r === 'consecutive') {
      const first = months[0] ?? ranking.month;
      zh.push(`已连续${u.streak}个月（${formatMonthRange(first, ranking.month, 'zh')}）排名${bottom.zh}`);
      en.push(
        `has been in the ${bottom.en} for ${u.streak} consecutive months (${formatMonthRange(first, ranking.month, 'en')})`,
      );
    } else if (r === 'hotspot') {
      zh.push('存在集中性热点诉求');
      en.push(`had concentrated hotspot demands in ${m.en}`);
    } else {
      zh.push('被媒体曝光或社会面影响较大');
      en.push(`was exposed by the media or had a wide social impact in ${m.en}`);
    }
  }
  return {
    zh: `依据${cite.zh}，${u.unit}${m.zh}${zh.join('，')}，由${interviewer.zh}进行“一对一”约谈提醒。`,
    en: `Under ${cite.en}, ${u.unit} ${en.join(', and ')}; ${interviewer.en} holds a one-to-one reminder interview.`,
  };
}
