/**
 * The closed vocabularies of the DSL's mechanisms as runtime values (types.ts has them as types):
 * anchors, obligations (what meets a deadline), operators. Office words — ticket types, roles,
 * clauses and the names of obligations — are each rule set's own (vocabulary.yaml). The JSON
 * Schemas' enums are generated from these lists, and the type assertions below fail to compile
 * when a list and its union in types.ts drift apart.
 */
import type { Text } from '../i18n.ts';
import type { Anchor, Obligation, Operator } from './types.ts';

type Exact<List extends readonly string[], Union extends string> = [List[number]] extends [Union]
  ? [Union] extends [List[number]]
    ? true
    : never
  : never;

export const ANCHORS = [
  'received',
  'dispatched',
  'accepted',
  'completed',
  'revisited',
  'published',
  'monthEnd',
] as const;

export const OBLIGATIONS = [
  'dispatch',
  'accept',
  'firstContact',
  'returnRequest',
  'complete',
  'revisit',
  'extensionRequest',
  'redo',
  'review',
  'knowledgeBaseReport',
  'writtenExplanation',
] as const;

/** json-rules-engine's default operators. */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export const FACT_TYPES = ['boolean', 'number', 'string', 'string[]'] as const;
export type FactType = (typeof FACT_TYPES)[number];

const checks: [
  Exact<typeof ANCHORS, Anchor>,
  Exact<typeof OBLIGATIONS, Obligation>,
  Exact<typeof OPERATORS, Operator>,
] = [true, true, true];
void checks;

/** Hover text of each vocabulary item (Chinese / English). */
export const ANCHOR_TEXT: Record<Anchor, Text> = {
  received: { zh: '城运中心从12345系统收到工单', en: 'the center received the ticket from the 12345 system' },
  dispatched: { zh: '城运中心派单给承办单位', en: 'the center dispatched it to the unit' },
  accepted: { zh: '承办单位接单', en: 'the unit accepted it (接单)' },
  completed: { zh: '承办单位办结', en: 'the unit reported it complete (办结)' },
  revisited: { zh: '触发义务的回访（如不满意回访→重办）', en: 'the revisit that triggers the obligation' },
  published: { zh: '新政策公布之日（5.2）', en: "a policy's publication (5.2)" },
  monthEnd: { zh: '被考核月份最后一日24时（2.5、4.8）', en: '24:00 of the last day of the assessed month' },
};

export const OBLIGATION_TEXT: Record<Obligation, Text> = {
  dispatch: { zh: '派单', en: 'dispatch' },
  accept: { zh: '接单', en: 'accept' },
  firstContact: { zh: '先行联系', en: 'first contact with the citizen' },
  returnRequest: { zh: '申请退单', en: 'return application' },
  complete: { zh: '办结', en: 'complete' },
  revisit: { zh: '回访', en: 'revisit' },
  extensionRequest: { zh: '申请延期', en: 'extension application' },
  redo: { zh: '重办', en: 'redo' },
  review: { zh: '复核', en: 'review' },
  knowledgeBaseReport: { zh: '报送知识库更新', en: 'knowledge-base update report' },
  writtenExplanation: { zh: '书面情况说明', en: 'written explanation' },
};

export const OPERATOR_TEXT: Record<Operator, Text> = {
  equal: { zh: '等于', en: 'equals' },
  notEqual: { zh: '不等于', en: 'does not equal' },
  lessThan: { zh: '小于', en: 'less than' },
  lessThanInclusive: { zh: '小于等于', en: 'less than or equal' },
  greaterThan: { zh: '大于', en: 'greater than' },
  greaterThanInclusive: { zh: '大于等于', en: 'greater than or equal' },
  in: { zh: '属于（值为数组）', en: 'is one of (value is an array)' },
  notIn: { zh: '不属于（值为数组）', en: 'is none of (value is an array)' },
  contains: { zh: '包含（事实为数组，如 tags）', en: 'contains (the fact is an array, e.g. tags)' },
  doesNotContain: { zh: '不包含（事实为数组）', en: 'does not contain (the fact is an array)' },
};
