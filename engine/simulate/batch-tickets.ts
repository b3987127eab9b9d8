/**
 * The tickets of a batch as a user names them: a source (`ticketSource`: folder, file, `-`), or
 * `count` generated tickets (reproducible by `seed`) received in a window that ends at the
 * decision instant (by default the 90 days before it), snapshot as of that instant.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { fromDayNumber } from '../calendar/day-number.ts';
import { formatInstant, parseInstant, shanghaiDay } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import { generateTickets } from './generate-tickets.ts';
import { type GeneratorInputs, generatorInputs } from './generator-inputs.ts';
import { ticketSource } from './read-tickets.ts';
import type { TicketInput } from './types.ts';

export interface BatchTicketsSpec {
  /** A folder, a file, or `-` for stdin … */
  source?: string;
  /** … or this many generated tickets. */
  generate?: number;
  seed?: number;
  /** Window of the generated tickets' `received` (default: 90 days before `asOf` up to `asOf`). */
  from?: string;
  to?: string;
  asOf: string;
  calendar: Calendar;
  /** Rule set and profile of the generated tickets (default: the shipped default office's). */
  generator?: GeneratorInputs | (() => GeneratorInputs);
}

export interface BatchTickets {
  items: Iterable<TicketInput> | AsyncIterable<TicketInput>;
  /** How many, when known (generated count, files in a folder). */
  total?: number;
  /** Generated tickets are well-formed by construction: no schema check needed. */
  trusted: boolean;
}

export function batchTickets(spec: BatchTicketsSpec): BatchTickets {
  const asOf = parseInstant(spec.asOf);
  if ((spec.source === undefined) === (spec.generate === undefined)) {
    throw new HotlineError('SIMULATE_OPTION_INVALID', {
      zh: '请给出 --tickets <来源> 或 --generate <数量>（二选一）',
      en: 'give either --tickets <source> or --generate <count>',
    });
  }
  if (spec.source !== undefined) {
    const src = ticketSource(spec.source);
    return { items: src.items, ...(src.files !== undefined ? { total: src.files } : {}), trusted: false };
  }
  const count = spec.generate ?? 0;
  const inputs = typeof spec.generator === 'function' ? spec.generator() : (spec.generator ?? generatorInputs());
  const items = generateTickets({
    count,
    seed: spec.seed ?? 1,
    from: spec.from ?? fromDayNumber(shanghaiDay(asOf) - 90),
    to: spec.to ?? formatInstant(asOf),
    calendar: spec.calendar,
    asOf: formatInstant(asOf),
    ...inputs,
  });
  return { items, total: count, trusted: true };
}
