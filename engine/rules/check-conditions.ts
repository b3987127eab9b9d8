/**
 * Semantic checks of json-rules-engine conditions: facts from the catalogue, known operators, and
 * values that fit the fact's type under the operator.
 */
import type { Text } from '../i18n.ts';
import type { FactDef } from './catalogues.ts';
import { isObject, listOf, type Report, suggestion } from './rule-diagnostics.ts';
import { OPERATORS } from './vocabulary.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LIST = new Set(['in', 'notIn']);
const CONTAINS = new Set(['contains', 'doesNotContain']);

type Expect = { element: 'boolean' | 'number' | 'string'; list: boolean } | { mismatch: Text };

/** What `value` must be for `operator` on a fact of `type`. */
function expected(fact: FactDef, operator: string): Expect {
  const bad = (why: Text): Expect => ({ mismatch: why });
  if (fact.type === 'string[]') {
    if (CONTAINS.has(operator)) return { element: 'string', list: false };
    return bad({
      zh: `事实“${fact.name}”是字符串数组，只能用 contains 或 doesNotContain`,
      en: `fact "${fact.name}" is a string array: use contains or doesNotContain`,
    });
  }
  if (CONTAINS.has(operator)) {
    return bad({
      zh: `运算符 ${operator} 只适用于数组事实，“${fact.name}”的类型是 ${fact.type}`,
      en: `operator ${operator} applies to array facts only; "${fact.name}" is a ${fact.type}`,
    });
  }
  if (NUMERIC.has(operator) && fact.type !== 'number') {
    return bad({
      zh: `运算符 ${operator} 只适用于数值事实，“${fact.name}”的类型是 ${fact.type}`,
      en: `operator ${operator} applies to number facts only; "${fact.name}" is a ${fact.type}`,
    });
  }
  return { element: fact.type, list: LIST.has(operator) };
}

export interface ConditionContext {
  facts: Map<string, FactDef>;
  report: Report;
}

/** Walks one condition tree at `path` of `src`. */
export function checkCondition(src: YamlSource, cond: unknown, path: PathSegment[], ctx: ConditionContext): void {
  if (!isObject(cond)) return;
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (Array.isArray(list))
      list.forEach((c, i) => {
        checkCondition(src, c, [...path, key, i], ctx);
      });
  }
  if (cond.not !== undefined) checkCondition(src, cond.not, [...path, 'not'], ctx);
  if (!('fact' in cond) || typeof cond.fact !== 'string') return;
  const known = [...ctx.facts.keys()];
  const fact = ctx.facts.get(cond.fact);
  if (!fact) {
    const s = suggestion(cond.fact, known);
    ctx.report(src, [...path, 'fact'], 'RULE_UNKNOWN_FACT', {
      zh: `未知事实“${cond.fact}”${s.zh}；事实须在 rules/facts.yaml 中声明`,
      en: `unknown fact "${cond.fact}"${s.en}; facts must be declared in rules/facts.yaml`,
    });
  }
  const op = cond.operator;
  if (typeof op === 'string' && !(OPERATORS as readonly string[]).includes(op)) {
    const s = suggestion(op, OPERATORS);
    ctx.report(src, [...path, 'operator'], 'RULE_UNKNOWN_OPERATOR', {
      zh: `未知运算符“${op}”${s.zh}；可用：${OPERATORS.join('、')}`,
      en: `unknown operator "${op}"${s.en}; use one of ${OPERATORS.join(', ')}`,
    });
    return;
  }
  if (!fact || typeof op !== 'string' || !('value' in cond)) return;
  checkValue(src, fact, op, cond.value, [...path, 'value'], ctx);
}

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

function checkValue(
  src: YamlSource,
  fact: FactDef,
  op: string,
  value: unknown,
  path: PathSegment[],
  ctx: ConditionContext,
) {
  const exp = expected(fact, op);
  if ('mismatch' in exp) {
    ctx.report(src, path, 'RULE_FACT_VALUE_TYPE', exp.mismatch);
    return;
  }
  const want = exp.list ? `${exp.element}[]` : exp.element;
  const items = exp.list ? (Array.isArray(value) ? value : undefined) : [value];
  if (!items || items.some((v) => typeof v !== exp.element)) {
    ctx.report(src, path, 'RULE_FACT_VALUE_TYPE', {
      zh: `事实“${fact.name}”（${fact.type}）用 ${op} 比较时，值应为 ${want}，实际为 ${typeOf(value)} ${JSON.stringify(value)}`,
      en: `fact "${fact.name}" (${fact.type}) with ${op} needs a ${want} value, got ${typeOf(value)} ${JSON.stringify(value)}`,
    });
    return;
  }
  if (!fact.values) return;
  items.forEach((v, i) => {
    if (fact.values?.includes(v as string)) return;
    ctx.report(src, exp.list ? [...path, i] : path, 'RULE_FACT_VALUE_UNKNOWN', {
      zh: `事实“${fact.name}”没有取值 ${JSON.stringify(v)}；可选：${listOf(fact.values ?? [])}`,
      en: `fact "${fact.name}" has no value ${JSON.stringify(v)}; it is one of ${listOf(fact.values ?? [])}`,
    });
  });
}
