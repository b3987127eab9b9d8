import type { Calendar } from '../calendar/calendar.ts';
import { type Instant, parseInstant } from '../calendar/instant.ts';
import type { Ruleset } from '../rules/types.ts';
import type { DecisionCore } from './core-types.ts';
import { classified, counted, evaluateCoreSync, finishCore, startCore } from './decide-core.ts';

export { evaluateCoreSync };

import { setRevisitFacts } from './escalation.ts';
import { renderDecision } from './render-decision.ts';
import { enginesFor, runTrigger } from './rules-engine.ts';
import { runDecision } from './run-decision.ts';
import type { Decision, Ticket, TraceEntry } from './types.ts';

export interface EvaluateOptions {
  /** The moment the decision is made for (ISO 8601). The engine never reads the clock. */
  asOf: string;
  /** `engine` (json-rules-engine, the reference; default) or `compiled` (same conditions as plain functions). */
  path?: 'engine' | 'compiled';
  /** Build each deadline's counting explanation (default true; simulations of many tickets turn it off). */
  explain?: boolean;
  /** Keep the trace of every rule (default true; simulations of many tickets turn it off). */
  trace?: boolean;
}

/**
 * The decision for one ticket as of `asOf` under one rule-set version: json-rules-engine judges
 * the conditions (ticket type, reminders, notifications, escalation trigger); the calendar counts
 * every period.
 */
export async function evaluate(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: EvaluateOptions,
): Promise<Decision> {
  const core = await evaluateCore(ruleset, calendar, input, options);
  return renderDecision(core, { explain: options.explain !== false });
}

/**
 * The same decision on the compiled path, synchronously (no Promise per ticket): for batches.
 * Identical to `evaluate(…, { path: 'compiled' })`.
 */
export function evaluateSync(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: Omit<EvaluateOptions, 'path'>,
): Decision {
  return renderDecision(evaluateCoreSync(ruleset, calendar, input, options), { explain: options.explain !== false });
}

/** The decision's numeric core (no strings written), on either path. */
export async function evaluateCore(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: Omit<EvaluateOptions, 'explain' | 'asOf'> & { asOf: string | Instant },
): Promise<DecisionCore> {
  const trace = options.trace !== false;
  const asOf = asOfOf(options.asOf);
  if (options.path === 'compiled') return evaluateCoreSync(ruleset, calendar, input, { asOf, trace });
  const e = enginesFor(ruleset);
  const st = startCore(ruleset, calendar, input, asOf, trace);
  // One json-rules-engine run: the ticket types, then (the deadlines counted between) the effects.
  const { effects } = await runDecision(e, st.facts, async (classTrace) => {
    classified(st, classTrace);
    const answers: (TraceEntry | undefined)[] = [];
    for (const r of st.revisits) {
      setRevisitFacts(st.facts, r);
      answers.push((await runTrigger(e, st.facts))[0]);
    }
    counted(st, answers);
  });
  return finishCore(st, effects);
}

function asOfOf(asOf: string | Instant): Instant {
  return typeof asOf === 'number' ? asOf : parseInstant(asOf);
}
