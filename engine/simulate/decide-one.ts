/**
 * One decision inside a batch: on the compiled path synchronously (`evaluateSync`, no Promise per
 * ticket), on the engine path through json-rules-engine. Explanations and the rule trace only
 * when asked (`explain`): a batch counts decisions, it does not print them.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { evaluate, evaluateSync } from '../evaluate/evaluate.ts';
import type { Decision, Ticket } from '../evaluate/types.ts';
import type { Ruleset } from '../rules/types.ts';

export interface DecideOneOptions {
  asOf: string;
  path: 'engine' | 'compiled';
  /** Each deadline's counting explanation and the trace of every rule. */
  explain: boolean;
}

export function decideOne(
  ruleset: Ruleset,
  calendar: Calendar,
  ticket: Ticket,
  o: DecideOneOptions,
): Decision | Promise<Decision> {
  const detail = { asOf: o.asOf, explain: o.explain, trace: o.explain };
  if (o.path === 'compiled') return evaluateSync(ruleset, calendar, ticket, detail);
  return evaluate(ruleset, calendar, ticket, { ...detail, path: 'engine' });
}
