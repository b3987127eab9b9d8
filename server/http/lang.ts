/** The client's language: `?lang=en|zh` first, then `Accept-Language`; Chinese by default. */
import type { Context } from 'hono';
import { type Lang, parseLang } from '../../engine/index.ts';

export function langOf(c: Context): Lang {
  const q = c.req.query('lang');
  if (q !== undefined && q !== '') return parseLang(q);
  return parseLang(c.req.header('accept-language'));
}
