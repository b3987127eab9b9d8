/**
 * Shared definitions of the rule-file schemas (draft-07). Every generated schema is
 * self-contained: it carries the definitions it uses, so editors resolve no cross-file `$ref`.
 * `x-check` marks a keyword whose failure a semantic check reports under its own code; the loader
 * drops ajv's error for it (editors still flag it).
 */
import type { FactDef } from './catalogues.ts';
import { PERIOD_HELP, PERIOD_PATTERN } from './period-pattern.ts';
import { d, type Json, ref } from './schema-builders.ts';
import { ANCHOR_TEXT, ANCHORS, OBLIGATION_TEXT, OBLIGATIONS, OPERATOR_TEXT, OPERATORS } from './vocabulary.ts';

function textEnum(values: readonly string[], text: Record<string, { zh: string; en: string }>): string[] {
  return values.map((v) => d(text[v]?.zh ?? v, text[v]?.en ?? v));
}

export function definitions(facts: readonly FactDef[]): Record<string, Json> {
  return {
    text: {
      type: 'object',
      additionalProperties: false,
      required: ['zh', 'en'],
      description: d('中英文文本 {zh, en}', 'Text in Chinese and English {zh, en}'),
      properties: {
        zh: { type: 'string', minLength: 1, description: d('中文', 'Chinese') },
        en: { type: 'string', minLength: 1, description: d('英文', 'English') },
      },
    },
    ruleId: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$',
      description: d(
        '规则标识，本版本内唯一，如 normal.complete、return.normal',
        'Rule id, unique within the version, e.g. normal.complete, return.normal',
      ),
    },
    clauseId: {
      type: 'string',
      minLength: 1,
      maxLength: 40,
      pattern: '^\\S+$',
      'x-check': 'RULE_UNKNOWN_CLAUSE',
      description: d(
        '所依据的条款编号：本规则集 vocabulary.yaml 的 clauses 中的 id，须加引号，如 “2.4”、“二.1”',
        "Clause id: an id of this rule set's vocabulary.yaml clauses, quoted, e.g. 2.4 or 二.1 in quotes",
      ),
    },
    quote: {
      type: 'string',
      minLength: 1,
      description: d(
        '规则所依据的条款原文（中文引文）',
        'The Chinese text of the clause this rule encodes (a quotation)',
      ),
    },
    period: {
      type: 'string',
      pattern: PERIOD_PATTERN,
      patternErrorMessage: d(PERIOD_HELP.zh, PERIOD_HELP.en),
      'x-check': 'RULE_PERIOD_INVALID',
      description: d(`期限，照原文书写。${PERIOD_HELP.zh}`, `A period as written in the text. ${PERIOD_HELP.en}`),
    },
    anchor: {
      type: 'string',
      enum: [...ANCHORS],
      enumDescriptions: textEnum(ANCHORS, ANCHOR_TEXT),
      description: d('期限的起算时点', 'The instant the period is counted from'),
    },
    role: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9-]*$',
      'x-check': 'RULE_UNKNOWN_ROLE',
      description: d(
        '角色：本规则集 vocabulary.yaml 的 roles 中的 id',
        "Role: an id of this rule set's vocabulary.yaml roles",
      ),
    },
    roles: { type: 'array', minItems: 1, items: ref('role'), description: d('角色列表，依次', 'Roles, in order') },
    obligation: {
      type: 'string',
      enum: [...OBLIGATIONS],
      enumDescriptions: textEnum(OBLIGATIONS, OBLIGATION_TEXT),
      description: d('义务（期限所约束的动作）', 'Obligation the time limit applies to'),
    },
    ticketTypeId: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
      'x-check': 'RULE_UNKNOWN_TICKET_TYPE',
      description: d(
        '工单类型标识：本版本 ticketTypes 中定义的 id',
        "Ticket type id: an id defined in this version's ticketTypes",
      ),
    },
    factName: {
      type: 'string',
      enum: facts.map((f) => f.name),
      enumDescriptions: facts.map((f) => `${f.type} — ${d(f.description.zh, f.description.en)}`),
      'x-check': 'RULE_UNKNOWN_FACT',
      description: d('事实名称（见 rules/facts.yaml）', 'Fact name (rules/facts.yaml)'),
    },
    operator: {
      type: 'string',
      enum: [...OPERATORS],
      enumDescriptions: textEnum(OPERATORS, OPERATOR_TEXT),
      'x-check': 'RULE_UNKNOWN_OPERATOR',
      description: d('json-rules-engine 运算符', 'json-rules-engine operator'),
    },
    window: {
      type: 'object',
      additionalProperties: false,
      required: ['period'],
      description: d('时间窗口：自 from 起 period 内', 'Time window: within `period` counted from `from`'),
      properties: { period: ref('period'), from: ref('anchor') },
    },
    condition: conditionSchema(facts),
    timeLimit: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'clause', 'obligation', 'period', 'responsible'],
      description: d('时限：某项义务自 from 起 period 内完成', 'Time limit: an obligation due `period` after `from`'),
      properties: {
        id: ref('ruleId'),
        clause: ref('clauseId'),
        text: ref('quote'),
        obligation: ref('obligation'),
        period: ref('period'),
        from: ref('anchor'),
        responsible: ref('role', d('责任方', 'Who must act')),
      },
    },
  };
}

function conditionSchema(facts: readonly FactDef[]): Json {
  const types = facts.map((f) => `${f.name}: ${f.type}${f.values ? ` (${f.values.join('|')})` : ''}`).join('; ');
  // `properties` inside `if`/`else` only satisfy ajv's strictRequired; the outer schema validates the keys.
  const only = (key: string) => ({
    if: { properties: { [key]: true }, required: [key] },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
    then: { maxProperties: 1 },
  });
  return {
    type: 'object',
    additionalProperties: false,
    description: d(
      'json-rules-engine 条件：all / any / not，或 {fact, operator, value}',
      'json-rules-engine condition: all / any / not, or {fact, operator, value}',
    ),
    properties: {
      all: {
        type: 'array',
        items: ref('condition'),
        description: d('全部成立（空列表恒成立）', 'All hold (empty: always)'),
      },
      any: { type: 'array', items: ref('condition'), description: d('任一成立', 'Any holds') },
      not: ref('condition', d('不成立', 'Does not hold')),
      fact: ref('factName'),
      operator: ref('operator'),
      value: { description: d(`比较值，类型须与事实相符。${types}`, `Value, of the fact's type. ${types}`) },
    },
    ...only('all'),
    else: {
      ...only('any'),
      else: {
        ...only('not'),
        else: {
          properties: { fact: true, operator: true, value: true },
          required: ['fact', 'operator', 'value'],
        },
      },
    },
  };
}
