/**
 * Ticket sources a client can read back:
 * - `GET /v1/fixtures`: the shipped fixture tickets (every distinct ticket of `fixtures/tickets`,
 *   in file order) as `{ tickets }` — the same tickets, in the same order, as a run's
 *   `fixtures: true`, so a run's ticket `index` is a position in this list — and, additively,
 *   `cases`: every named test case (`name`, its own `asOf`, the file and line it is written at) with
 *   `ticketId` and `index`, the position of its ticket in `tickets`, so a client can decide a
 *   sample as of the moment its case is about rather than as of now.
 * - `POST /v1/tickets/generated` `{ generate: { count, seed, from, to, asOf? }, index }`: ticket
 *   `index` of a generated set, exactly as a run with that `generate` saw it (the generator is
 *   deterministic), so a client can explain one row of a comparison over generated tickets.
 */
import { Hono } from 'hono';
import { generatorInputs, loadCases, PACKAGE_ROOT } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { checkShape } from '../http/check-shape.ts';
import { readJson } from '../http/read-body.ts';
import { FIXTURES_DIR, fixtureTickets, planTickets } from '../runs/resolve-tickets.ts';
import type { Services } from '../services.ts';
import { MAX_GENERATE } from './simulations.ts';

export interface FixtureCase {
  name: string;
  asOf: string;
  ticketId: string;
  /** Position of the case's ticket in `tickets`. */
  index: number;
  clauses: string[];
  file: string;
  line: number;
}

/** The shipped tickets (as a run sees them) and the named cases that use them. */
export function fixtureList(): { tickets: ReturnType<typeof fixtureTickets>; cases: FixtureCase[] } {
  const tickets = fixtureTickets();
  const position = new Map(tickets.map((t, i) => [t.id, i]));
  const cases = loadCases(FIXTURES_DIR, { displayRoot: PACKAGE_ROOT }).cases.flatMap((c) => {
    const index = position.get(c.ticket.id);
    return index === undefined
      ? []
      : [{ name: c.name, asOf: c.asOf, ticketId: c.ticket.id, index, clauses: c.clauses, file: c.file, line: c.line }];
  });
  return { tickets, cases };
}

export function fixtureRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let list: ReturnType<typeof fixtureList> | undefined;
  app.get('/fixtures', (c) => {
    list ??= fixtureList();
    return c.json(list);
  });
  app.post('/tickets/generated', async (c) => {
    const body = checkShape<{ generate: unknown; index: number }>(await readJson(c), {
      generate: { type: 'any', required: true },
      index: { type: 'integer', required: true },
    });
    const state = s.rules.current();
    const plan = planTickets({ generate: body.generate }, state.calendar, MAX_GENERATE, () =>
      generatorInputs({ catalog: state.catalog, rulesDir: s.options.rulesDir }),
    );
    if (body.index < 0 || body.index >= plan.total) {
      throw new ApiError(404, 'TICKET_NOT_FOUND', {
        zh: `生成的工单只有 ${plan.total} 张（序号 0 至 ${plan.total - 1}），没有序号 ${body.index}`,
        en: `the generated set has ${plan.total} tickets (index 0 to ${plan.total - 1}); there is no index ${body.index}`,
      });
    }
    let i = 0;
    for (const ticket of plan.make()) {
      if (i++ === body.index) return c.json({ index: body.index, ticket });
    }
    throw new ApiError(404, 'TICKET_NOT_FOUND', { zh: '没有该工单', en: 'no such ticket' });
  });
  return app;
}
