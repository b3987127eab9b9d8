/**
 * `assess` against a rules catalogue: picks the version in force at the end of the assessed
 * month (the month asked for, else the latest month in the input) — monthly obligations arise
 * when the month closes. One version serves the whole run (a stated choice: a run across a
 * version change is judged by the later version).
 */
import type { Calendar } from '../calendar/calendar.ts';
import type { RulesetCatalog } from '../rules/load-catalog.ts';
import { defaultRulesetId } from '../rules/route-ticket.ts';
import { selectVersion } from '../rules/select-version.ts';
import { assess } from './assess.ts';
import { ticketMonth } from './group-tickets.ts';
import { assertMonth, lastDayOfMonth, monthOfInstant } from './month.ts';
import type { Assessment, AssessmentInput, AssessOptions, Month } from './types.ts';

export interface AssessCatalogOptions extends AssessOptions {
  /** Which rule set; defaults to the only one loaded. */
  rulesetId?: string;
}

/** Every month the input speaks of, ascending. */
export function inputMonths(input: AssessmentInput): Month[] {
  const months = new Set<Month>();
  for (const m of input.satisfaction ?? []) months.add(m.month);
  for (const t of input.cityUnsatisfied ?? []) months.add(ticketMonth(t));
  for (const p of input.publications ?? []) months.add(monthOfInstant(p.published));
  return [...months].filter(Boolean).sort();
}

export function assessWithCatalog(
  catalog: RulesetCatalog,
  calendar: Calendar,
  input: AssessmentInput,
  options: AssessCatalogOptions = {},
): Assessment {
  const id = options.rulesetId ?? defaultRulesetId(catalog);
  const month = options.month === undefined ? inputMonths(input).at(-1) : assertMonth(options.month);
  // An input with nothing dated (only empty lists) is judged by the latest version.
  const ruleset = month
    ? selectVersion(catalog, id, `${lastDayOfMonth(month)}T23:59:59.999+08:00`)
    : (catalog.rulesets[id]?.at(-1) ?? selectVersion(catalog, id, 0));
  return assess(ruleset, calendar, input, options.month === undefined ? {} : { month: options.month });
}
