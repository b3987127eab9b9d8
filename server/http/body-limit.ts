/**
 * The request body limit. A declared `Content-Length` is checked from the header alone (exactly
 * what hono's bodyLimit does first) without touching `c.req.raw.body`: touching it makes
 * @hono/node-server build a full web Request and read the body through web streams instead of its
 * direct fast path (measured: that costs more than the rest of a ping). Bodies without a length
 * (chunked) go through hono/body-limit, which counts them as they stream.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize, onError });
  return async function limitBody(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next();
    }
    return streaming(c, next);
  };
}
