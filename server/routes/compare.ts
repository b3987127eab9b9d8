/**
 * `POST /v1/compare`: two versions of a rule set (`base`, `candidate`: a version or a draft
 * `{ files }`) over the same tickets as of one instant. Small comparisons are answered at once
 * (`?format=json|csv|md`); above `compareSyncLimit` tickets the comparison runs in the background
 * like a simulation (202, then `/v1/simulations/{id}`).
 */
import { Hono } from 'hono';
import { compare, generatorInputs, renderReport } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { bearerAuth, whoOf } from '../http/bearer-auth.ts';
import { checkShape } from '../http/check-shape.ts';
import { langOf } from '../http/lang.ts';
import { queryChoice } from '../http/query.ts';
import { readJson } from '../http/read-body.ts';
import { accepted } from '../http/run-responses.ts';
import { BATCH_FIELDS, batchAsOf } from '../runs/batch-options.ts';
import { withoutRejectedValues } from '../runs/report-rows.ts';
import { planTickets, type TicketsBody } from '../runs/resolve-tickets.ts';
import { resolveVersion } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';
import { MAX_GENERATE } from './simulations.ts';

interface CompareBody extends TicketsBody {
  base: unknown;
  candidate: unknown;
  asOf?: string;
  path?: 'engine' | 'compiled';
}

export function compareRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/compare', bearerAuth(s.options.tokens), async (c) => {
    const body = checkShape<CompareBody>(await readJson(c), {
      ...BATCH_FIELDS,
      base: { type: ['string', 'object'], required: true },
      candidate: { type: ['string', 'object'], required: true },
    });
    const format = queryChoice(c, 'format', ['json', 'csv', 'md'], 'json');
    const state = s.rules.current();
    const asOf = batchAsOf(body.asOf, s.options.clock);
    const path = body.path ?? 'compiled';
    const base = await resolveVersion(body.base, 'base', state.catalog, s);
    const candidate = await resolveVersion(body.candidate, 'candidate', state.catalog, s);
    const office = { id: base.ruleset.id, isDefault: base.ruleset.id === state.catalog.defaultId };
    const plan = planTickets(
      body,
      state.calendar,
      MAX_GENERATE,
      () => generatorInputs({ catalog: state.catalog, rulesDir: s.options.rulesDir, office: office.id }),
      office,
    );
    const options = {
      base: base.ruleset,
      candidate: candidate.ruleset,
      calendar: state.calendar,
      asOf,
      path,
      trusted: plan.trusted,
      total: plan.total,
    };
    if (plan.total <= s.options.compareSyncLimit) {
      const result = await compare({ ...options, tickets: plan.make() });
      if (format === 'json') return c.json(result);
      return c.body(renderReport(result, format, langOf(c)), 200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
      });
    }
    const ref = (role: 'base' | 'candidate', v: typeof base) => ({
      role,
      id: v.ruleset.id,
      version: v.ruleset.version,
      revision: v.ruleset.revision,
      draft: v.draft,
    });
    const run = await s.runs.submit(
      {
        kind: 'comparison',
        who: whoOf(c),
        asOf,
        path,
        versions: [ref('base', base), ref('candidate', candidate)],
        rulesRevision: state.revision,
        calendarRevision: state.calendar.revision,
        input: plan.input,
        total: plan.total,
      },
      async (io) => {
        const result = await compare({
          ...options,
          tickets: io.guard(plan.make()),
          onProgress: io.progress,
          onTicket: (row) => io.row({ ...row }),
        });
        return { report: withoutRejectedValues(result), summary: result.totals };
      },
    );
    return accepted(c, run);
  });
  return app;
}
