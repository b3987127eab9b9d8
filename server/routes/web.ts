/**
 * The what-if page for policy staff (issue 7), served by the decision service itself:
 *
 * - `GET /` — the page built by Vite into `server/web/dist` (`npm run build:web`); when the build is
 *   missing, a short Chinese + English page saying how to build it (503). Nothing is fetched from
 *   elsewhere: a Content-Security-Policy of `'self'` keeps it so.
 * - `GET /assets/*` — the built scripts and styles (hashed names, cached for a year).
 *
 * The page talks only to the documented `/v1` API (fixtures, a version's files, decisions under a
 * named version or a draft, validation, comparisons).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { Services } from '../services.ts';

/** Where `npm run build:web` writes the page. */
export const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export interface WebOptions {
  /** The built page (default `server/web/dist`). */
  dir?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The placeholder vite writes where a nonce goes (`html.cspNonce` in server/web/vite.config.ts, a
 * `<meta property="csp-nonce">`); each answer for the page puts a fresh nonce in its place. The
 * draft editor (CodeMirror) passes it to the styles it injects, the only inline styles allowed.
 */
export const CSP_NONCE_PLACEHOLDER = 'HOTLINE_CSP_NONCE';

/** Everything comes from this service: no CDN, no outside fonts, no inline scripts. */
const csp = (nonce?: string) =>
  [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

const MISSING = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>页面尚未构建 · Page not built</title>
<style nonce="${CSP_NONCE_PLACEHOLDER}">body{font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933}code{background:#eef2f6;padding:.1em .3em;border-radius:3px}</style>
</head><body>
<h1>页面尚未构建</h1>
<p>决策服务正在运行，但“规则推演”页面还没有构建。请在项目目录运行 <code>npm run build:web</code>（<code>npm start</code> 会先自动构建），然后刷新本页。接口仍可使用，见 <a href="/docs">/docs</a>。</p>
<h1 lang="en">The page has not been built</h1>
<p lang="en">The decision service is running, but the what-if page has not been built. Run <code>npm run build:web</code> in the project folder (<code>npm start</code> builds it first), then reload. The API works as usual; see <a href="/docs">/docs</a>.</p>
</body></html>
`;

export function webRoutes(_s: Services, o: WebOptions = {}): Hono<AppEnv> {
  const dir = o.dir ?? WEB_DIST;
  const app = new Hono<AppEnv>();

  const page = (c: Context<AppEnv>) => {
    const file = join(dir, 'index.html');
    const nonce = randomBytes(16).toString('base64');
    if (!existsSync(file)) {
      // Its one inline style carries the nonce too, so the notice is styled under the same policy.
      return c.html(MISSING.replaceAll(CSP_NONCE_PLACEHOLDER, nonce), 503, {
        'Cache-Control': 'no-store',
        'Content-Security-Policy': csp(nonce),
      });
    }
    return c.body(readFileSync(file, 'utf8').replaceAll(CSP_NONCE_PLACEHOLDER, nonce), 200, {
      'Content-Type': TYPES['.html']!,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': csp(nonce),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  };
  app.get('/', page);
  app.get('/index.html', page);

  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const ext = /\.[a-z0-9]+$/.exec(name)?.[0] ?? '';
    const file = normalize(join(dir, 'assets', name));
    if (!/^[\w.-]+$/.test(name) || !file.startsWith(join(dir, 'assets')) || !TYPES[ext] || !isFile(file)) {
      return c.notFound();
    }
    return c.body(readFileSync(file), 200, {
      'Content-Type': TYPES[ext]!,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return app;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
