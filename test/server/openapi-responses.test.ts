/**
 * Real answers against the document (issue 14): every operation is called with `app.request()` —
 * its success and at least one of its documented errors — and each answer must have a documented
 * status and media type, and a JSON body that the document's schema for that status accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { type Body, disposeApp, post, testApp, ticket, waitForRun } from './helpers.ts';
import { type Checked, responseValidator } from './openapi-validator.ts';
import { draftFiles } from './runs-helpers.ts';

const TOKEN = 'openapi-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const AS_OF = '2025-10-10T12:00:00+08:00';
const GENERATE = { count: 5, seed: 3, from: '2025-09-01', to: '2025-09-30' };

let app: ReturnType<typeof testApp>;
let check: ReturnType<typeof responseValidator>;
let doc: Body;
const seen: Checked[] = [];

beforeAll(async () => {
  app = testApp({ apiToken: TOKEN });
  doc = (await (await app.request('/openapi.json')).json()) as Body;
  check = responseValidator(doc);
});
afterAll(() => disposeApp(app));

/** Sends, expects `status`, validates the answer against `method path` in the document. */
async function exchange(path: string, method: string, status: number, send: () => Response | Promise<Response>) {
  const res = await send();
  const clone = res.clone();
  expect(res.status, `${method} ${path}: ${await clone.text().then((t) => t.slice(0, 400))}`).toBe(status);
  const checked = await check(path, method, res);
  seen.push(checked);
  return checked.body as Body;
}

const get =
  (url: string, headers: Record<string, string> = {}) =>
  () =>
    app.request(url, { headers });
const put = (url: string) => () => app.request(url, { method: 'PUT' });
const json =
  (url: string, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    post(app, url, body, headers);
const text =
  (url: string, body: string, type = 'text/plain') =>
  () =>
    app.request(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /v1/decisions', () => {
  const P = '/v1/decisions';
  it('one ticket → Decision (with counting and explanation); the schema is closed', async () => {
    const d = await exchange(P, 'post', 200, json(P, { ticket: ticket(), asOf: AS_OF }));
    expect(d.counting).toBeTypeOf('object');
    expect(d.explanation).toBeTypeOf('string');
    expect(doc.components.schemas.Decision.additionalProperties).toBe(false);
  });
  it('with ?explain=deadlines&trace=true, in English', async () => {
    const d = await exchange(
      P,
      'post',
      200,
      json(`${P}?explain=deadlines&trace=true`, { ticket: ticket(), asOf: AS_OF }, { 'accept-language': 'en' }),
    );
    expect(d.trace.length).toBeGreaterThan(0);
  });
  it('a batch → { decisions }, in input order; summaries too', async () => {
    const b = await exchange(P, 'post', 200, json(P, { tickets: [ticket(), ticket({ id: 'T-2' })], asOf: AS_OF }));
    expect(b.decisions.map((d: Body) => d.ticketId)).toEqual(['SS-2025-0930-001', 'T-2']);
    const s = await exchange(P, 'post', 200, json(`${P}?view=summary`, { tickets: [ticket()], asOf: AS_OF }));
    expect(s.decisions[0].ticketTypeId).toBeTypeOf('string');
    const one = await exchange(P, 'post', 200, json(`${P}?explain=none`, { ticket: ticket(), asOf: AS_OF }));
    expect(one.explanation).toBeUndefined();
  });
  it('every shipped fixture ticket, decided with each deadline explained, matches Decision', async () => {
    const { tickets } = (await (await app.request('/v1/fixtures')).json()) as Body;
    const b = await exchange(P, 'post', 200, json(`${P}?explain=deadlines&trace=true`, { tickets }));
    expect(b.decisions).toHaveLength(tickets.length);
    // the fixtures reach the parts a plain ticket leaves empty, so their schemas are exercised too
    for (const part of ['reminders', 'notifications', 'warnings']) {
      expect(
        b.decisions.some((d: Body) => d[part].length > 0),
        part,
      ).toBe(true);
    }
    expect(b.decisions.some((d: Body) => d.escalation !== null)).toBe(true);
  });
  it('errors: 400, 404, 413, 415', async () => {
    await exchange(P, 'post', 400, json(P, '{"ticket":'));
    await exchange(P, 'post', 404, json(P, { ticket: ticket(), rules: { version: '1999-01-01' } }));
    await exchange(P, 'post', 413, json(P, { tickets: Array.from({ length: 1001 }, () => ticket()) }));
    await exchange(P, 'post', 415, text(P, 'ticket'));
    const draft = { files: { 'index.yaml': 'version: [' } };
    await exchange(P, 'post', 422, json(P, { ticket: ticket(), rules: { draft } }));
  });
});

describe('deadlines and the calendar', () => {
  it('POST /v1/deadlines → Deadline; 400, 415', async () => {
    const P = '/v1/deadlines';
    // 2025-09-30 (Tue) + 5 working days: 10-01..10-08 are the National Day holiday, 10-09 Thu is
    // working day 1, 10-10 Fri 2, 10-11 Sat is a make-up working day (3), 10-13 Mon 4, 10-14 Tue 5.
    const d = await exchange(P, 'post', 200, json(P, { from: '2025-09-30T10:00:00+08:00', period: '5个工作日' }));
    expect(d.dueDate).toBe('2025-10-14');
    await exchange(P, 'post', 400, json(P, { from: 'yesterday', period: '5个工作日' }));
    await exchange(P, 'post', 415, text(P, 'x'));
  });
  it('GET /v1/calendar/{date} and /v1/calendar; 400', async () => {
    const day = await exchange('/v1/calendar/{date}', 'get', 200, get('/v1/calendar/2025-10-11'));
    expect(day).toMatchObject({ date: '2025-10-11' });
    await exchange('/v1/calendar/{date}', 'get', 400, get('/v1/calendar/2025-13-40'));
    await exchange('/v1/calendar', 'get', 200, get('/v1/calendar?month=2025-10'));
    await exchange('/v1/calendar', 'get', 400, get('/v1/calendar?month=October'));
    // 1999 has no loaded State Council notice: statutory days only, marked provisional (422 only
    // in strict mode)
    const old = await exchange('/v1/calendar/{date}', 'get', 200, get('/v1/calendar/1999-06-01'));
    expect(old.provisional).toBe(true);
  });
});

describe('POST /v1/calendar/impact', () => {
  it('a hypothetical 2027 notice over one ticket → 200; without tickets → 400', async () => {
    const P = '/v1/calendar/impact';
    const notice = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/calendars/hypothetical-2027-notice.yaml'), 'utf8');
    const body = { notice, tickets: [ticket()], asOf: AS_OF };
    const r = await exchange(P, 'post', 200, json(P, body, auth));
    expect(r).toBeTypeOf('object');
    await exchange(P, 'post', 400, json(P, { notice }, auth));
  });
});

describe('POST /v1/agenda', () => {
  it('the shipped agenda fixture → Agenda (closed per line), its Markdown; without date → 400', async () => {
    const P = '/v1/agenda';
    const tickets = parse(readFileSync(join(PACKAGE_ROOT, 'fixtures/agenda/sheshan-2025-10-13.yaml'), 'utf8'));
    const a = await exchange(P, 'post', 200, json(P, { tickets, date: '2025-10-13' }));
    // The fixture holds one ticket per kind of line (remind, deadline, approve, follow-up, report).
    expect(new Set(a.offices[0].lines.map((l: Body) => l.action))).toEqual(
      new Set(['remind', 'deadline', 'approve', 'follow-up', 'report']),
    );
    expect(doc.components.schemas.Agenda.additionalProperties).toBe(false);
    const md = await exchange(P, 'post', 200, json(`${P}?format=md&by=unit`, { tickets, date: '2025-10-13' }));
    expect(md).toMatch(/^# 每日待办 2025-10-13/);
    await exchange(P, 'post', 400, json(P, { tickets }));
    await exchange(P, 'post', 415, text(P, 'x', 'image/png'));
  });
});

describe('rules, fixtures, generated tickets, validation', () => {
  it('GET /v1/rulesets, /{id}, /{id}/{version}/files; 404, 405', async () => {
    const list = await exchange('/v1/rulesets', 'get', 200, get('/v1/rulesets'));
    const id = 'sheshan-12345'; // the shipped rule set with version 2025-04-14
    expect(list.rulesets.map((r: Body) => r.id)).toContain(id);
    await exchange('/v1/rulesets', 'get', 405, put('/v1/rulesets'));
    await exchange('/v1/rulesets/{id}', 'get', 200, get(`/v1/rulesets/${id}`));
    await exchange('/v1/rulesets/{id}', 'get', 404, get('/v1/rulesets/nowhere'));
    const files = await exchange(
      '/v1/rulesets/{id}/{version}/files',
      'get',
      200,
      get(`/v1/rulesets/${id}/2025-04-14/files`),
    );
    expect(files.files['index.yaml']).toMatch(/version/);
    await exchange('/v1/rulesets/{id}/{version}/files', 'get', 404, get(`/v1/rulesets/${id}/1999-01-01/files`));
    // The law beside the rules, validated against LawView; Sheshan 3.2.1 cited by the urgent type (ticket-types.yaml:23).
    const law = await exchange('/v1/rulesets/{id}/{version}/law', 'get', 200, get(`/v1/rulesets/${id}/2025-04-14/law`));
    expect(law.clauses.find((c: Body) => c.id === '3.2.1').citedBy[0].id).toBe('urgent');
    await exchange('/v1/rulesets/{id}/{version}/law', 'get', 404, get('/v1/rulesets/nowhere/2025-04-14/law'));
  });
  it('GET /v1/fixtures; POST /v1/tickets/generated; 400, 404, 405', async () => {
    const fx = await exchange('/v1/fixtures', 'get', 200, get('/v1/fixtures'));
    expect(fx.tickets.length).toBeGreaterThan(10);
    await exchange('/v1/fixtures', 'get', 405, put('/v1/fixtures'));
    const G = '/v1/tickets/generated';
    await exchange(G, 'post', 200, json(G, { generate: GENERATE, index: 4 }));
    await exchange(G, 'post', 404, json(G, { generate: GENERATE, index: 5 }));
    await exchange(G, 'post', 400, json(G, { generate: GENERATE }));
  });
  it('POST /v1/validate: YAML text and JSON; 400, 415', async () => {
    const V = '/v1/validate';
    const index = readFileSync(join(PACKAGE_ROOT, 'rules/sheshan-12345/2025-04-14/index.yaml'), 'utf8');
    const ok = await exchange(V, 'post', 200, text(`${V}?kind=index`, index, 'application/yaml'));
    expect(ok.ok).toBe(true);
    const bad = await exchange(V, 'post', 200, json(V, { text: 'version: [', kind: 'index' }));
    expect(bad.ok).toBe(false);
    await exchange(V, 'post', 400, json(V, { nothing: true }));
    await exchange(V, 'post', 415, text(V, 'x', 'image/png'));
  });
});

describe('runs: simulations and comparisons', () => {
  it('start, list, read, results, delete; 401, 404, 409', async () => {
    const S = '/v1/simulations';
    await exchange(S, 'post', 401, json(S, { generate: GENERATE }));
    const accepted = await exchange(S, 'post', 202, json(S, { generate: GENERATE, asOf: AS_OF }, auth));
    const id = accepted.id as string;
    await waitForRun(app, id);
    await exchange(S, 'get', 200, get(`${S}?limit=5`));
    await exchange(S, 'get', 405, put(S));
    const run = await exchange(`${S}/{id}`, 'get', 200, get(`${S}/${id}`));
    expect(run.status).toBe('done');
    await exchange(`${S}/{id}`, 'get', 404, get(`${S}/no-such-run`));
    const R = `${S}/{id}/results`;
    await exchange(R, 'get', 200, get(`${S}/${id}/results`));
    await exchange(R, 'get', 200, get(`${S}/${id}/results?format=csv`));
    await exchange(R, 'get', 200, get(`${S}/${id}/results?format=md`));
    await exchange(R, 'get', 200, get(`${S}/${id}/results?format=jsonl`));
    await exchange(R, 'get', 400, get(`${S}/${id}/results?format=pdf`));
    await exchange(R, 'get', 404, get(`${S}/no-such-run/results`));
    const del =
      (url: string, h: Record<string, string> = auth) =>
      () =>
        app.request(url, { method: 'DELETE', headers: h });
    await exchange(`${S}/{id}`, 'delete', 401, del(`${S}/${id}`, {}));
    await exchange(`${S}/{id}`, 'delete', 409, del(`${S}/${id}`));
    await exchange(`${S}/{id}`, 'delete', 200, del(`${S}/${id}?remove=true`));
    await exchange(`${S}/{id}`, 'delete', 404, del(`${S}/${id}?remove=true`));
  }, 60_000);
  it('POST /v1/compare: a small comparison answers at once; 401, 400', async () => {
    const C = '/v1/compare';
    // A September ticket stays under the base (新老划断); a December one is decided by the draft, whose
    // normal completion is 4 working days instead of 5: its deadline moves 1 working day earlier.
    const december = ticket({
      id: 'SS-2025-1202-001',
      received: '2025-12-02T08:30:00+08:00',
      dispatched: '2025-12-02T09:00:00+08:00',
      accepted: '2025-12-02T10:00:00+08:00',
    });
    const body = {
      base: '2025-04-14',
      candidate: { files: draftFiles() },
      tickets: [ticket(), december],
      asOf: '2025-12-03T12:00:00+08:00',
    };
    await exchange(C, 'post', 401, json(C, body));
    const cmp = await exchange(C, 'post', 200, json(C, body, auth));
    expect(cmp.kind).toBe('comparison');
    // The groups (validated against the document above) carry their sizes: each group's sizes count
    // exactly its changes (the sum of its outcomes).
    expect(cmp.groups.length).toBeGreaterThan(0);
    for (const g of cmp.groups as Body[]) {
      const changes = Object.values(g.outcomes as Record<string, number>).reduce((a, b) => a + b, 0);
      expect((g.bySize as Body[]).reduce((a, z) => a + z.count, 0)).toBe(changes);
    }
    const moved = (cmp.groups as Body[]).find((g) => g.kind === 'deadline');
    expect(moved?.bySize).toEqual([{ size: 'workdays', n: -1, count: 1 }]);
    await exchange(C, 'post', 200, json(`${C}?format=csv`, body, auth));
    await exchange(C, 'post', 400, json(C, { base: '2025-04-14' }, auth));
  }, 60_000);
});

describe('assessments, health, ping', () => {
  it('POST /v1/assessments from CSV; 400, 415', async () => {
    const A = '/v1/assessments';
    const csv = readFileSync(join(PACKAGE_ROOT, 'fixtures/units/satisfaction-2025-06-to-09.csv'), 'utf8');
    const a = await exchange(A, 'post', 200, text(`${A}?month=2025-09`, csv, 'text/csv'));
    expect(a.month).toBe('2025-09');
    await exchange(A, 'post', 400, json(A, { satisfaction: 'high' }));
    await exchange(A, 'post', 415, text(A, 'x', 'image/png'));
  });
  it('GET /healthz and /v1/ping; 405', async () => {
    const h = await exchange('/healthz', 'get', 200, get('/healthz'));
    expect(h.ok).toBe(true);
    await exchange('/healthz', 'get', 405, put('/healthz'));
    await exchange('/v1/ping', 'get', 200, get('/v1/ping'));
    await exchange('/v1/ping', 'get', 405, put('/v1/ping'));
  });
});

describe('coverage', () => {
  it('every documented operation was answered with a success and with an error', () => {
    const ops = Object.values(doc.paths as Body).flatMap((item) => Object.values(item as Body)) as Body[];
    for (const op of ops) {
      const statuses = seen.filter((s) => s.operationId === op.operationId).map((s) => s.status);
      expect(
        statuses.some((s) => s < 300),
        `${op.operationId}: ${statuses}`,
      ).toBe(true);
      expect(
        statuses.some((s) => s >= 400),
        `${op.operationId}: ${statuses}`,
      ).toBe(true);
    }
  });

  it('the validator rejects an answer the document does not describe', async () => {
    const res = new Response(JSON.stringify({ pong: 'yes', extra: 1 }), {
      headers: { 'content-type': 'application/json' },
    });
    await expect(check('/v1/deadlines', 'post', res)).rejects.toThrow(/does not match/);
    await expect(check('/v1/ping', 'get', new Response('x', { status: 418 }))).rejects.toThrow(/not documented/);
  });
});
