/**
 * `server/routes/web.ts` without a browser: the Chinese + English page when the build is missing,
 * static files only from the built folder's assets, and the three helpers the page uses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../server/env.ts';
import { webRoutes } from '../../server/routes/web.ts';
import type { Services } from '../../server/services.ts';
import { type Body, disposeApp, errorBody, post, testApp } from '../server/helpers.ts';
import { ticketTypesWith } from './helpers.ts';

let app: ReturnType<typeof testApp>;
let dist: string;
beforeAll(() => {
  app = testApp();
  dist = mkdtempSync(join(tmpdir(), 'hotline-web-'));
});
afterAll(async () => {
  await disposeApp(app);
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

describe('the page’s helpers', () => {
  it('GET /web/api/fixtures lists the shipped fixture tickets', async () => {
    const { tickets } = (await (await app.request('/web/api/fixtures')).json()) as { tickets: Body[] };
    expect(tickets.length).toBeGreaterThan(10);
    expect(tickets.map((t) => t.id)).toContain('SS-2025-0930-001');
  });

  it('GET /web/api/rules/{id}/{version} gives the text of every file of a version', async () => {
    const res = await app.request('/web/api/rules/sheshan-12345/2025-04-14');
    const body = (await res.json()) as Body;
    expect(Object.keys(body.files)).toContain('ticket-types.yaml');
    expect(body.files['ticket-types.yaml']).toContain('id: normal.complete');
    expect((await errorBody(await app.request('/web/api/rules/sheshan-12345/1999-01-01'))).code).toBe(
      'VERSION_UNKNOWN',
    );
  });

  it('POST /web/api/explain decides one ticket of a batch under the base and a draft, explained', async () => {
    const files = (
      (await (await app.request('/web/api/rules/sheshan-12345/2025-04-14')).json()) as { files: Record<string, string> }
    ).files;
    files['ticket-types.yaml'] = ticketTypesWith('normal.complete', '4个工作日').text;
    const { tickets } = (await (await app.request('/web/api/fixtures')).json()) as { tickets: Body[] };
    const index = tickets.findIndex((t) => t.id === 'SS-2025-0930-001');
    const res = await post(app, '/web/api/explain?lang=en', {
      base: 'sheshan-12345/2025-04-14',
      candidate: { files },
      fixtures: true,
      asOf: '2025-10-10T12:00:00+08:00',
      index,
    });
    expect(res.status).toBe(200);
    const a = (await res.json()) as Body;
    expect(a).toMatchObject({ index, keptUnderBase: false, ticket: { id: 'SS-2025-0930-001' } });
    const due = (d: Body) => d.deadlines.find((x: Body) => x.obligation === 'complete').dueDate;
    expect(due(a.base)).toBe('2025-10-14');
    expect(due(a.candidate)).toBe('2025-10-13');
    expect(a.candidate.explanation).toContain('working day 4 is Monday 2025-10-13');

    const broken = { ...files, 'ticket-types.yaml': ticketTypesWith('normal.complete', '4个工作周').text };
    const bad = await post(app, '/web/api/explain', {
      base: '2025-04-14',
      candidate: { files: broken },
      fixtures: true,
      index,
    });
    expect(bad.status).toBe(422);
    const far = await post(app, '/web/api/explain', {
      base: '2025-04-14',
      candidate: '2025-04-14',
      fixtures: true,
      index: 9999,
    });
    expect((await errorBody(far)).code).toBe('TICKET_NOT_FOUND');
    const inline = await post(app, '/web/api/explain', {
      base: '2025-04-14',
      candidate: '2025-04-14',
      tickets: [{ id: 'x' }],
      index: 0,
    });
    expect((await errorBody(inline)).code).toBe('TICKET_INVALID');
  });
});
