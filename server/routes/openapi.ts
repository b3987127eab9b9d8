/** `GET /openapi.json` and `GET /docs` (built once per app, from the engine's schemas). */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { docsPage } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/document.ts';

export function openApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const doc = openApiDocument();
  const page = docsPage(doc);
  app.get('/openapi.json', (c) => c.json(doc));
  app.get('/docs', (c) => c.html(page));
  return app;
}
