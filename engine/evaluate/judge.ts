import type { Ruleset } from '../rules/types.ts';
import { type CompiledCondition, compileCondition, explainFailure } from './compile-condition.ts';
import type { Facts } from './facts.ts';
import { enginesFor, factsReadBy, type RuleSpec, ruleSpecs, runSpecs } from './rules-engine.ts';
import type { TraceEntry } from './types.ts';

/**
 * What judges the rules' conditions for `evaluate`. Two implementations give identical answers:
 * `engineJudge` runs json-rules-engine (the reference), `compiledJudge` runs the same conditions
 * compiled to plain functions (for batches).
 */
/** What a judge answers: the trace of each rule, now (compiled) or later (json-rules-engine). */
export type JudgeAnswer = Promise<TraceEntry[]> | TraceEntry[];

export interface Judge {
  readonly kind: 'engine' | 'compiled';
  /** Phase 1: ticket types (facts of the ticket). */
  classify(facts: Facts): JudgeAnswer;
  /** Phase 2: reminders and notifications (plus `ticketType`, `isDueSoon`, `overdueObligations`). */
  effects(facts: Facts): JudgeAnswer;
  /** Per revisit: escalation trigger (plus `revisitResult`, `revisitResolved`). */
  trigger(facts: Facts): JudgeAnswer;
}

/**
 * Judges are kept by the rule-set object (WeakMap): they live as long as whoever holds the rule
 * set (the loaded catalogue pins the shipped versions; the server's bounded draft cache holds
 * drafts), and go with it, so memory never grows with the number of drafts seen.
 */
const engineByRuleset = new WeakMap<Ruleset, Judge>();

export function engineJudge(ruleset: Ruleset): Judge {
  const hit = engineByRuleset.get(ruleset);
  if (hit) return hit;
  const e = enginesFor(ruleset);
  const reads = {
    classify: factsReadBy(e.specs.classify),
    effects: factsReadBy(e.specs.effects),
    trigger: factsReadBy(e.specs.trigger),
  };
  const judge: Judge = {
    kind: 'engine',
    classify: (f) => runSpecs(e.classify, e.specs.classify, f, reads.classify),
    effects: (f) => runSpecs(e.effects, e.specs.effects, f, reads.effects),
    trigger: (f) => runSpecs(e.trigger, e.specs.trigger, f, reads.trigger),
  };
  engineByRuleset.set(ruleset, judge);
  return judge;
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
    kind: 'compiled',
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
