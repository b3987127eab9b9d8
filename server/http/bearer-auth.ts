/**
 * Writes (starting or cancelling runs) need `Authorization: Bearer <token>` when tokens are
 * configured. Tokens are compared in constant time (over their SHA-256, so lengths do not leak),
 * every configured token is tried, and the matching token's label is who made the request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerAuth(tokens: readonly { label: string; token: string }[]): MiddlewareHandler {
  const known = tokens.map((t) => ({ label: t.label, hash: digest(t.token) }));
  return async function bearerAuth(c, next) {
    if (known.length === 0) {
      c.set('who', 'anonymous');
      return next();
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const given = digest(m?.[1] ?? '');
    let who: string | undefined;
    for (const k of known) if (timingSafeEqual(k.hash, given) && m) who ??= k.label;
    if (who === undefined) {
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        m
          ? { zh: '令牌无效', en: 'the bearer token is not valid' }
          : { zh: '此操作需要 Authorization: Bearer <令牌>', en: 'this operation needs Authorization: Bearer <token>' },
        [],
        { 'WWW-Authenticate': 'Bearer realm="hotline"' },
      );
    }
    c.set('who', who);
    return next();
  };
}

/** Who made the request (`anonymous` when writes are open). */
export function whoOf(c: Context): string {
  return (c.get('who') as string | undefined) ?? 'anonymous';
}
