/** Query parameters with a fixed set of values: anything else is a 400 naming the parameter. */
import type { Context } from 'hono';
import { ApiError } from './api-error.ts';

export function queryChoice<T extends string>(c: Context, name: string, choices: readonly T[], fallback: T): T {
  const v = c.req.query(name);
  if (v === undefined || v === '') return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  const list = choices.join(', ');
  throw new ApiError(
    400,
    'QUERY_INVALID',
    { zh: `查询参数 ${name} 只能是 ${list}`, en: `query parameter ${name} must be one of ${list}` },
    [{ code: 'QUERY_INVALID', path: `?${name}`, message: { zh: `可选：${list}`, en: `one of ${list}` } }],
  );
}
