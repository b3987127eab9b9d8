/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Talking to the decision service (same origin): JSON in and out, the client's language as
 * `?lang=`, the bearer token when one is set, and every error answer (`{ code, message, issues }`)
 * turned into an `ApiFailure` the page can show.
 */
import { currentLang } from './i18n.ts';

export interface Issue {
  code: string;
  message: string;
  path?: string;
  file?: string;
  line?: number;
  col?: number;
  severity?: 'error' | 'warning';
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

let token = '';

export function setToken(value: string): void {
  token = value.trim();
}

function withLang(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${currentLang()}`;
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(withLang(path), { ...init, headers });
  } catch (e) {
    throw new ApiFailure(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  if (res.ok) return res;
  let body: { code?: string; message?: string; issues?: Issue[] } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON: keep the status
  }
  throw new ApiFailure(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText, body.issues);
}

export async function getJson<T>(path: string): Promise<T> {
  return (await (await request(path)).json()) as T;
}

export async function sendJson<T>(path: string, body: unknown, method = 'POST'): Promise<{ status: number; body: T }> {
  const res = await request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** An error as one line for an alert, with the first issues and where they are. */
export function failureText(e: unknown): string {
  if (!(e instanceof ApiFailure)) return e instanceof Error ? e.message : String(e);
  const where = (i: Issue) =>
    [i.file, i.line !== undefined ? `${i.line}:${i.col ?? 1}` : '', i.path && i.path !== '(root)' ? i.path : '']
      .filter(Boolean)
      .join(' ');
  // each issue once: not when the message already says it, nor twice for one field
  const seen = new Set<string>();
  const issues = e.issues
    .filter((i) => {
      const key = `${where(i)}|${i.message}`;
      if (seen.has(key) || e.message.includes(i.message)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 3)
    .map((i) => `${where(i) ? `${where(i)} ` : ''}${i.message}`)
    .join('; ');
  return `${e.message}${issues ? ` — ${issues}` : ''} (${e.code})`;
}
