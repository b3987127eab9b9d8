/**
 * `/docs`: the page loads the bundled renderer from this server (never a CDN), with everything
 * that would reach another host switched off, and the script is the renderer's own bundle.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeApp, testApp } from './helpers.ts';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => disposeApp(app));

describe('GET /docs', () => {
  it('is an HTML page for phones that loads /docs/scalar.js and /openapi.json only', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    const html = await res.text();
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('lang="zh-CN"');
    const sources = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/docs/scalar.js']);
    expect(html).not.toMatch(/https?:\/\//);
    const config = JSON.parse(/createApiReference\('#app', (\{.*\})\)/.exec(html)![1]!) as Record<string, unknown>;
    expect(config).toMatchObject({
      url: '/openapi.json',
      withDefaultFonts: false,
      telemetry: false,
      proxyUrl: '',
      showDeveloperTools: 'never',
      agent: { disabled: true },
    });
  });

  it('/docs/scalar.js is the bundled renderer, served as JavaScript', async () => {
    const res = await app.request('/docs/scalar.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await res.text();
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain('createApiReference');
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('/docs/scalar.js is gzipped for a client that accepts it (a third of the size), the same script', async () => {
    const plain = new Uint8Array(await (await app.request('/docs/scalar.js')).arrayBuffer());
    const res = await app.request('/docs/scalar.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const zipped = new Uint8Array(await res.arrayBuffer());
    expect(zipped.length).toBeLessThan(plain.length / 3);
    expect(Buffer.from(gunzipSync(zipped)).equals(Buffer.from(plain))).toBe(true);
  });

  it('/openapi.json is JSON', async () => {
    const res = await app.request('/openapi.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
