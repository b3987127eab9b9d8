/**
 * `server/routes/web.ts` without a browser: the Chinese + English page when the build is missing,
 * and static files only from the built folder's assets. (The `/v1` routes the page uses are
 * tested in test/server.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../server/env.ts';
import { webRoutes } from '../../server/routes/web.ts';
import type { Services } from '../../server/services.ts';

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'hotline-web-'));
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

function pageApp(dir: string) {
  const a = new Hono<AppEnv>();
  a.route('/', webRoutes({} as Services, { dir }));
  return a;
}

describe('GET / and /assets', () => {
  it('says in Chinese and English how to build the page when the build is missing', async () => {
    const res = await pageApp(join(dist, 'missing')).request('/');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('页面尚未构建');
    expect(html).toContain('The page has not been built');
    expect(html).toContain('npm run build:web');
  });

  it('serves the built page with a same-origin-only policy, and assets by name only', async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dist, 'secret.txt'), 'no');
    const a = pageApp(dist);
    const page = await a.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const js = await a.request('/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    for (const path of [
      '/assets/missing.js',
      '/assets/..%2Fsecret.txt',
      '/assets/%2E%2E%2Fsecret.txt',
      '/secret.txt',
    ]) {
      expect((await a.request(path)).status, path).toBe(404);
    }
  });
});
