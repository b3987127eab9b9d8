import type { Condition } from '../rules/types.ts';
import type { Facts } from './facts.ts';
import type { TraceEntry } from './types.ts';

/**
 * Conditions compiled to plain functions with json-rules-engine 7.3's exact semantics (same
 * operator bodies and fact-type validators; empty `all`/`any` are true; undefined facts are
 * allowed). json-rules-engine stays the reference: test/evaluate/differential.test.ts requires
 * both paths to give identical decisions.
 */
export type CompiledCondition = (facts: Facts) => boolean;

const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';

type OperatorFn = (a: never, b: never) => boolean;
const OPERATORS: Record<string, [OperatorFn, ((v: unknown) => boolean) | null]> = {
  equal: [(a, b) => a === b, null],
  notEqual: [(a, b) => a !== b, null],
  in: [(a, b) => (b as unknown[]).indexOf(a) > -1, null],
  notIn: [(a, b) => (b as unknown[]).indexOf(a) === -1, null],
  contains: [(a, b) => (a as unknown[]).indexOf(b) > -1, Array.isArray],
  doesNotContain: [(a, b) => (a as unknown[]).indexOf(b) === -1, Array.isArray],
  lessThan: [(a, b) => a < b, isNumberLike],
  lessThanInclusive: [(a, b) => a <= b, isNumberLike],
  greaterThan: [(a, b) => a > b, isNumberLike],
  greaterThanInclusive: [(a, b) => a >= b, isNumberLike],
};

export function compileCondition(c: Condition): CompiledCondition {
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    // Plain loops: no callback allocated per evaluation.
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    if (parts.length === 0) return () => true;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(f)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (f) => !inner(f);
  }
  const op = OPERATORS[c.operator];
  if (!op) throw new Error(`unknown operator ${c.operator}`);
  const [fn, validator] = op;
  const { fact, value } = c;
  return (f) => {
    const actual = f[fact];
    if (validator && !validator(actual)) return false;
    return fn(actual as never, value as never);
  };
}

/** Interprets a condition (same semantics as the compiled function), for failure explanations. */
function holds(c: Condition, facts: Facts): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, facts));
  if ('any' in c) return c.any.length === 0 || c.any.some((x) => holds(x, facts));
  if ('not' in c) return !holds(c.not, facts);
  const op = OPERATORS[c.operator];
  if (!op) return false;
  const actual = facts[c.fact];
  if (op[1] && !op[1](actual)) return false;
  return op[0](actual as never, c.value as never);
}

/** For a condition that did not hold: the first leaf that made it fail, like the engine path reports. */
export function explainFailure(c: Condition, facts: Facts, expect = true): TraceEntry['failed'] {
  if ('fact' in c) return { fact: c.fact, operator: c.operator, value: c.value, actual: facts[c.fact] ?? null };
  if ('not' in c) return explainFailure(c.not, facts, !expect);
  const list = 'all' in c ? c.all : c.any;
  const wantAll = 'all' in c === expect;
  const culprit = wantAll ? list.find((x) => holds(x, facts) === !expect) : list[0];
  return culprit ? explainFailure(culprit, facts, expect) : null;
}
