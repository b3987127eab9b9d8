/**
 * The page's per-request CSP nonce (server/routes/web.ts): every answer for `/` puts a fresh nonce
 * in place of vite's placeholder and names the same nonce in `style-src`; scripts stay 'self' only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../server/env.ts';
import { CSP_NONCE_PLACEHOLDER, webRoutes } from '../../server/routes/web.ts';
import type { Services } from '../../server/services.ts';

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'hotline-nonce-'));
  mkdirSync(join(dist, 'assets'));
  // What vite writes with html.cspNonce: a meta tag and nonce attributes carrying the placeholder.
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">` +
      `<script type="module" src="/assets/a.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script></head><body></body></html>`,
  );
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = () => new Hono<AppEnv>().route('/', webRoutes({} as Services, { dir: dist }));

async function fetchPage(path = '/') {
  const res = await app().request(path);
  const html = await res.text();
  const policy = res.headers.get('content-security-policy') ?? '';
  const inPolicy = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  const inPage = [...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]);
  return { res, html, policy, inPolicy, inPage };
}

describe('CSP nonce per answer', () => {
  it('replaces every placeholder with the nonce the policy names (16 random bytes, base64)', async () => {
    const a = await fetchPage();
    expect(a.res.status).toBe(200);
    expect(a.html).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(a.inPolicy).toBeDefined();
    expect(Buffer.from(a.inPolicy!, 'base64')).toHaveLength(16);
    expect(a.inPage).toEqual([a.inPolicy, a.inPolicy]);
    // Scripts are never allowed by nonce, only from this service.
    expect(a.policy).toContain("script-src 'self';");
    expect(a.policy).not.toMatch(/script-src[^;]*nonce/);
  });
  it('gives each answer its own nonce, for / and /index.html alike', async () => {
    const seen = new Set<string>();
    for (const path of ['/', '/', '/index.html', '/index.html']) seen.add((await fetchPage(path)).inPolicy!);
    expect(seen.size).toBe(4);
  });
  it('the page-not-built notice styles its one inline style under the same policy', async () => {
    const res = await new Hono<AppEnv>()
      .route('/', webRoutes({} as Services, { dir: join(dist, 'none') }))
      .request('/');
    expect(res.status).toBe(503);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const html = await res.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
  });
});
