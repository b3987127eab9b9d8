/**
 * `assess(ruleset, calendar, input)` — the clauses that judge units and months: 2.7 and 2.9
 * (monthly satisfaction ranking), 2.5 and 4.8 (a month's city-level unsatisfied tickets), 5.2
 * (knowledge-base report after a publication). Pure: no clock, no files; deadlines come from
 * `due()` on the given calendar with the rule set's counting settings.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { DEFAULT_COUNTING } from '../calendar/due.ts';
import { type Labels, labelsOf } from '../explain/labels.ts';
import { fieldVisitsFor } from './field-visits.ts';
import { groupCityUnsatisfied } from './group-tickets.ts';
import { interviewsFor } from './interviews.ts';
import { knowledgeBaseDeadlines } from './knowledge-base.ts';
import { assertMonth, formatMonth, monthOfInstant } from './month.ts';
import { citeIn } from './phrases.ts';
import { rankMonth } from './rank-month.ts';
import { withStreaks } from './streaks.ts';
import type {
  Assessment,
  AssessmentInput,
  AssessmentWarning,
  AssessOptions,
  AssessRuleset,
  KnowledgeBaseDeadline,
  WrittenExplanation,
} from './types.ts';
import { writtenExplanationsFor } from './written-explanations.ts';

export function assess(
  ruleset: AssessRuleset,
  calendar: Calendar,
  input: AssessmentInput,
  options: AssessOptions = {},
): Assessment {
  const month = options.month === undefined ? null : assertMonth(options.month);
  const inMonth = (m: string) => month === null || m === month;
  const counting = { ...DEFAULT_COUNTING, ...ruleset.settings?.counting };
  const rule = ruleset.assessment;
  const labels = labelsOf(ruleset);
  const warnings: AssessmentWarning[] = [];

  // No assessment topic: the rule set ranks no units (the months' other duties still apply).
  const ranked = rule ? (input.satisfaction ?? []).map((m) => rankMonth(m, rule.bottomN)) : [];
  const streaks = withStreaks(ranked.map((r) => r.ranking));
  const rankings = streaks.rankings.filter((r) => inMonth(r.month));
  for (const r of ranked) if (inMonth(r.ranking.month)) warnings.push(...r.warnings);
  warnings.push(...streaks.warnings.filter((w) => month === null || (w.month ?? '') < month));
  const interviews = rule ? rankings.flatMap((r) => interviewsFor(r, rule, labels)) : [];
  const fieldVisits = rule ? rankings.flatMap((r) => fieldVisitsFor(r, rule, labels)) : [];

  const tickets = groupCityUnsatisfied(input.cityUnsatisfied ?? [], ruleset.monthly.find((r) => r.counts)?.counts);
  warnings.push(...tickets.warnings);
  const groups = tickets.groups.filter((g) => inMonth(g.month));
  if (groups.length > 0 && ruleset.monthly.length === 0) warnings.push(noRule('monthly'));
  const writtenExplanations = groups.flatMap((g) =>
    writtenExplanationsFor(g, ruleset.monthly, calendar, counting, labels),
  );

  const publications = (input.publications ?? []).filter((p) => inMonth(monthOfInstant(p.published)));
  if (publications.length > 0 && ruleset.knowledgeBase.length === 0) warnings.push(noRule('knowledgeBase'));
  const knowledgeBase = publications.flatMap((p) =>
    knowledgeBaseDeadlines(p, ruleset.knowledgeBase, calendar, counting, labels),
  );

  if (month !== null && rankings.length === 0 && groups.length === 0 && publications.length === 0) {
    warnings.push({
      code: 'ASSESS_MONTH_NO_DATA',
      month,
      message: {
        zh: `输入中没有${formatMonth(month, 'zh')}的数据`,
        en: `the input has no data for ${formatMonth(month, 'en')}`,
      },
    });
  }
  const dated = [...writtenExplanations, ...knowledgeBase];
  for (const item of dated.filter((d) => d.provisional)) warnings.push(provisionalWarning(item, labels));

  return {
    ruleset: { id: ruleset.id, version: ruleset.version, revision: ruleset.revision },
    calendar: { id: calendar.id, revision: calendar.revision },
    month,
    provisional: dated.some((d) => d.provisional),
    rankings,
    interviews,
    fieldVisits,
    writtenExplanations,
    knowledgeBase,
    warnings,
  };
}

function noRule(key: string): AssessmentWarning {
  return {
    code: 'ASSESS_NO_RULE',
    message: {
      zh: `规则集没有${key}规则，相关数据未评估`,
      en: `the rule set has no ${key} rule; that part of the input was not assessed`,
    },
  };
}

function provisionalWarning(item: WrittenExplanation | KnowledgeBaseDeadline, labels: Labels): AssessmentWarning {
  const cite = citeIn(labels, item.clause);
  const what = 'policy' in item ? `《${item.policy}》` : `${item.unit}${formatMonth(item.month, 'zh')}`;
  return {
    code: 'ASSESS_PROVISIONAL',
    message: {
      zh: `${what}（${cite.zh}）的截止日期${item.dueDate}为临时结果：所涉年份的国务院节假日安排通知未载入，按法定节假日推算，不含调休`,
      en: `${what} (${cite.en}): the due date ${item.dueDate} is provisional — the State Council notice of a year it touches is not loaded, so statutory holidays were used without make-up days`,
    },
  };
}
