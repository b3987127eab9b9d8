/** `GET /healthz` (rules and calendar revisions, uptime) and `GET /v1/ping`, the trivial route the benchmark compares with. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { Services } from '../services.ts';

export function healthRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => {
    const state = s.rules.current();
    const error = s.rules.lastError();
    return c.json({
      ok: true,
      rules: { revision: state.revision, loadedAt: state.loadedAt },
      calendar: { id: state.calendar.id, revision: state.calendar.revision },
      uptimeSeconds: Math.max(0, Math.round((s.options.clock.now() - s.startedAt) / 1000)),
      reloadError: error !== null && error.resolvedAt === null,
    });
  });
  app.get('/v1/ping', (c) => c.json({ pong: true }));
  return app;
}
