/** The real server: `startServer({ port: 0 })` on a free port, spoken to over HTTP with fetch, then closed. */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { startServer } from '../../server/main.ts';
import { clock, logSink, tempDir, ticket } from './helpers.ts';

describe('startServer', () => {
  it('serves over HTTP on a free port and closes cleanly', async () => {
    const dataDir = tempDir();
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, watch: false, clock, logger: logSink() });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
      const res = await fetch(`${server.url}/v1/decisions?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ticket: ticket() }),
      });
      expect(res.status).toBe(200);
      const d = (await res.json()) as { ticketId: string; explanation: string };
      expect(d.ticketId).toBe('SS-2025-0930-001');
      const bad = await fetch(`${server.url}/v1/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"ticket":',
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { code: string }).code).toBe('BAD_JSON');
      const big = await fetch(`${server.url}/v1/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(6 * 1024 * 1024),
      });
      expect(big.status).toBe(413);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('refuses a port in use', async () => {
    const a = await startServer({ port: 0, dataDir: tempDir(), watch: false, logger: logSink() });
    try {
      await expect(startServer({ port: a.port, dataDir: tempDir(), watch: false, logger: logSink() })).rejects.toThrow(
        /EADDRINUSE/,
      );
    } finally {
      await a.close();
    }
  });
});

describe('server/main.ts as a program', () => {
  it('prints a zh + en start line, stops on SIGTERM, releases the lock', async () => {
    const dataDir = tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(PACKAGE_ROOT, 'server/main.ts'), '--port', '0', '--data-dir', dataDir, '--quiet'],
      { cwd: PACKAGE_ROOT },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(out).toMatch(/12345 热线决策服务已启动：http:\/\/127\.0\.0\.1:\d+/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(existsSync(join(dataDir, '.lock'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/已停止 \/ stopped/);
    expect(existsSync(join(dataDir, '.lock'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);
});
