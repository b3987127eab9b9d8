/** Deadlines, the calendar, rule sets and their files, fixtures, health, OpenAPI and the docs page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../engine/index.ts';
import { type Body, disposeApp, errorBody, post, testApp } from './helpers.ts';

let app: ReturnType<typeof testApp>;
let strictApp: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
  strictApp = testApp({ strict: true });
});
afterAll(async () => {
  await disposeApp(app);
  await disposeApp(strictApp);
});

describe('POST /v1/deadlines', () => {
  it('counts working days over the National Day holiday, with the explanation', async () => {
    const res = await post(app, '/v1/deadlines', { from: '2025-09-30T10:00+08:00', period: '5个工作日' });
    expect(res.status).toBe(200);
    const d = (await res.json()) as Body;
    expect(d).toMatchObject({ dueDate: '2025-10-14', dueAt: '2025-10-15T00:00:00+08:00', provisional: false });
    expect(d.explanation).toContain('10月11日（星期六）国庆节、中秋节调休上班计入');
  });

  it('takes counting settings and English', async () => {
    const res = await post(app, '/v1/deadlines?lang=en', {
      from: '2025-09-28T10:00+08:00',
      period: '3个自然日',
      counting: { naturalDayEndOnHoliday: 'next-working-day' },
    });
    const d = (await res.json()) as Body;
    expect(d.dueDate).toBe('2025-10-09');
    expect(d.explanation).toMatch(/moved to the next working day/);
  });

  it('is provisional in 2027, and refused in strict mode', async () => {
    const body = { from: '2027-01-04T10:00+08:00', period: '5个工作日' };
    expect(((await (await post(app, '/v1/deadlines', body)).json()) as Body).provisional).toBe(true);
    const res = await post(strictApp, '/v1/deadlines', body);
    expect(res.status).toBe(422);
    expect((await errorBody(res)).code).toBe('CALENDAR_NOT_COVERED');
    const own = await post(app, '/v1/deadlines', { ...body, counting: { strict: true } });
    expect(own.status).toBe(422);
  });

  it('names the field of a bad value', async () => {
    const cases: [Body, string, string][] = [
      [{ from: 'soon', period: '5个工作日' }, 'INSTANT_INVALID', 'from'],
      [{ from: '2025-09-30', period: '5 fortnights' }, 'PERIOD_INVALID', 'period'],
      [{ period: '5个工作日' }, 'BODY_INVALID', 'from'],
      [{ from: '2025-09-30', period: 5 }, 'BODY_INVALID', 'period'],
      [
        { from: '2025-09-30', period: '1日', counting: { naturalDayEndOnHoliday: 'never' } },
        'BODY_INVALID',
        'counting.naturalDayEndOnHoliday',
      ],
    ];
    for (const [body, code, path] of cases) {
      const res = await post(app, '/v1/deadlines', body);
      expect(res.status, code).toBe(400);
      const e = await errorBody(res);
      expect(e.code).toBe(code);
      expect(e.issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe('GET /v1/calendar', () => {
  it('tells a make-up working day', async () => {
    const d = (await (await app.request('/v1/calendar/2025-10-11')).json()) as Body;
    expect(d).toMatchObject({ date: '2025-10-11', working: true, kind: 'makeup', provisional: false });
  });

  it('gives a month grid, by default the current month', async () => {
    const g = (await (await app.request('/v1/calendar?month=2026-02')).json()) as Body;
    expect(g.days).toHaveLength(28);
    expect(g.weeks[0]).toHaveLength(7);
    const now = (await (await app.request('/v1/calendar')).json()) as Body;
    expect(now.month).toBe('2025-10');
  });

  it('400 for a bad date or month, 422 out of range or (strict) uncovered', async () => {
    for (const [path, status, code] of [
      ['/v1/calendar/2025-02-30', 400, 'DATE_INVALID'],
      ['/v1/calendar/tomorrow', 400, 'DATE_INVALID'],
      ['/v1/calendar?month=2025-13', 400, 'MONTH_INVALID'],
      ['/v1/calendar/1900-01-01', 422, 'DATE_OUT_OF_RANGE'],
    ] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      expect((await errorBody(res)).code).toBe(code);
    }
    expect(((await (await app.request('/v1/calendar/2027-02-08')).json()) as Body).provisional).toBe(true);
    const res = await strictApp.request('/v1/calendar/2027-02-08');
    expect(res.status).toBe(422);
    expect((await errorBody(res)).code).toBe('CALENDAR_NOT_COVERED');
  });
});

describe('GET /v1/rulesets', () => {
  it('lists versions, ranges, revisions and the active one', async () => {
    const r = (await (await app.request('/v1/rulesets')).json()) as Body;
    expect(r.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(r.lastReloadError).toBeNull();
    const sheshan = r.rulesets.find((x: Body) => x.id === 'sheshan-12345');
    expect(sheshan.active).toBe('2025-04-14');
    expect(sheshan.versions[0]).toMatchObject({
      version: '2025-04-14',
      effective: { from: '2025-04-14' },
      state: 'in-force',
    });
    expect(sheshan.versions[0].files).toContain('index.yaml');
  });

  it('one rule set, or 404', async () => {
    expect((await app.request('/v1/rulesets/sheshan-12345')).status).toBe(200);
    const res = await app.request('/v1/rulesets/elsewhere');
    expect(res.status).toBe(404);
    expect((await errorBody(res)).code).toBe('RULESET_UNKNOWN');
  });

  it('GET /v1/rulesets/{id}/{version}/files gives the text of every file of a version', async () => {
    const res = await app.request('/v1/rulesets/sheshan-12345/2025-04-14/files');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    expect(body.revision).toMatch(/^[0-9a-f]{64}$/);
    const listed = (await (await app.request('/v1/rulesets/sheshan-12345')).json()) as Body;
    expect(Object.keys(body.files).sort()).toEqual([...listed.versions[0].files].sort());
    expect(body.files['ticket-types.yaml']).toContain('id: normal.complete');
    expect(body.files['index.yaml']).toContain('version: "2025-04-14"');
  });

  it('files: 404 RULESET_UNKNOWN for an unknown rule set, VERSION_UNKNOWN for an unknown version', async () => {
    const version = await app.request('/v1/rulesets/sheshan-12345/1999-01-01/files');
    expect(version.status).toBe(404);
    expect((await errorBody(version)).code).toBe('VERSION_UNKNOWN');
    const ruleset = await app.request('/v1/rulesets/elsewhere/2025-04-14/files');
    expect(ruleset.status).toBe(404);
    expect((await errorBody(ruleset)).code).toBe('RULESET_UNKNOWN');
  });
});

describe('GET /v1/fixtures', () => {
  it('lists the shipped fixture tickets, each once, in the order of a run with fixtures: true', async () => {
    const res = await app.request('/v1/fixtures');
    expect(res.status).toBe(200);
    const { tickets } = (await res.json()) as { tickets: Body[] };
    expect(tickets.length).toBeGreaterThan(10);
    const ids = tickets.map((t) => t.id);
    expect(ids).toContain('SS-2025-0930-001');
    expect(new Set(ids).size).toBe(ids.length);
    const at = ids.indexOf('SS-2025-0930-001');
    expect(tickets[at]).toMatchObject({ received: '2025-09-30T08:30:00+08:00', urgency: '一般' });
  });

  it('POST /v1/tickets/generated gives back ticket `index` of a generated set, as a run saw it', async () => {
    const generate = { count: 50, seed: 7, from: '2025-09-01', to: '2025-10-31' };
    const third = (await (await post(app, '/v1/tickets/generated', { generate, index: 2 })).json()) as Body;
    // Deterministic: the same request gives the same ticket; ids count from 1 (GEN-<seed>-000003 is index 2).
    const again = (await (await post(app, '/v1/tickets/generated', { generate, index: 2 })).json()) as Body;
    expect(again).toEqual(third);
    expect(third.index).toBe(2);
    expect((third.ticket as Body).id).toBe('GEN-7-000003');
    const past = await post(app, '/v1/tickets/generated', { generate, index: 50 });
    expect(past.status).toBe(404);
    expect((await errorBody(past)).code).toBe('TICKET_NOT_FOUND');
    const bad = await post(app, '/v1/tickets/generated', { generate: { ...generate, count: 0 }, index: 0 });
    expect(bad.status).toBe(400);
  });

  it('the page’s former helpers under /web/api are gone', async () => {
    for (const path of ['/web/api/fixtures', '/web/api/rules/sheshan-12345/2025-04-14']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    expect((await post(app, '/web/api/explain', {})).status).toBe(404);
  });
});

describe('health, OpenAPI, docs, not found', () => {
  it('GET /healthz', async () => {
    const h = (await (await app.request('/healthz')).json()) as Body;
    expect(h).toMatchObject({ ok: true, reloadError: false });
    expect(h.rules.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(h.calendar.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof h.uptimeSeconds).toBe('number');
  });

  it('GET /openapi.json embeds the engine schemas and resolves every $ref', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Body;
    expect(doc.openapi).toBe('3.1.0');
    const schemas = doc.components.schemas as Body;
    expect(Object.keys(schemas.Ticket.properties).sort()).toEqual(
      Object.keys(readSchema('ticket.schema.json').properties as Body).sort(),
    );
    expect(schemas.Ticket.required).toEqual(readSchema('ticket.schema.json').required);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of refs) {
      const path = r.slice(8, -1).replace(/^#\//, '').split('/');
      let node: unknown = doc;
      for (const p of path) node = (node as Body)?.[p];
      expect(node, r).toBeDefined();
    }
    for (const p of [
      '/v1/decisions',
      '/v1/deadlines',
      '/v1/calendar/{date}',
      '/v1/rulesets',
      '/v1/rulesets/{id}',
      '/v1/rulesets/{id}/{version}/files',
      '/v1/fixtures',
      '/v1/tickets/generated',
      '/v1/validate',
      '/v1/simulations',
      '/v1/simulations/{id}',
      '/v1/simulations/{id}/results',
      '/v1/compare',
      '/v1/assessments',
      '/healthz',
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(schemas.DecisionRequest.properties.rules).toEqual({ $ref: '#/components/schemas/DecisionRules' });
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/web/'))).toEqual([]);
  });

  it('an unknown path → 404 JSON', async () => {
    const res = await app.request('/v2/nothing');
    expect(res.status).toBe(404);
    const e = await errorBody(res);
    expect(e.code).toBe('NOT_FOUND');
    const en = await errorBody(await app.request('/nothing', { headers: { 'accept-language': 'en' } }));
    expect(en.message).toMatch(/no such route/);
  });
});
