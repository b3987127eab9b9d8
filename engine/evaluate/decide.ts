import type { Calendar } from '../calendar/calendar.ts';
import type { RulesetCatalog } from '../rules/load-catalog.ts';
import { rulesetIdFor } from '../rules/route-ticket.ts';
import { selectVersion } from '../rules/select-version.ts';
import type { DecisionCore } from './core-types.ts';
import { evaluateCore } from './evaluate.ts';
import { renderDecision } from './render-decision.ts';
import type { Decision, Ticket } from './types.ts';

export interface DecideOptions {
  asOf: string;
  /** Which rule set, for a ticket without `office` (default: the rules folder's default, or the only one loaded). */
  rulesetId?: string;
  path?: 'engine' | 'compiled';
  /** Keep the rule trace (default true). */
  trace?: boolean;
  /** Build the per-deadline explanations (default true). */
  explain?: boolean;
}

/** Evaluates a ticket under its office's rule set (`rulesetIdFor`), in the version in force when it was received (新老划断). */
export async function decide(
  catalog: RulesetCatalog,
  calendar: Calendar,
  ticket: Ticket,
  options: DecideOptions,
): Promise<Decision> {
  return renderDecision(await decideCore(catalog, calendar, ticket, options), { explain: options.explain !== false });
}

/** The same decision in numbers, not written out (for answers read straight from the core, e.g. a summary). */
export function decideCore(
  catalog: RulesetCatalog,
  calendar: Calendar,
  ticket: Ticket,
  options: Omit<DecideOptions, 'explain'>,
): Promise<DecisionCore> {
  const id = rulesetIdFor(catalog, { office: ticket.office, requested: options.rulesetId });
  const ruleset = selectVersion(catalog, id, ticket.received);
  return evaluateCore(ruleset, calendar, ticket, {
    asOf: options.asOf,
    path: options.path ?? 'engine',
    trace: options.trace !== false,
  });
}
