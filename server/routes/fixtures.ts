/**
 * Ticket sources a client can read back:
 * - `GET /v1/fixtures`: the shipped fixture tickets (every distinct ticket of `fixtures/tickets`,
 *   in file order) as `{ tickets }` — the same tickets, in the same order, as a run's
 *   `fixtures: true`, so a run's ticket `index` is a position in this list.
 * - `POST /v1/tickets/generated` `{ generate: { count, seed, from, to, asOf? }, index }`: ticket
 *   `index` of a generated set, exactly as a run with that `generate` saw it (the generator is
 *   deterministic), so a client can explain one row of a comparison over generated tickets.
 */
import { Hono } from 'hono';
import { generatorInputs } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { checkShape } from '../http/check-shape.ts';
import { readJson } from '../http/read-body.ts';
import { fixtureTickets, planTickets } from '../runs/resolve-tickets.ts';
import type { Services } from '../services.ts';
import { MAX_GENERATE } from './simulations.ts';

export function fixtureRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/fixtures', (c) => c.json({ tickets: fixtureTickets() }));
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
