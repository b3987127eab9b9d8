/**
 * Simulation runs: `POST /v1/simulations` (a version, a draft `{ files }`, or the versions in
 * force; tickets inline, `fixtures: true` or `generate`) → 202 `{ id, status }`, run in the
 * background; `GET /v1/simulations` (the catalogue), `GET /v1/simulations/{id}` (status, progress,
 * summary), `GET /v1/simulations/{id}/results?format=json|csv|md|jsonl`, `DELETE
 * /v1/simulations/{id}` (cancel). Comparisons started by `/v1/compare` live here too.
 */
import { Hono } from 'hono';
import { generatorInputs, type Ruleset, simulate } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { bearerAuth, whoOf } from '../http/bearer-auth.ts';
import { checkShape } from '../http/check-shape.ts';
import { readJson } from '../http/read-body.ts';
import { accepted, runNotFound } from '../http/run-responses.ts';
import { BATCH_FIELDS, batchAsOf } from '../runs/batch-options.ts';
import { decisionRow, withoutRejectedValues } from '../runs/report-rows.ts';
import { planTickets, type TicketsBody } from '../runs/resolve-tickets.ts';
import { resolveVersion } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';
import type { RunVersion } from '../storage/run-record.ts';
import { runResultsRoute } from './run-results.ts';

interface SimulationBody extends TicketsBody {
  version?: unknown;
  files?: unknown;
  ruleset?: string;
  asOf?: string;
  path?: 'engine' | 'compiled';
}

export const MAX_GENERATE = 200_000;

export function simulationRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = bearerAuth(s.options.tokens);
  app.post('/simulations', auth, async (c) => {
    const body = checkShape<SimulationBody>(await readJson(c), {
      ...BATCH_FIELDS,
      version: { type: ['string', 'object'] },
      files: { type: 'object' },
      ruleset: { type: 'string' },
    });
    const state = s.rules.current();
    const asOf = batchAsOf(body.asOf, s.options.clock);
    const path = body.path ?? 'compiled';
    const draftOrVersion = body.files !== undefined ? { files: body.files } : body.version;
    const one =
      draftOrVersion === undefined
        ? undefined
        : await resolveVersion(draftOrVersion, body.files ? '(root)' : 'version', state.catalog, s);
    // Without a version or a named rule set, each ticket goes to its own office (mixed batches).
    const rulesetId = one ? one.ruleset.id : body.ruleset;
    const inForce: readonly Ruleset[] = one
      ? []
      : rulesetId === undefined
        ? Object.values(state.catalog.rulesets).flat()
        : (state.catalog.rulesets[rulesetId] ?? []);
    if (!one && inForce.length === 0)
      throw new ApiError(404, 'RULESET_UNKNOWN', { zh: `没有规则集“${rulesetId}”`, en: `no rule set "${rulesetId}"` });
    // Generated tickets are the named office's (default: the rules folder's default office).
    const plan = planTickets(body, state.calendar, MAX_GENERATE, () =>
      generatorInputs({
        catalog: state.catalog,
        rulesDir: s.options.rulesDir,
        ...(rulesetId !== undefined ? { office: rulesetId } : {}),
      }),
    );
    const versions: RunVersion[] = one
      ? [
          {
            role: 'simulated',
            id: one.ruleset.id,
            version: one.ruleset.version,
            revision: one.ruleset.revision,
            draft: one.draft,
          },
        ]
      : inForce.map((r) => ({ role: 'in-force', id: r.id, version: r.version, revision: r.revision, draft: false }));
    const run = await s.runs.submit(
      {
        kind: 'simulation',
        who: whoOf(c),
        asOf,
        path,
        versions,
        rulesRevision: state.revision,
        calendarRevision: state.calendar.revision,
        input: plan.input,
        total: plan.total,
      },
      async (io) => {
        const result = await simulate({
          ...(one
            ? { ruleset: one.ruleset }
            : { catalog: state.catalog, ...(rulesetId !== undefined ? { rulesetId } : {}) }),
          calendar: state.calendar,
          tickets: io.guard(plan.make()),
          asOf,
          path,
          trusted: plan.trusted,
          total: plan.total,
          onProgress: io.progress,
          onDecision: (d) => io.row(decisionRow(d)),
        });
        return { report: withoutRejectedValues(result), summary: result.summary };
      },
    );
    return accepted(c, run);
  });
  app.get('/simulations', (c) => {
    const limit = Math.min(1_000, Math.max(1, Number(c.req.query('limit')) || 100));
    const runs = s.runs.list();
    return c.json({ total: runs.length, runs: runs.slice(-limit).reverse() });
  });
  app.get('/simulations/:id', (c) => {
    const run = s.runs.get(c.req.param('id'));
    if (!run) throw runNotFound(c.req.param('id'));
    return c.json(run);
  });
  app.get('/simulations/:id/results', runResultsRoute(s));
  app.delete('/simulations/:id', auth, async (c) => {
    const id = c.req.param('id');
    const before = s.runs.get(id);
    if (!before) throw runNotFound(id);
    if (['done', 'failed', 'cancelled', 'interrupted'].includes(before.status)) {
      // A finished run is removed (record and files) only when asked in so many words.
      if (c.req.query('remove') === 'true') {
        await s.runs.remove(id);
        return c.json({ id, removed: true });
      }
      throw new ApiError(409, 'RUN_FINISHED', {
        zh: `运行 ${id} 已结束（${before.status}），无法取消；要删除它及其结果，请用 DELETE …?remove=true`,
        en: `run ${id} has already finished (${before.status}); nothing to cancel. To delete it and its results, DELETE …?remove=true`,
      });
    }
    return c.json(await s.runs.cancel(id));
  });
  return app;
}
