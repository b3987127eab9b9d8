/** Shared by the server tests: an app on a private data folder, a fixed clock, a valid ticket, JSON requests. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInstant, RULES_DIR, type Ticket } from '../../engine/index.ts';
import { createApp, type HotlineApp } from '../../server/app.ts';
import type { AppOptions, Logger } from '../../server/options.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests walk untyped JSON answers
export type Body = Record<string, any>;

export const NOW = parseInstant('2025-10-10T12:00:00+08:00');
export const clock = { now: () => NOW };

export function tempDir(prefix = 'hotline-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the shipped rules in a temp folder (for reload tests). */
export function copyRules(): string {
  const dir = join(tempDir('hotline-rules-'), 'rules');
  cpSync(RULES_DIR, dir, { recursive: true });
  return dir;
}

export interface LogSink extends Logger {
  lines: Record<string, unknown>[];
}

export function logSink(): LogSink {
  const lines: Record<string, unknown>[] = [];
  return { lines, info: (e) => lines.push(e), error: (e) => lines.push(e) };
}

export function testApp(options: AppOptions = {}): HotlineApp & { dataDir: string; logs: LogSink } {
  const dataDir = options.dataDir ?? tempDir();
  const logs = logSink();
  const app = createApp({ watch: false, clock, logger: logs, ...options, dataDir });
  return Object.assign(app, { dataDir, logs });
}

export async function disposeApp(app: HotlineApp & { dataDir: string }): Promise<void> {
  await app.close();
  rmSync(app.dataDir, { recursive: true, force: true });
}

/** The normal ticket accepted the day before the 2025 National Day holiday (fixtures/tickets/_tickets). */
export function ticket(overrides: Record<string, unknown> = {}): Ticket {
  return {
    id: 'SS-2025-0930-001',
    received: '2025-09-30T08:30:00+08:00',
    dispatched: '2025-09-30T09:00:00+08:00',
    accepted: '2025-09-30T10:00:00+08:00',
    channel: 'hotline',
    urgency: '一般',
    tags: [],
    units: { primary: '佘山镇城市建设管理中心' },
    ...overrides,
  } as Ticket;
}

export function post(
  app: { request: HotlineApp['request'] },
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Asserts the error shape and returns the body. */
export async function errorBody(
  res: Response,
): Promise<{ code: string; message: string; issues: Record<string, unknown>[] }> {
  const body = (await res.json()) as { code: string; message: string; issues: Record<string, unknown>[] };
  if (typeof body.code !== 'string' || typeof body.message !== 'string' || !Array.isArray(body.issues)) {
    throw new Error(`not an error body: ${JSON.stringify(body)}`);
  }
  return body;
}

/** Polls a run until it has finished. */
export async function waitForRun(
  app: { request: HotlineApp['request'] },
  id: string,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const t0 = Date.now();
  for (;;) {
    const run = (await (await app.request(`/v1/simulations/${id}`)).json()) as Record<string, unknown>;
    if (['done', 'failed', 'cancelled', 'interrupted'].includes(String(run.status))) return run;
    if (Date.now() - t0 > timeoutMs) throw new Error(`run ${id} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
