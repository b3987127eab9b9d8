import type { Calendar } from '../../engine/calendar/calendar.ts';
import { formatInstant, parseInstant } from '../../engine/calendar/instant.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import type { RulesetCatalog } from '../../engine/rules/load-catalog.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';

/** The stages a generated ticket is met at, in turn: 2 hours, 2, 6 and 20 days after it came in. */
const STAGE_HOURS = [2, 48, 144, 480];

/**
 * `count` generated tickets of one office (received 2025-04-14…12-31), each with the asOf of its
 * stage, so that the cases reach open, due-soon, overdue and closed deadlines alike.
 */
export function* generatedAtStages(o: {
  catalog: RulesetCatalog;
  calendar: Calendar;
  office: string;
  count: number;
  seed: number;
}): Generator<{ ruleset: Ruleset; ticket: Ticket; asOf: string }> {
  const inputs = generatorInputs({ catalog: o.catalog, office: o.office });
  let i = 0;
  for (const ticket of generateTickets({
    count: o.count,
    seed: o.seed,
    from: '2025-04-14',
    to: '2025-12-31',
    calendar: o.calendar,
    ...inputs,
  })) {
    const hours = STAGE_HOURS[i++ % STAGE_HOURS.length]!;
    yield { ruleset: inputs.ruleset, ticket, asOf: formatInstant(parseInstant(ticket.received) + hours * 3_600_000) };
  }
}
