/**
 * One JSON line per request: method, route pattern (`/v1/calendar/:date`, never the concrete
 * path or query string, which may carry data), status and milliseconds. Never a body.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../options.ts';

export function requestLog(logger: Logger): MiddlewareHandler {
  return async function requestLog(c, next) {
    const t0 = performance.now();
    await next();
    const route = routePath(c, -1);
    logger.info({
      method: c.req.method,
      route: route === '/*' || route === '*' ? '(unmatched)' : route,
      status: c.res.status,
      ms: Math.round((performance.now() - t0) * 100) / 100,
    });
  };
}
