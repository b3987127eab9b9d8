/**
 * The closed vocabularies of the DSL's mechanisms as runtime values (types.ts has them as types):
 * anchors, obligations (what meets a deadline), operators. Office words — ticket types, roles,
 * clauses and the names of obligations — are each rule set's own (vocabulary.yaml). The JSON
 * Schemas' enums are generated from these lists, and the type assertions below fail to compile
 * when a list and its union in types.ts drift apart.
 */
import type { Text } from '../i18n.ts';
import type { Anchor, Obligation, Operator, TicketValues } from './types.ts';

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

/** Each anchor: its short name (“自接单起” / “from acceptance”) and its hover text. One table. */
const ANCHOR_WORDS: Record<Anchor, { name: Text; text: Text }> = {
  received: {
    name: { zh: '收单', en: 'receipt' },
    text: { zh: '本办公室从12345系统收到工单', en: 'the office received the ticket from the 12345 system' },
  },
  dispatched: {
    name: { zh: '派单', en: 'dispatch' },
    text: { zh: '本办公室派单给承办单位', en: 'the office dispatched it to the handling unit' },
  },
  accepted: { name: { zh: '接单', en: 'acceptance' }, text: { zh: '承办单位接单', en: 'the unit accepted it' } },
  completed: {
    name: { zh: '办结', en: 'completion' },
    text: { zh: '承办单位办结', en: 'the unit reported it complete' },
  },
  revisited: {
    name: { zh: '回访', en: 'the revisit' },
    text: { zh: '触发义务的回访（如触发升级的回访→再次办理）', en: 'the revisit that triggers the obligation' },
  },
  published: { name: { zh: '公布', en: 'publication' }, text: { zh: '新政策公布之日', en: "a policy's publication" } },
  monthEnd: {
    name: { zh: '月末', en: 'the end of the month' },
    text: { zh: '被考核月份最后一日24时', en: '24:00 of the last day of the assessed month' },
  },
};

const pickWords = (key: 'name' | 'text') =>
  Object.fromEntries(Object.entries(ANCHOR_WORDS).map(([k, w]) => [k, w[key]])) as Record<Anchor, Text>;
/** Hover text of each anchor (Chinese / English). */
export const ANCHOR_TEXT = pickWords('text');
/** Short name of each anchor. */
export const ANCHOR_NAMES = pickWords('name');

/** Generic names of the obligations (a rule set names its own in vocabulary.yaml `obligations`). */
export const OBLIGATION_TEXT: Record<Obligation, Text> = {
  dispatch: { zh: '派单', en: 'dispatch' },
  accept: { zh: '接单', en: 'acceptance' },
  firstContact: { zh: '先行联系', en: 'first contact' },
  returnRequest: { zh: '退单申请', en: 'return application' },
  complete: { zh: '办结', en: 'completion' },
  revisit: { zh: '回访', en: 'revisit' },
  extensionRequest: { zh: '延期申请', en: 'extension application' },
  redo: { zh: '重办', en: 'redo' },
  review: { zh: '复核', en: 'review' },
  knowledgeBaseReport: { zh: '知识库报送', en: 'knowledge-base report' },
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

/** Which ticket field each declared list checks, and which facts read it. */
export const TICKET_VALUE_FACTS: Record<keyof TicketValues, string[]> = {
  channel: ['channel'],
  urgency: ['urgency'],
  category: ['category'],
  tags: ['tags'],
  revisitResult: ['revisitResult', 'lastRevisitResult'],
};
