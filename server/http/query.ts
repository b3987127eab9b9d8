/** Query parameters with a fixed set of values: anything else is a 400 naming the parameter. */
import type { Context } from 'hono';
import type { Text } from '../../engine/index.ts';
import { ApiError } from './api-error.ts';

/** `why`, when given, says why only these values are accepted here (e.g. because of another parameter). */
export function queryChoice<T extends string>(
  c: Context,
  name: string,
  choices: readonly T[],
  fallback: T,
  why?: Text,
): T {
  const v = c.req.query(name);
  if (v === undefined || v === '') return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  const list = choices.join(', ');
  const zh = `查询参数 ${name} 只能是 ${list}`;
  const en = `query parameter ${name} must be one of ${list}`;
  throw new ApiError(400, 'QUERY_INVALID', why ? { zh: `${zh}：${why.zh}`, en: `${en}: ${why.en}` } : { zh, en }, [
    { code: 'QUERY_INVALID', path: `?${name}`, message: { zh: `可选：${list}`, en: `one of ${list}` } },
  ]);
}
