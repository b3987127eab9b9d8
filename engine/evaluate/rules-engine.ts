import { Engine, type RuleResult } from 'json-rules-engine';
import type { Condition, Ruleset } from '../rules/types.ts';
import type { Facts } from './facts.ts';
import type { TraceEntry } from './types.ts';

/** One condition of the rules, with what it belongs to. */
export interface RuleSpec {
  ruleId: string;
  clause: string;
  kind: 'ticketType' | 'reminder' | 'notification' | 'escalationTrigger';
  condition: Condition;
}

/** The condition-bearing rules of a version, grouped by evaluation phase. */
export interface RuleSpecs {
  /** Phase 1: which ticket types match (ticket facts only). */
  classify: RuleSpec[];
  /** Phase 2: reminders and notifications (ticket facts + `ticketType`, `isDueSoon`, `overdueObligations`). */
  effects: RuleSpec[];
  /** Per revisit: does it trigger escalation (facts `revisitResult`, `revisitResolved`). */
  trigger: RuleSpec[];
}

export function ruleSpecs(ruleset: Ruleset): RuleSpecs {
  return {
    classify: ruleset.ticketTypes.map((t) => ({
      ruleId: t.id,
      clause: t.clause,
      kind: 'ticketType',
      condition: t.when,
    })),
    effects: [
      ...ruleset.reminders.map((r) => ({
        ruleId: r.id,
        clause: r.clause,
        kind: 'reminder' as const,
        condition: r.when,
      })),
      ...ruleset.notifications.map((n) => ({
        ruleId: n.id,
        clause: n.clause,
        kind: 'notification' as const,
        condition: n.when,
      })),
    ],
    // An escalation triggered by time overdue has no condition to judge (overdue-escalation.ts).
    trigger:
      ruleset.escalation && ruleset.escalation.trigger !== 'overdue'
        ? [
            {
              ruleId: ruleset.escalation.id,
              clause: ruleset.escalation.clause,
              kind: 'escalationTrigger',
              condition: ruleset.escalation.trigger,
            },
          ]
        : [],
  };
}

/** json-rules-engine wants a top-level all/any/not; a bare fact condition is wrapped in `all`. */
function topLevel(c: Condition): Record<string, unknown> {
  return 'fact' in c ? { all: [c] } : (c as Record<string, unknown>);
}

function buildEngine(specs: RuleSpec[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  specs.forEach((s) => {
    engine.addRule({
      name: s.ruleId,
      priority: 1,
      conditions: topLevel(s.condition) as never,
      event: { type: s.kind },
    });
  });
  return engine;
}

export interface CompiledEngines {
  specs: RuleSpecs;
  classify: Engine;
  effects: Engine;
  trigger: Engine;
}

/** The fact names a list of conditions reads. */
export function factsReadBy(specs: RuleSpec[]): string[] {
  const names = new Set<string>();
  const walk = (c: Condition) => {
    if ('fact' in c) names.add(c.fact);
    else if ('not' in c) walk(c.not);
    else for (const x of 'all' in c ? c.all : c.any) walk(x);
  };
  for (const s of specs) walk(s.condition);
  return [...names];
}

/** One set of engines per rule-set object, built on first use (WeakMap: they go with the rule set). */
const byRuleset = new WeakMap<Ruleset, CompiledEngines>();

export function enginesFor(ruleset: Ruleset): CompiledEngines {
  let e = byRuleset.get(ruleset);
  if (!e) {
    const specs = ruleSpecs(ruleset);
    e = {
      specs,
      classify: buildEngine(specs.classify),
      effects: buildEngine(specs.effects),
      trigger: buildEngine(specs.trigger),
    };
    byRuleset.set(ruleset, e);
  }
  return e;
}

type ResultNode = {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
};

/** The first leaf that made a condition fail (for `not`, the leaf that held). */
export function failedLeaf(node: ResultNode, facts: Facts, expect = true): TraceEntry['failed'] {
  if (node.fact !== undefined) {
    const actual = node.factResult !== undefined ? node.factResult : (facts[node.fact] ?? null);
    return { fact: node.fact, operator: String(node.operator), value: node.value, actual };
  }
  if (node.not) return failedLeaf(node.not, facts, !expect);
  const list = node.all ?? node.any ?? [];
  const wantAll = (node.all !== undefined) === expect;
  // Under `all` (or a negated `any`) the culprit is the first child that went the wrong way.
  const culprit = wantAll ? list.find((c) => c.result === !expect) : list.find((c) => c.result !== undefined);
  return culprit ? failedLeaf(culprit, facts, expect) : null;
}

/**
 * Runs an engine and returns one trace entry per spec, in the rules' order (not completion order).
 * The engine is given only the facts its conditions read (`reads`): json-rules-engine wraps,
 * hashes and clones every fact it is handed on every run, so handing it the whole catalogue
 * costs time without changing any answer.
 */
export async function runSpecs(
  engine: Engine,
  specs: RuleSpec[],
  facts: Facts,
  reads?: readonly string[],
): Promise<TraceEntry[]> {
  const given: Facts = {};
  if (reads) {
    for (const name of reads) if (facts[name] !== undefined) given[name] = facts[name];
  } else Object.assign(given, facts);
  const { results, failureResults } = await engine.run(given);
  const byName = new Map<string, RuleResult>();
  for (const r of [...results, ...failureResults]) byName.set(r.name as string, r);
  return specs.map((s) => {
    const r = byName.get(s.ruleId);
    const fired = r?.result === true;
    return {
      ruleId: s.ruleId,
      clause: s.clause,
      kind: s.kind,
      fired,
      failed: fired || !r ? null : failedLeaf(r.conditions as unknown as ResultNode, facts),
    };
  });
}
