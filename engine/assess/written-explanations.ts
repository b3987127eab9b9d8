/**
 * Clauses 2.5 (每月汇总市级回访不满意工单…要求书面反馈情况说明) and 4.8 (每月根据市级回访不满意工单
 * 情况…形成书面报告提交): every unit with city-level unsatisfied tickets in a month owes, under each
 * `monthly` rule, a written explanation due `period` after 24:00 of the month's last day.
 * The text gives no period; the rule set states one (`5个工作日` in the shipped reading).
 * 24:00 of the last day is the anchor, so counting always starts on the next month's 1st.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import { roleName } from '../evaluate/roles.ts';
import type { Text } from '../i18n.ts';
import type { MonthlyRule } from '../rules/types.ts';
import { explainFromMonthEnd } from './explain-period.ts';
import { formatDateLong, formatMonth, lastDayOfMonth, nextMonth } from './month.ts';
import { citeClause } from './phrases.ts';
import type { Month, WrittenExplanation } from './types.ts';

/** Tickets of one unit in one month (city level, 不满意). */
export interface UnitMonthTickets {
  month: Month;
  unit: string;
  ticketIds: string[];
}

/** What the obligation is called, by the clause that states it. */
const OBLIGATION_WORDS: Record<string, Text> = {
  '4.8': {
    zh: '梳理工单办结过程并形成书面报告提交',
    en: 'review how the tickets were handled and submit a written report',
  },
};
const DEFAULT_WORDS: Text = { zh: '书面反馈情况说明', en: 'give a written explanation' };

const MAX_IDS_SHOWN = 10;

export function writtenExplanationsFor(
  group: UnitMonthTickets,
  rules: readonly MonthlyRule[],
  calendar: Calendar,
  counting: CountingSettings,
): WrittenExplanation[] {
  const lastDay = lastDayOfMonth(group.month);
  const anchorAt = `${nextMonth(group.month)}-01T00:00:00+08:00`;
  return rules.map((rule) => {
    // Anchor on the last day with the start day not counted: the same as 24:00 of that day.
    const d = due(lastDay, rule.period, { calendar, counting: { ...counting, startDayCounted: false } });
    return {
      month: group.month,
      unit: group.unit,
      ticketIds: group.ticketIds,
      obligation: 'writtenExplanation',
      responsible: rule.responsible,
      reportTo: rule.reportTo,
      period: rule.period,
      from: 'monthEnd',
      anchorAt,
      dueDate: d.dueDate,
      dueAt: d.dueAt,
      provisional: d.provisional,
      ruleId: rule.id,
      clause: rule.clause,
      explanation: explain(group, rule, d.dueDate),
      counting: explainFromMonthEnd(d, lastDay),
    };
  });
}

function explain(group: UnitMonthTickets, rule: MonthlyRule, dueDate: string): Text {
  const cite = citeClause(rule.clause);
  const words = OBLIGATION_WORDS[rule.clause] ?? DEFAULT_WORDS;
  const who = roleName(rule.responsible);
  const to = rule.reportTo.map(roleName);
  const n = group.ticketIds.length;
  const shown = group.ticketIds.slice(0, MAX_IDS_SHOWN);
  const more = n > MAX_IDS_SHOWN;
  const idsZh = `${shown.join('、')}${more ? '等' : ''}`;
  const idsEn = `${shown.join(', ')}${more ? ', …' : ''}`;
  const toZh = to.length > 0 ? `，报送${to.map((t) => t.zh).join('、')}` : '';
  const toEn = to.length > 0 ? `, reported to ${to.map((t) => t.en).join(' and ')}` : '';
  return {
    zh: `依据${cite.zh}，${group.unit}${formatMonth(group.month, 'zh')}有市级回访不满意工单${n}件（${idsZh}），${who.zh}应于${formatDateLong(dueDate, 'zh')}24时前${words.zh}${toZh}。`,
    en: `Under ${cite.en}, ${group.unit} had ${n} city-level unsatisfied ticket${n === 1 ? '' : 's'} in ${formatMonth(group.month, 'en')} (${idsEn}); ${who.en} must ${words.en} by 24:00 on ${formatDateLong(dueDate, 'en')}${toEn}.`,
  };
}
