import { Engine, Fact, type RuleResult } from 'json-rules-engine';
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

/**
 * A phase's rules, named `<prefix><index>` (rules of different kinds may share an id), at a
 * priority: json-rules-engine judges all of a higher priority's rules before a lower one's.
 */
function addRules(engine: Engine, specs: RuleSpec[], prefix: string, priority: number): void {
  specs.forEach((s, i) => {
    engine.addRule({
      name: `${prefix}${i}`,
      priority,
      conditions: topLevel(s.condition) as never,
      event: { type: s.kind },
    });
  });
}

export const CLASSIFY_PREFIX = 'c';
export const EFFECTS_PREFIX = 'e';
export const TRIGGER_PREFIX = 't';

export interface CompiledEngines {
  specs: RuleSpecs;
  /** The ticket types (priority 2), then the reminders and notifications (priority 1): one run per decision. */
  decide: Engine;
  /** The escalation trigger, one run per judged revisit. */
  trigger: Engine;
  /** The facts each phase's conditions read (`decide`: the ticket types' and the effects' together). */
  reads: { classify: string[]; effects: string[]; decide: string[]; trigger: string[] };
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
    const decide = new Engine([], { allowUndefinedFacts: true });
    addRules(decide, specs.classify, CLASSIFY_PREFIX, 2);
    addRules(decide, specs.effects, EFFECTS_PREFIX, 1);
    const trigger = new Engine([], { allowUndefinedFacts: true });
    addRules(trigger, specs.trigger, TRIGGER_PREFIX, 1);
    e = {
      specs,
      decide,
      trigger,
      reads: {
        classify: factsReadBy(specs.classify),
        effects: factsReadBy(specs.effects),
        decide: factsReadBy([...specs.classify, ...specs.effects]),
        trigger: factsReadBy(specs.trigger),
      },
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

/** Facts handed to json-rules-engine uncached: a constant is read as it is, never hashed into a cache key. */
export const UNCACHED = { cache: false } as const;

/** The facts of `reads` that are known (not `undefined`), as json-rules-engine constants. */
export function constantFacts(facts: Facts, reads: readonly string[]): Record<string, Fact> {
  const given: Record<string, Fact> = {};
  for (const name of reads) {
    const v = facts[name];
    if (v !== undefined) given[name] = new Fact(name, v, UNCACHED);
  }
  return given;
}

/** One trace entry per spec, in the rules' order (not completion order), from a run's results. */
export function traceOf(specs: RuleSpec[], prefix: string, results: readonly RuleResult[], facts: Facts): TraceEntry[] {
  const byName = new Map<string, RuleResult>();
  for (const r of results) byName.set(r.name as string, r);
  return specs.map((s, i) => {
    const r = byName.get(`${prefix}${i}`);
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

/**
 * The escalation trigger for the revisit whose facts are set: one run of its engine, given only
 * the facts its conditions read (json-rules-engine wraps every fact it is handed).
 */
export async function runTrigger(e: CompiledEngines, facts: Facts): Promise<TraceEntry[]> {
  const { results, failureResults } = await e.trigger.run(constantFacts(facts, e.reads.trigger));
  return traceOf(e.specs.trigger, TRIGGER_PREFIX, [...results, ...failureResults], facts);
}
