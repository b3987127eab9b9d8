import type { Ruleset } from '../rules/types.ts';
import { type CompiledCondition, compileCondition, explainFailure } from './compile-condition.ts';
import type { Facts } from './facts.ts';
import { type RuleSpec, ruleSpecs } from './rules-engine.ts';
import type { TraceEntry } from './types.ts';

/**
 * What judges the rules' conditions on the compiled path: the same conditions as plain functions,
 * phase by phase, synchronously (for batches). The reference path, json-rules-engine, judges a
 * decision in one run (run-decision.ts); both give identical answers (the differential test).
 */
export interface Judge {
  /** Phase 1: ticket types (facts of the ticket). */
  classify(facts: Facts): TraceEntry[];
  /** Phase 2: reminders and notifications (plus `ticketType`, `isDueSoon`, `overdueObligations`). */
  effects(facts: Facts): TraceEntry[];
  /** Per revisit: escalation trigger (plus `revisitResult`, `revisitResolved`). */
  trigger(facts: Facts): TraceEntry[];
}

/** The compiled judges (without and with failure explanations) of each rule-set object. */
const byRuleset = new WeakMap<Ruleset, [Judge | undefined, Judge | undefined]>();

/** `explainFailures: false` skips finding the failed condition of rules that did not fire (no trace wanted). */
export function compiledJudge(ruleset: Ruleset, explainFailures = true): Judge {
  const mine = byRuleset.get(ruleset);
  const hit = mine?.[explainFailures ? 1 : 0];
  if (hit) return hit;
  const specs = ruleSpecs(ruleset);
  const run = explainFailures ? explaining : quick;
  const j: Judge = {
    classify: run(specs.classify),
    effects: run(specs.effects),
    trigger: run(specs.trigger),
  };
  return remember(ruleset, explainFailures, j);
}

function remember(ruleset: Ruleset, explainFailures: boolean, j: Judge): Judge {
  const pair = byRuleset.get(ruleset) ?? [undefined, undefined];
  pair[explainFailures ? 1 : 0] = j;
  byRuleset.set(ruleset, pair);
  return j;
}

/** Each rule's entry, with the first failed condition of a rule that did not fire. */
function explaining(list: RuleSpec[]): (facts: Facts) => TraceEntry[] {
  const fns = list.map((s) => compileCondition(s.condition));
  return (facts) => {
    const out: TraceEntry[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const fired = fns[i]!(facts);
      out[i] = {
        ruleId: s.ruleId,
        clause: s.clause,
        kind: s.kind,
        fired,
        failed: fired ? null : explainFailure(s.condition, facts),
      };
    }
    return out;
  };
}

/**
 * No trace wanted: each rule's two possible entries (fired or not, no failure named) are built
 * once and shared (frozen), so a decision allocates one array per phase.
 */
function quick(list: RuleSpec[]): (facts: Facts) => TraceEntry[] {
  const fns: CompiledCondition[] = list.map((s) => compileCondition(s.condition));
  const entry = (s: RuleSpec, fired: boolean): TraceEntry =>
    Object.freeze({ ruleId: s.ruleId, clause: s.clause, kind: s.kind, fired, failed: null });
  const yes = list.map((s) => entry(s, true));
  const no = list.map((s) => entry(s, false));
  return (facts) => {
    const out: TraceEntry[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = fns[i]!(facts) ? yes[i]! : no[i]!;
    return out;
  };
}
