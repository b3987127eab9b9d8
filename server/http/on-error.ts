/**
 * The single error handler and the not-found handler: every failure leaves as
 * `{ code, message, issues }` with a stable code, the message in the client's language. Unexpected
 * errors are logged (name, message, stack, route — never the request body) and answered with a
 * generic 500.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { routePath } from 'hono/route';
import { pick } from '../../engine/index.ts';
import type { Logger } from '../options.ts';
import { ApiError, type ErrorBody, type Issue } from './api-error.ts';
import { langOf } from './lang.ts';
import { toApiError } from './to-api-error.ts';

export function errorResponse(c: Context, e: ApiError): Response {
  const lang = langOf(c);
  const body: ErrorBody = {
    code: e.code,
    message: pick(e.text, lang),
    issues: e.issues.map((i): Issue => ({ ...i, message: pick(i.message, lang) })),
  };
  return c.json(body, e.status as 400, e.headers);
}

/** The client went away mid-request (its body stream was aborted): nothing to answer, nothing to alarm about. */
function clientAborted(err: unknown, c: Context): boolean {
  if (err instanceof Error && (err.message === 'aborted' || (err as NodeJS.ErrnoException).code === 'ECONNRESET'))
    return true;
  try {
    return c.req.raw.signal?.aborted === true;
  } catch {
    return false;
  }
}

export function onError(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (clientAborted(err, c)) {
      logger.info({ msg: 'client aborted', method: c.req.method, route: routePath(c) });
      return errorResponse(
        c,
        new ApiError(400, 'CLIENT_ABORTED', {
          zh: '客户端在请求完成前断开了连接',
          en: 'the client disconnected before the request was complete',
        }),
      );
    }
    const { error, unexpected } = toApiError(err);
    if (unexpected) {
      const e = err instanceof Error ? err : new Error(String(err));
      logger.error({
        level: 'error',
        msg: 'unhandled error',
        method: c.req.method,
        route: routePath(c),
        error: { name: e.name, message: e.message, stack: e.stack },
      });
    }
    return errorResponse(c, error);
  };
}

export const notFound: NotFoundHandler = (c) =>
  errorResponse(
    c,
    new ApiError(404, 'NOT_FOUND', {
      zh: `没有这个地址：${c.req.method} ${c.req.path}；接口说明见 /docs`,
      en: `no such route: ${c.req.method} ${c.req.path}; see /docs`,
    }),
  );
