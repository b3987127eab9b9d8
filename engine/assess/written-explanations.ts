/**
 * Monthly written explanations: every unit with counted revisit tickets in a month (the rule's
 * `counts`, e.g. Sheshan's city-level unsatisfied tickets) owes, under each `monthly` rule, a
 * written explanation. Where the text states no limit, the duty is shown without a due date. A rule may state one (`period`, a limit of the text) or carry a
 * limit the office set itself (`limit: { period, chosenBy: office }`), which the explanation calls
 * the office's own choice. A limit is counted from 24:00 of the month's last day, so counting
 * always starts on the next month's 1st.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type CountingSettings, type Due, due } from '../calendar/due.ts';
import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { MonthlyRule } from '../rules/types.ts';
import { explainFromMonthEnd } from './explain-period.ts';
import { COUNTED_TICKETS } from './group-tickets.ts';
import { formatDateLong, formatMonth, lastDayOfMonth, nextMonth } from './month.ts';
import { citeIn } from './phrases.ts';
import type { Month, WrittenExplanation } from './types.ts';

/** Counted tickets of one unit in one month. */
export interface UnitMonthTickets {
  month: Month;
  unit: string;
  ticketIds: string[];
}

const DEFAULT_WORDS: Text = { zh: '书面反馈情况说明', en: 'give a written explanation' };

const MAX_IDS_SHOWN = 10;

/** The rule's limit and who set it: the text (`period`), the office (`limit`), or none. */
export function monthlyLimit(rule: MonthlyRule): { period: string; chosenBy: 'text' | 'office' } | null {
  if (rule.period !== undefined) return { period: rule.period, chosenBy: 'text' };
  if (rule.limit !== undefined) return { period: rule.limit.period, chosenBy: rule.limit.chosenBy };
  return null;
}

export function writtenExplanationsFor(
  group: UnitMonthTickets,
  rules: readonly MonthlyRule[],
  calendar: Calendar,
  counting: CountingSettings,
  labels: Labels,
): WrittenExplanation[] {
  const lastDay = lastDayOfMonth(group.month);
  const anchorAt = `${nextMonth(group.month)}-01T00:00:00+08:00`;
  return rules.map((rule) => {
    const limit = monthlyLimit(rule);
    // Anchor on the last day with the start day not counted: the same as 24:00 of that day.
    const d = limit
      ? due(lastDay, limit.period, { calendar, counting: { ...counting, startDayCounted: false } })
      : null;
    return {
      month: group.month,
      unit: group.unit,
      ticketIds: group.ticketIds,
      obligation: 'writtenExplanation',
      responsible: rule.responsible,
      reportTo: rule.reportTo,
      period: limit?.period ?? null,
      limitChosenBy: limit?.chosenBy ?? null,
      from: 'monthEnd',
      anchorAt,
      dueDate: d?.dueDate ?? null,
      dueAt: d?.dueAt ?? null,
      provisional: d?.provisional ?? false,
      ruleId: rule.id,
      clause: rule.clause,
      explanation: explain(group, rule, d, limit?.chosenBy ?? null, labels),
      reportToNames: rule.reportTo.map(labels.role),
      counting: d ? explainFromMonthEnd(d, lastDay) : null,
    };
  });
}

function explain(
  group: UnitMonthTickets,
  rule: MonthlyRule,
  d: Due | null,
  chosenBy: 'text' | 'office' | null,
  labels: Labels,
): Text {
  const cite = citeIn(labels, rule.clause);
  const words = rule.duty ?? DEFAULT_WORDS;
  const who = labels.role(rule.responsible);
  const to = rule.reportTo.map(labels.role);
  const counted = rule.counts?.name ?? COUNTED_TICKETS;
  const n = group.ticketIds.length;
  const shown = group.ticketIds.slice(0, MAX_IDS_SHOWN);
  const more = n > MAX_IDS_SHOWN;
  const idsZh = `${shown.join('、')}${more ? '等' : ''}`;
  const idsEn = `${shown.join(', ')}${more ? ', …' : ''}`;
  const toZh = to.length > 0 ? `，报送${to.map((t) => t.zh).join('、')}` : '';
  const toEn = to.length > 0 ? `, reported to ${to.map((t) => t.en).join(' and ')}` : '';
  const whenZh = d ? `于${formatDateLong(d.dueDate, 'zh')}24时前` : '';
  const whenEn = d ? ` by 24:00 on ${formatDateLong(d.dueDate, 'en')}` : '';
  const noteZh =
    chosenBy === null
      ? '（原文未规定期限，不设截止日期）'
      : chosenBy === 'office'
        ? '（本单位自定期限，原文未规定）'
        : '';
  const noteEn =
    chosenBy === null
      ? ' (the text states no limit, so no due date is set)'
      : chosenBy === 'office'
        ? ' (a limit the office set; the text states none)'
        : '';
  return {
    zh: `依据${cite.zh}，${group.unit}${formatMonth(group.month, 'zh')}有${counted.zh}${n}件（${idsZh}），${who.zh}应${whenZh}${words.zh}${toZh}${noteZh}。`,
    en: `Under ${cite.en}, ${group.unit} had ${n} ${counted.en}${n === 1 ? '' : 's'} in ${formatMonth(group.month, 'en')} (${idsEn}); ${who.en} must ${words.en}${whenEn}${toEn}${noteEn}.`,
  };
}
