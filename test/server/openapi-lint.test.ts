/**
 * The served `/openapi.json` passes Redocly's `recommended` ruleset with no error and no warning
 * (issue 14: 16 errors and 29 warnings before) — run by `npm test`, so CI lints the document.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, disposeApp, testApp } from './helpers.ts';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => disposeApp(app));

async function lint(doc: unknown) {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(doc, null, 2), absoluteRef: 'openapi.json', config });
  return problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
}

describe('Redocly lint of /openapi.json', () => {
  it('the recommended ruleset finds nothing (0 errors, 0 warnings)', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(await lint(doc)).toEqual([]);
  }, 60_000);

  it('the lint does find problems: an operation without security or a 4xx is reported', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Body;
    const ping = doc.paths['/v1/ping'].get;
    delete ping.security;
    delete ping.responses['405'];
    const problems = await lint(doc);
    expect(problems.some((p) => p.startsWith('error security-defined #/paths/~1v1~1ping/get'))).toBe(true);
    expect(problems.some((p) => p.includes('operation-4xx-response #/paths/~1v1~1ping/get'))).toBe(true);
  }, 60_000);

  it('examples are checked: a request example that breaks its schema is reported', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Body;
    const media = doc.paths['/v1/deadlines'].post.requestBody.content['application/json'];
    expect(Object.keys(media.examples).length).toBeGreaterThan(0);
    for (const e of Object.values(media.examples) as Body[]) e.value.period = 5;
    const problems = await lint(doc);
    expect(problems.some((p) => p.includes('no-invalid-media-type-examples'))).toBe(true);
  }, 60_000);

  it('every route the service answers under /v1 and /healthz is documented, each with a unique operationId and a described tag', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Body;
    const answered = (app as unknown as { routes: { method: string; path: string }[] }).routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/v1/') || r.path === '/healthz'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths as Body).flatMap(([path, item]) =>
      Object.keys(item as Body).map((method) => `${method} ${path}`),
    );
    expect([...new Set(answered)].sort()).toEqual([...documented].sort());
    expect(answered).toContain('post /v1/agenda');
    const ops = Object.values(doc.paths as Body).flatMap((item) => Object.values(item as Body)) as Body[];
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Map((doc.tags as Body[]).map((t) => [t.name, t.description]));
    for (const o of ops) {
      expect(o.tags).toHaveLength(1);
      expect(tags.get(o.tags[0]), o.operationId).toMatch(/\S/);
    }
  });
});
