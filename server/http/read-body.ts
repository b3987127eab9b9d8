/**
 * Request bodies: JSON only where JSON is expected (415 otherwise), malformed JSON → 400
 * `BAD_JSON` with the position the parser names, an empty body → 400 `BODY_REQUIRED`.
 */
import type { Context } from 'hono';
import { ApiError } from './api-error.ts';

export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isJsonType(type: string): boolean {
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

export function unsupportedMediaType(type: string, accepted: string[]): ApiError {
  return new ApiError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    {
      zh: `不支持的内容类型“${type || '（未指明）'}”，应为 ${accepted.join(' 或 ')}`,
      en: `unsupported content type "${type || '(none)'}"; expected ${accepted.join(' or ')}`,
    },
    [],
    { Accept: accepted.join(', ') },
  );
}

/** Parses JSON text; BAD_JSON names line and column when the parser gives a position. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') {
    throw new ApiError(400, 'BODY_REQUIRED', { zh: '请求体为空', en: 'the request body is empty' });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? Number(pos[1]) : undefined;
    const where =
      at === undefined
        ? {}
        : {
            line: text.slice(0, at).split('\n').length,
            col: at - text.lastIndexOf('\n', at - 1),
          };
    throw new ApiError(
      400,
      'BAD_JSON',
      { zh: `请求体不是有效的 JSON：${msg}`, en: `the body is not valid JSON: ${msg}` },
      [{ code: 'BAD_JSON', path: '(root)', message: { zh: msg, en: msg }, ...where }],
    );
  }
}

export async function readJson(c: Context): Promise<unknown> {
  const type = mediaType(c);
  if (!isJsonType(type)) throw unsupportedMediaType(type, ['application/json']);
  return parseJsonText(await c.req.text());
}
