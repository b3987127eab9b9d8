/**
 * The tickets of a run request: inline (`tickets: [...]`, each checked by the engine and listed
 * when invalid), the shipped fixtures (`fixtures: true`: every ticket of `fixtures/tickets`), or
 * generated (`generate: { count, seed, from, to, asOf? }`, reproducible). Options are checked now
 * (a 400 at once); the tickets themselves are produced when the run starts.
 */
import { join } from 'node:path';
import {
  type Calendar,
  type GeneratorInputs,
  generateTickets,
  generatorInputs,
  loadCases,
  PACKAGE_ROOT,
  type Ticket,
  type TicketInput,
} from '../../engine/index.ts';
import { ApiError } from '../http/api-error.ts';
import { bodyInvalid, checkShape } from '../http/check-shape.ts';
import type { RunInput } from '../storage/run-record.ts';

export const FIXTURES_DIR = join(PACKAGE_ROOT, 'fixtures', 'tickets');

export interface TicketPlan {
  input: RunInput;
  total: number;
  trusted: boolean;
  make(): Iterable<TicketInput>;
}

export interface TicketsBody {
  tickets?: unknown;
  fixtures?: unknown;
  generate?: unknown;
}

interface GenerateBody {
  count: number;
  seed?: number;
  from: string;
  to: string;
  asOf?: string;
}

/**
 * Every distinct ticket of the shipped test cases (by id), in file order; with `office`, only that
 * office's (a ticket without `office` is the default office's).
 */
export function fixtureTickets(office?: { id: string; isDefault: boolean }): Ticket[] {
  const seen = new Map<string, Ticket>();
  for (const c of loadCases(FIXTURES_DIR, { displayRoot: PACKAGE_ROOT }).cases)
    if (!seen.has(c.ticket.id)) seen.set(c.ticket.id, c.ticket);
  const all = [...seen.values()];
  if (!office) return all;
  return all.filter((t) => (t.office === undefined ? office.isDefault : t.office === office.id));
}

/** `generator` gives the rule set and profile of generated tickets (asked for only when generating). */
export function planTickets(
  body: TicketsBody,
  calendar: Calendar,
  maxGenerate: number,
  generator: () => GeneratorInputs = () => generatorInputs(),
  /** A run of one office (a comparison): its fixtures only. */
  office?: { id: string; isDefault: boolean },
): TicketPlan {
  const given = (['tickets', 'fixtures', 'generate'] as const).filter(
    (k) => body[k] !== undefined && body[k] !== false,
  );
  if (given.length !== 1) {
    throw bodyInvalid([
      {
        code: 'SCHEMA_REQUIRED',
        path: '(root)',
        message: {
          zh: '工单来源应为 tickets、fixtures: true 或 generate 三者之一',
          en: 'give exactly one of tickets, fixtures: true, or generate',
        },
      },
    ]);
  }
  if (body.tickets !== undefined) {
    const list = checkShape<{ tickets: unknown[] }>({ tickets: body.tickets }, { tickets: { type: 'array' } }).tickets;
    return {
      input: { source: 'inline', count: list.length },
      total: list.length,
      trusted: false,
      make: () => list.map((value, i) => ({ file: `tickets[${i}]`, value })),
    };
  }
  if (body.fixtures !== undefined) {
    checkShape({ fixtures: body.fixtures }, { fixtures: { type: 'boolean' } });
    const list = fixtureTickets(office);
    return { input: { source: 'fixtures', count: list.length }, total: list.length, trusted: true, make: () => list };
  }
  const g = checkShape<GenerateBody>(
    body.generate,
    {
      count: { type: 'integer', required: true },
      seed: { type: 'integer' },
      from: { type: 'string', required: true },
      to: { type: 'string', required: true },
      asOf: { type: 'string' },
    },
    'generate',
  );
  if (g.count < 1 || g.count > maxGenerate) {
    throw new ApiError(
      400,
      'GENERATE_COUNT_INVALID',
      {
        zh: `generate.count 应为 1 至 ${maxGenerate} 的整数`,
        en: `generate.count must be an integer from 1 to ${maxGenerate}`,
      },
      [
        {
          code: 'GENERATE_COUNT_INVALID',
          path: 'generate.count',
          message: { zh: `1–${maxGenerate}`, en: `1–${maxGenerate}` },
        },
      ],
    );
  }
  const options = {
    count: g.count,
    seed: g.seed ?? 1,
    from: g.from,
    to: g.to,
    calendar,
    ...(g.asOf ? { asOf: g.asOf } : {}),
    ...generator(),
  };
  generateTickets(options); // validates the options now
  return {
    input: { source: 'generate', count: g.count, seed: options.seed, from: g.from, to: g.to },
    total: g.count,
    trusted: true,
    make: () => generateTickets(options),
  };
}
