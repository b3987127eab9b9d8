import type { Calendar } from '../calendar/calendar.ts';
import { HotlineError } from '../errors.ts';
import type { RulesetCatalog } from '../rules/load-catalog.ts';
import { selectVersion } from '../rules/select-version.ts';
import { evaluate } from './evaluate.ts';
import type { Decision, Ticket } from './types.ts';

export interface DecideOptions {
  asOf: string;
  /** Which rule set; defaults to the only one loaded. */
  rulesetId?: string;
  path?: 'engine' | 'compiled';
  /** Keep the rule trace (default true). */
  trace?: boolean;
  /** Build the per-deadline explanations (default true). */
  explain?: boolean;
}

/** The rule set to use when none is named: the only one loaded. */
export function defaultRulesetId(catalog: RulesetCatalog): string {
  const ids = Object.keys(catalog.rulesets);
  if (ids.length === 1) return ids[0]!;
  throw new HotlineError('RULESET_AMBIGUOUS', {
    zh: `已载入多个规则集（${ids.join('、') || '无'}），请指定规则集`,
    en: `several rule sets are loaded (${ids.join(', ') || 'none'}); name one`,
  });
}

/** Evaluates a ticket under the version in force when it was received (新老划断). */
export function decide(
  catalog: RulesetCatalog,
  calendar: Calendar,
  ticket: Ticket,
  options: DecideOptions,
): Promise<Decision> {
  const ruleset = selectVersion(catalog, options.rulesetId ?? defaultRulesetId(catalog), ticket.received);
  return evaluate(ruleset, calendar, ticket, {
    asOf: options.asOf,
    path: options.path ?? 'engine',
    trace: options.trace !== false,
    explain: options.explain !== false,
  });
}
