/**
 * One decision inside a batch, as its numeric core: on the compiled path synchronously
 * (`evaluateCoreSync`, no Promise per ticket), on the engine path through json-rules-engine. The
 * batch counts the core (`addCore`); a `Decision` is written only when one is kept or streamed
 * (`decisionOf`), with explanations and the rule trace only when asked (`explain`).
 */
import type { Calendar } from '../calendar/calendar.ts';
import type { Instant } from '../calendar/instant.ts';
import type { DecisionCore } from '../evaluate/core-types.ts';
import { evaluateCore, evaluateCoreSync } from '../evaluate/evaluate.ts';
import { renderDecision } from '../evaluate/render-decision.ts';
import type { Decision, Ticket } from '../evaluate/types.ts';
import type { Ruleset } from '../rules/types.ts';

export interface DecideOneOptions {
  /** Parsed once per chunk, not once per ticket. */
  asOf: Instant;
  path: 'engine' | 'compiled';
  /** Each deadline's counting explanation and the trace of every rule. */
  explain: boolean;
}

export function decideOne(
  ruleset: Ruleset,
  calendar: Calendar,
  ticket: Ticket,
  o: DecideOneOptions,
): DecisionCore | Promise<DecisionCore> {
  if (o.path === 'compiled') return evaluateCoreSync(ruleset, calendar, ticket, { asOf: o.asOf, trace: o.explain });
  return evaluateCore(ruleset, calendar, ticket, { asOf: o.asOf, path: 'engine', trace: o.explain });
}

/**
 * The decision written from its core (explanations when `explain`). `nextChange: false` leaves
 * `nextChangeAt` null without working it out: for decisions that are only compared, never shown.
 */
export function decisionOf(
  core: DecisionCore,
  o: Pick<DecideOneOptions, 'explain'> & { nextChange?: boolean },
): Decision {
  return renderDecision(core, { explain: o.explain, nextChange: o.nextChange !== false });
}
