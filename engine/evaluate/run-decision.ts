/**
 * One json-rules-engine run per decision (issue 13). The ticket types are rules of priority 2 and
 * the reminders and notifications rules of priority 1 in one engine, so json-rules-engine judges
 * every ticket type before any effect. The facts known from the ticket are constants; the facts
 * only the decision core knows later (`undefined` at the start: ticket type, due soon, overdue
 * obligations, see facts.ts) are dynamic facts of the run. The first time an effect reads one, the
 * ticket types' results are in the run's almanac: `between` is handed their trace, counts the
 * deadlines (judging each revisit's escalation trigger) and writes those facts; every read then
 * waits for it. The answers are those of the three runs it replaces (the differential test).
 */
import { type Almanac, Fact, type RuleResult } from 'json-rules-engine';
import type { Facts } from './facts.ts';
import {
  CLASSIFY_PREFIX,
  type CompiledEngines,
  constantFacts,
  EFFECTS_PREFIX,
  traceOf,
  UNCACHED,
} from './rules-engine.ts';
import type { TraceEntry } from './types.ts';

/** Between the phases: from the ticket types' trace, the decision core writes the later facts. */
export type Between = (classify: TraceEntry[]) => void | Promise<void>;

export interface RunAnswer {
  classify: TraceEntry[];
  effects: TraceEntry[];
}

export async function runDecision(e: CompiledEngines, facts: Facts, between: Between): Promise<RunAnswer> {
  let classify: TraceEntry[] | undefined;
  let gate: Promise<void> | undefined;
  const types = e.specs.classify.length;
  const open = (almanac: Almanac): Promise<void> | undefined => {
    if (gate) return gate;
    const results = resultsSoFar(almanac);
    let judged = 0;
    for (const r of results) if ((r.name as string).startsWith(CLASSIFY_PREFIX)) judged++;
    // Asked by a ticket type's own condition: not known in that phase, as if not given.
    if (judged < types) return undefined;
    classify = traceOf(e.specs.classify, CLASSIFY_PREFIX, results, facts);
    const trace = classify;
    gate = (async () => {
      await between(trace);
    })();
    return gate;
  };
  const given = constantFacts(facts, e.reads.decide);
  for (const name of e.reads.effects) {
    if (facts[name] !== undefined) continue;
    let value: Promise<unknown> | undefined;
    given[name] = new Fact(
      name,
      (_params: unknown, almanac: Almanac) => {
        if (value) return value;
        const g = open(almanac);
        if (!g) return undefined;
        value = g.then(() => facts[name]);
        return value;
      },
      UNCACHED,
    );
  }
  const { results, failureResults } = await e.decide.run(given);
  const all = [...results, ...failureResults];
  if (!gate) {
    // No effect read a later fact (or there are no effects): the phase between runs after the run.
    classify = traceOf(e.specs.classify, CLASSIFY_PREFIX, all, facts);
    await between(classify);
  } else await gate;
  return { classify: classify!, effects: traceOf(e.specs.effects, EFFECTS_PREFIX, all, facts) };
}

/** The results of the rules judged so far in this run (`Almanac#getResults`, public in 7.x, untyped). */
function resultsSoFar(almanac: Almanac): RuleResult[] {
  return (almanac as unknown as { getResults(): RuleResult[] }).getResults();
}
