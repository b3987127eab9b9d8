/**
 * Hand-built rule-set parts for the assessment tests: the values of the Sheshan text (2.7, 2.9,
 * 2.5, 4.8, 5.2), independent of the YAML loader.
 */
import {
  type AssessRuleset,
  DEFAULT_COUNTING,
  loadCalendar,
  loadRulesetDir,
  RULES_DIR,
  type SatisfactionMonth,
} from '../../engine/index.ts';

/** The shipped vocabulary (clause citations, role names): words are the rule set's, not the code's. */
const vocabulary = loadRulesetDir(`${RULES_DIR}/sheshan-12345/2025-04-14`).vocabulary;

/** 2.5 and 4.8 count city-level revisits with the result 不满意 (as monthly.yaml says). */
const CITY_UNSATISFIED = {
  level: 'city' as const,
  results: ['不满意'],
  name: { zh: '市级回访不满意工单', en: 'city-level unsatisfied ticket' },
};

export const calendar = loadCalendar();

export function sheshanRules(overrides: Partial<AssessRuleset> = {}): AssessRuleset {
  return {
    id: 'sheshan-12345',
    version: '2025-04-14',
    revision: 'test',
    vocabulary,
    settings: { counting: { ...DEFAULT_COUNTING }, dueSoon: { period: '3个工作日' } },
    assessment: {
      id: 'assessment.satisfaction',
      clause: '2.7',
      bottomN: 3,
      consecutiveMonths: 3,
      interviewer: { bottom: 'hotlineLeaderInCharge', repeated: 'principalLeader' },
      fieldVisit: { clause: '2.9', by: 'center' },
    },
    monthly: [
      {
        id: 'monthly.explanation',
        clause: '2.5',
        obligation: 'writtenExplanation',
        // The text states no limit (finding 9): no period, so no due date.
        responsible: 'unitHead',
        reportTo: ['hotlineLeaderInCharge'],
        counts: CITY_UNSATISFIED,
      },
      {
        id: 'monthly.review',
        clause: '4.8',
        obligation: 'writtenExplanation',
        duty: {
          zh: '梳理工单办结过程并形成书面报告提交',
          en: 'review how the tickets were handled and submit a written report',
        },
        responsible: 'unit',
        reportTo: ['center'],
        counts: CITY_UNSATISFIED,
      },
    ],
    knowledgeBase: [
      {
        id: 'knowledge-base.update',
        clause: '5.2',
        obligation: 'knowledgeBaseReport',
        period: '5日',
        from: 'published',
        responsible: 'unit',
        reportTo: 'center',
      },
    ],
    ...overrides,
  };
}

/** `month: { unit: rate }`, flags as `unit!hotspot` / `unit!media` keys set to true. */
export function months(
  spec: Record<string, Record<string, number>>,
  flags: Record<string, string[]> = {},
): SatisfactionMonth[] {
  return Object.entries(spec).map(([month, units]) => ({
    month,
    units: Object.entries(units).map(([unit, satisfaction]) => {
      const f = flags[`${month} ${unit}`] ?? [];
      return {
        unit,
        satisfaction,
        ...(f.includes('hotspot') ? { hotspot: true } : {}),
        ...(f.includes('media') ? { mediaExposed: true } : {}),
      };
    }),
  }));
}
