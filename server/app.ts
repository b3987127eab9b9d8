/**
 * `createApp(options)`: the decision service as a Hono app, without listening (tests call
 * `app.request()`; `main.ts` serves it). Loads and validates the rules (refusing to start on any
 * error), takes the data folder's lock, opens the run catalogue, watches the rules, and wires the
 * routes, the request log, the body limit, 405s and the one error handler. `reload()` re-reads
 * the rules now; `close()` stops the watcher and the runs, flushes, and releases the lock.
 */
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { formatInstant } from '../engine/index.ts';
import type { AppEnv } from './env.ts';
import { ApiError } from './http/api-error.ts';
import { limitBody } from './http/body-limit.ts';
import { errorResponse, notFound, onError } from './http/on-error.ts';
import { requestLog } from './http/request-log.ts';
import { type AppOptions, resolveOptions } from './options.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { assessmentRoutes } from './routes/assessments.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { compareRoutes } from './routes/compare.ts';
import { deadlineRoutes } from './routes/deadlines.ts';
import { decisionRoutes } from './routes/decisions.ts';
import { fixtureRoutes } from './routes/fixtures.ts';
import { healthRoutes } from './routes/health.ts';
import { lawRoutes } from './routes/law.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { rulesetRoutes } from './routes/rulesets.ts';
import { simulationRoutes } from './routes/simulations.ts';
import { validateRoutes } from './routes/validate.ts';
import { webRoutes } from './routes/web.ts';
import { createDraftCache } from './rules/draft-cache.ts';
import { createRulesHolder, type ReloadResult } from './rules/rules-holder.ts';
import { watchRules } from './rules/watch-rules.ts';
import { RunManager } from './runs/run-manager.ts';
import type { Services } from './services.ts';
import { acquireDataLock } from './storage/data-lock.ts';
import { RunCatalogue } from './storage/run-catalogue.ts';
import { RunFiles } from './storage/run-files.ts';
import { createValidationPool } from './workers/validation-pool.ts';

export type HotlineApp = Hono<AppEnv> & {
  readonly services: Services;
  /** Re-reads the rules and calendar now (what the watcher does after a change). */
  reload(): Promise<ReloadResult>;
  close(): Promise<void>;
};

export function createApp(options: AppOptions = {}): HotlineApp {
  const o = resolveOptions(options);
  const startedAt = o.clock.now();
  const rules = createRulesHolder({ rulesDir: o.rulesDir, calendarFile: o.calendarFile }, o.clock, o.logger);
  const lock = acquireDataLock(o.dataDir, formatInstant(startedAt));
  let runs: RunManager;
  try {
    runs = new RunManager(new RunCatalogue(o.dataDir), new RunFiles(o.dataDir), o.clock, o.logger);
  } catch (e) {
    lock.release();
    throw e;
  }
  const validation = createValidationPool({ inlineBytes: o.validationInlineBytes });
  const drafts = createDraftCache(o.draftCacheSize);
  const services: Services = {
    options: o,
    rules,
    runs,
    startedAt,
    validation,
    checkDraft: (files) => drafts.get(files, () => validation.run({ kind: 'draft', files, rulesDir: o.rulesDir })),
  };

  const app = new Hono<AppEnv>();
  app.use(requestLog(o.logger));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        errorResponse(
          c,
          new ApiError(
            405,
            'METHOD_NOT_ALLOWED',
            {
              zh: `${c.req.method} 不适用于此地址，可用：${methods.join(', ')}`,
              en: `${c.req.method} is not allowed here; use ${methods.join(', ')}`,
            },
            [],
            { Allow: methods.join(', ') },
          ),
        ),
    }),
  );
  app.use(
    limitBody(o.bodyLimit, () => {
      throw new ApiError(413, 'BODY_TOO_LARGE', {
        zh: `请求体超过 ${o.bodyLimit} 字节的上限`,
        en: `the request body is over the limit of ${o.bodyLimit} bytes`,
      });
    }),
  );
  app.route('/', healthRoutes(services));
  app.route('/', openApiRoutes());
  for (const routes of [
    decisionRoutes,
    deadlineRoutes,
    calendarRoutes,
    rulesetRoutes,
    validateRoutes,
    simulationRoutes,
    compareRoutes,
    assessmentRoutes,
    fixtureRoutes,
    agendaRoutes,
    lawRoutes,
  ]) {
    app.route('/v1', routes(services));
  }
  app.route('/', webRoutes(services));
  app.onError(onError(o.logger));
  app.notFound(notFound);

  const watcher = o.watch
    ? watchRules(
        { rulesDir: o.rulesDir, calendarFile: o.calendarFile, debounceMs: o.watchDebounceMs, logger: o.logger },
        () => rules.reload(),
      )
    : undefined;
  let closed: Promise<void> | undefined;
  return Object.assign(app, {
    services,
    reload: async () => rules.reload(),
    close: () => {
      closed ??= (async () => {
        watcher?.close();
        try {
          await runs.close();
          await validation.close();
        } finally {
          lock.release();
        }
      })();
      return closed;
    },
  });
}
