/** `GET /openapi.json`, `GET /docs` and the renderer's script `GET /docs/scalar.js` (the document built once per app). */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { docsPage, docsScript } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/document.ts';

export function openApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const doc = openApiDocument();
  const page = docsPage(String((doc.info as { title: string }).title));
  app.get('/openapi.json', (c) => c.json(doc));
  app.get('/docs', (c) => c.html(page));
  app.get('/docs/scalar.js', (c) => {
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const script = docsScript();
    return c.body(gzip ? script.gzip : script.plain, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
  });
  return app;
}
