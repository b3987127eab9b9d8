/**
 * Knowledge-base updates (Sheshan 5.2: the unit reports a new policy within `5日` of its
 * publication). A natural-day period; the day of publication is not counted, and
 * whether a last day on a holiday moves is the rule set's `naturalDayEndOnHoliday` setting
 * (`keep` by default: published 2025-09-30 → due 2025-10-05, a National Day holiday).
 */
import type { Calendar } from '../calendar/calendar.ts';
import { getDayInfo } from '../calendar/day-info.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import { formatPeriod } from '../calendar/period.ts';
import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { KnowledgeBaseRule } from '../rules/types.ts';
import { explainFromPublication } from './explain-period.ts';
import { formatDateLong } from './month.ts';
import { citeIn } from './phrases.ts';
import type { KnowledgeBaseDeadline, PolicyPublication } from './types.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function knowledgeBaseDeadlines(
  p: PolicyPublication,
  rules: readonly KnowledgeBaseRule[],
  calendar: Calendar,
  counting: CountingSettings,
  labels: Labels,
): KnowledgeBaseDeadline[] {
  const dateOnly = DATE_ONLY.test(p.published.trim());
  return rules.map((rule) => {
    const d = due(p.published.trim(), rule.period, { calendar, counting });
    const cite = citeIn(labels, rule.clause);
    const who = p.unit ?? labels.role(rule.responsible).zh;
    const whoEn = p.unit ?? labels.role(rule.responsible).en;
    const day = d.anchorAt.slice(0, 10);
    const moved = endNote(calendar, d.dueDate, d.movedFrom);
    const to = rule.reportTo ? labels.role(rule.reportTo) : null;
    return {
      policy: p.policy,
      unit: p.unit ?? null,
      published: p.published,
      obligation: 'knowledgeBaseReport',
      responsible: rule.responsible,
      period: rule.period,
      from: 'published',
      anchorAt: d.anchorAt,
      dueDate: d.dueDate,
      dueAt: d.dueAt,
      movedFrom: d.movedFrom,
      provisional: d.provisional,
      ruleId: rule.id,
      clause: rule.clause,
      explanation: {
        zh: `依据${cite.zh}，《${p.policy}》于${formatDateLong(day, 'zh')}公布，${who}应自公布之日起${rule.period}内${to ? `报${to.zh}` : ''}更新知识库有关信息，截止${formatDateLong(d.dueDate, 'zh')}24时${moved.zh}。`,
        en: `Under ${cite.en}, "${p.policy}" was published on ${formatDateLong(day, 'en')}; ${whoEn} must report it${to ? ` to ${to.en}` : ''} for the knowledge base within ${formatPeriod(d.period, 'en')} of publication, by 24:00 on ${formatDateLong(d.dueDate, 'en')}${moved.en}.`,
      },
      counting: explainFromPublication(d, dateOnly),
    };
  });
}

/** Says why a last day on a day off stands (natural days, `keep`) or where it moved from. */
function endNote(calendar: Calendar, dueDate: string, movedFrom: string | null): Text {
  if (movedFrom) {
    return {
      zh: `（最后一日${formatDateLong(movedFrom, 'zh')}为休息日，顺延至下一个工作日）`,
      en: ` (the last day, ${formatDateLong(movedFrom, 'en')}, is a day off and moves to the next working day)`,
    };
  }
  const info = getDayInfo(calendar, dueDate);
  if (info.working) return { zh: '', en: '' };
  const zhWhat = info.holiday ? `${info.holiday.zh}假期` : '休息日';
  const enWhat = info.holiday ? `a ${info.holiday.en} holiday` : 'a weekend day';
  return {
    zh: `（当日为${zhWhat}，自然日期限不顺延）`,
    en: ` (${enWhat}; a natural-day period does not move)`,
  };
}
