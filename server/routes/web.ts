/**
 * The what-if page for policy staff (issue 7), served by the decision service itself:
 *
 * - `GET /` — the page built by Vite into `server/web/dist` (`npm run build:web`); when the build is
 *   missing, a short Chinese + English page saying how to build it (503). Nothing is fetched from
 *   elsewhere: a Content-Security-Policy of `'self'` keeps it so.
 * - `GET /assets/*` — the built scripts and styles (hashed names, cached for a year).
 * - Three read-only helpers the page needs and `/v1` does not offer (yet):
 *   `GET /web/api/fixtures` (the shipped fixture tickets, to pick one), `GET
 *   /web/api/rules/{id}/{version}` (the text of a shipped version's files, to build a draft that
 *   replaces one of them), and `POST /web/api/explain` (one ticket of a comparison decided and
 *   explained under the base and the candidate version — a draft included — since the comparison
 *   result carries no explanations and `/v1/decisions` decides only with the versions in force).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import {
  effectiveRanges,
  evaluate,
  explainDecision,
  parseInstant,
  type Ticket,
  ticketInvalid,
  ticketIssues,
} from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { checkShape } from '../http/check-shape.ts';
import { langOf } from '../http/lang.ts';
import { readJson } from '../http/read-body.ts';
import { BATCH_FIELDS, batchAsOf } from '../runs/batch-options.ts';
import { fixtureTickets, planTickets, type TicketsBody } from '../runs/resolve-tickets.ts';
import { resolveVersion } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';
import { MAX_GENERATE } from './simulations.ts';

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

/** Everything comes from this service: no CDN, no outside fonts, no inline scripts. */
const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
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
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933}code{background:#eef2f6;padding:.1em .3em;border-radius:3px}</style>
</head><body>
<h1>页面尚未构建</h1>
<p>决策服务正在运行，但“规则推演”页面还没有构建。请在项目目录运行 <code>npm run build:web</code>（<code>npm start</code> 会先自动构建），然后刷新本页。接口仍可使用，见 <a href="/docs">/docs</a>。</p>
<h1 lang="en">The page has not been built</h1>
<p lang="en">The decision service is running, but the what-if page has not been built. Run <code>npm run build:web</code> in the project folder (<code>npm start</code> builds it first), then reload. The API works as usual; see <a href="/docs">/docs</a>.</p>
</body></html>
`;

interface ExplainBody extends TicketsBody {
  base: unknown;
  candidate: unknown;
  asOf?: string;
  index: number;
}

export function webRoutes(s: Services, o: WebOptions = {}): Hono<AppEnv> {
  const dir = o.dir ?? WEB_DIST;
  const app = new Hono<AppEnv>();

  const page = (c: Context<AppEnv>) => {
    const file = join(dir, 'index.html');
    if (!existsSync(file)) {
      return c.html(MISSING, 503, { 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP });
    }
    return c.body(readFileSync(file), 200, {
      'Content-Type': TYPES['.html']!,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CSP,
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

  app.get('/web/api/fixtures', (c) => c.json({ tickets: fixtureTickets() }));

  app.get('/web/api/rules/:id/:version', (c) => {
    const { id, version } = c.req.param();
    const ruleset = (s.rules.current().catalog.rulesets[id] ?? []).find((r) => r.version === version);
    if (!ruleset) {
      throw new ApiError(404, 'VERSION_UNKNOWN', {
        zh: `没有规则版本“${id}/${version}”`,
        en: `no rule-set version "${id}/${version}"`,
      });
    }
    const files = Object.fromEntries(ruleset.files.map((f) => [f, readFileSync(join(ruleset.dir, f), 'utf8')]));
    return c.json({ id, version, revision: ruleset.revision, files });
  });

  app.post('/web/api/explain', async (c) => {
    const body = checkShape<ExplainBody>(await readJson(c), {
      ...BATCH_FIELDS,
      base: { type: ['string', 'object'], required: true },
      candidate: { type: ['string', 'object'], required: true },
      index: { type: 'integer', required: true },
    });
    const state = s.rules.current();
    const asOf = batchAsOf(body.asOf, s.options.clock);
    const base = resolveVersion(body.base, 'base', state.catalog, s.options.rulesDir).ruleset;
    const candidate = resolveVersion(body.candidate, 'candidate', state.catalog, s.options.rulesDir).ruleset;
    const ticket = ticketAt(planTickets(body, state.calendar, MAX_GENERATE).make(), body.index);
    const lang = langOf(c);
    const options = { asOf, path: 'compiled' as const, explain: true, trace: false };
    const decided = async (r: typeof base) => {
      const d = await evaluate(r, state.calendar, ticket, options);
      return { ...d, explanation: explainDecision(d, lang) };
    };
    // 新老划断: a ticket received outside the candidate's effective range stays under the base.
    const [range] = effectiveRanges([candidate]);
    const received = parseInstant(ticket.received);
    const keptUnderBase = !range || received < range.from || received >= range.end;
    return c.json({
      index: body.index,
      ticket,
      keptUnderBase,
      base: await decided(base),
      candidate: keptUnderBase ? null : await decided(candidate),
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

/** The ticket at a batch position, checked like the batch would check it. */
function ticketAt(items: Iterable<unknown>, index: number): Ticket {
  let i = 0;
  for (const item of items) {
    if (i++ !== index) continue;
    const value =
      item !== null && typeof item === 'object' && 'file' in item ? (item as { value?: unknown }).value : item;
    const issues = ticketIssues(value);
    if (issues.length > 0) throw ticketInvalid(issues);
    return value as Ticket;
  }
  throw new ApiError(404, 'TICKET_NOT_FOUND', {
    zh: `这批工单中没有第 ${index + 1} 张`,
    en: `the batch has no ticket at position ${index}`,
  });
}
