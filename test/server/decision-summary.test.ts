/**
 * `POST /v1/decisions?view=summary` and `?explain=none` (issue 13): the lean answer for a ticket
 * platform — its shape, its size over every shipped fixture, the OpenAPI schema it is checked
 * against, the batch, the query it accepts, and `Vary: Accept-Language`.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideCore } from '../../engine/evaluate/decide.ts';
import { renderDecision } from '../../engine/evaluate/render-decision.ts';
import { type DecisionSummary, summarizeCore } from '../../engine/evaluate/summarize-core.ts';
import type { Decision } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import { createAjv } from '../../engine/rules/schema-check.ts';
import { loadCases } from '../../engine/testing/index.ts';
import { decisionQuery } from '../../server/http/decision-query.ts';
import { generatedAtStages } from '../evaluate/generated-stages.ts';
import { type Body, disposeApp, errorBody, post, testApp, ticket } from './helpers.ts';

let app: ReturnType<typeof testApp>;
let validSummary: ReturnType<ReturnType<typeof createAjv>['compile']>;
beforeAll(async () => {
  app = testApp();
  const doc = (await (await app.request('/openapi.json')).json()) as Body;
  validSummary = createAjv().compile(doc.components.schemas.DecisionSummary);
});
afterAll(async () => {
  await disposeApp(app);
});

const asOf = '2025-10-10T17:00:00+08:00';
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');
const schemaErrors = (v: unknown) => (validSummary(v) ? [] : validSummary.errors);

describe('?view=summary', () => {
  it('answers the ids, version, deadlines, escalation, actions, rule ids and a warning count — no text', async () => {
    const full = (await (await post(app, '/v1/decisions?explain=none', { ticket: ticket(), asOf })).json()) as Body;
    const res = await post(app, '/v1/decisions?view=summary', { ticket: ticket(), asOf });
    expect(res.status).toBe(200);
    const s = (await res.json()) as Body;
    expect(Object.keys(s).sort()).toEqual(
      [
        'decisionId',
        'ticketId',
        'asOf',
        'nextChangeAt',
        'ruleset',
        'provisional',
        'ticketTypeId',
        'deadlines',
        'escalation',
        'actions',
        'reminders',
        'notifications',
        'warnings',
      ].sort(),
    );
    expect(s).toMatchObject({
      decisionId: full.decisionId,
      ticketId: 'SS-2025-0930-001',
      asOf,
      ruleset: { id: 'sheshan-12345', version: '2025-04-14' },
      provisional: false,
      ticketTypeId: full.ticketType.id,
      escalation: null,
      warnings: full.warnings.length,
    });
    expect(s.ruleset.revision).toBeUndefined();
    expect(s.deadlines).toEqual(
      full.deadlines.map((x: Body) => ({
        obligation: x.obligation,
        dueAt: x.dueAt,
        dueDate: x.dueDate,
        status: x.status,
        remainingMs: x.remainingMs,
      })),
    );
    expect(s.deadlines.find((x: Body) => x.obligation === 'complete')).toMatchObject({
      dueDate: '2025-10-14',
      dueAt: '2025-10-15T00:00:00+08:00',
    });
    expect(s.actions.return).toEqual({
      allowedNow: full.actions.return.allowedNow,
      windowEndsAt: full.actions.return.windowEndsAt,
    });
    expect(s.reminders).toEqual(full.reminders.map((r: Body) => r.ruleId));
    expect(s.notifications).toEqual(full.notifications.map((r: Body) => r.ruleId));
    expect(JSON.stringify(s)).not.toMatch(/explanation|trace|[\u4e00-\u9fff]/);
    expect(schemaErrors(s)).toEqual([]);
  });

  it('every fixture ticket: a summary ≤ 2 KB that the OpenAPI DecisionSummary schema accepts', async () => {
    const { cases, diagnostics } = loadCases('fixtures/tickets');
    expect(diagnostics).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const sizes: { summary: number; full: number }[] = [];
    const escalations = new Set<number>();
    for (const c of cases) {
      const body = { ticket: c.ticket, asOf: c.asOf };
      const [sr, fr] = await Promise.all([
        post(app, '/v1/decisions?view=summary', body),
        post(app, '/v1/decisions', body),
      ]);
      expect(sr.status, c.name).toBe(200);
      const [summary, full] = [await sr.text(), await fr.text()];
      const s = JSON.parse(summary) as Body;
      expect({ name: c.name, errors: schemaErrors(s) }).toEqual({ name: c.name, errors: [] });
      expect(Buffer.byteLength(summary), c.name).toBeLessThanOrEqual(2048);
      if (s.escalation) escalations.add(s.escalation.level);
      sizes.push({ summary: Buffer.byteLength(summary), full: Buffer.byteLength(full) });
    }
    // The fixtures reach supervision levels, so the escalation shape is exercised too.
    expect(escalations.size).toBeGreaterThan(0);
    const max = Math.max(...sizes.map((x) => x.summary));
    const ratio = Math.max(...sizes.map((x) => x.summary / x.full));
    expect(max).toBeLessThanOrEqual(2048);
    expect(ratio).toBeLessThan(0.5);
  });

  it('the OpenAPI document names the view and explain choices and the summary among the answers', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Body;
    const op = doc.paths['/v1/decisions'].post;
    const param = (name: string) => op.parameters.find((p: Body) => p.name === name)?.schema;
    expect(param('view')).toEqual({ type: 'string', enum: ['full', 'summary'], default: 'full' });
    expect(param('explain').enum).toEqual(['text', 'deadlines', 'none']);
    const answers = JSON.stringify(op.responses['200'].content['application/json'].schema);
    expect(answers).toContain('#/components/schemas/DecisionSummary');
    expect(op.responses['200'].headers.Vary).toBeDefined();
  });

  it('the schema is closed: a full decision, an extra field or a missing one is refused', async () => {
    const full = (await (await post(app, '/v1/decisions', { ticket: ticket(), asOf })).json()) as Body;
    const s = (await (await post(app, '/v1/decisions?view=summary', { ticket: ticket(), asOf })).json()) as Body;
    expect(validSummary(full)).toBe(false);
    expect(validSummary({ ...s, explanation: 'x' })).toBe(false);
    const { warnings: _w, ...missing } = s;
    expect(validSummary(missing)).toBe(false);
    expect(validSummary({ ...s, deadlines: [{ ...s.deadlines[0], clause: '三' }] })).toBe(false);
  });

  it('an overdue-triggered level (another office) and a revisit-triggered one keep their own fields', async () => {
    const catalog = loadCatalog(['test/fixtures/rules/offices', RULES_DIR]);
    const calendar = loadCalendar();
    const run = async (dir: string, trigger: string) => {
      const { cases } = loadCases(dir);
      const out: Body[] = [];
      for (const c of cases) {
        const core = await decideCore(catalog, calendar, c.ticket, { asOf: c.asOf, path: 'compiled' });
        const e = renderDecision(core).escalation;
        if (!e || (e.trigger ?? 'revisit') !== trigger) continue;
        const s = summarizeCore(core);
        expect(schemaErrors(s)).toEqual([]);
        expect(s.escalation).toEqual(
          e.trigger === 'overdue'
            ? { trigger: 'overdue', level: e.level, supervisor: e.supervisor, of: e.of }
            : { trigger: 'revisit', level: e.level, supervisor: e.supervisor, redoDueAt: e.redoDueAt },
        );
        out.push(s);
      }
      return out;
    };
    expect((await run('test/fixtures/rules/offices/qingxi-12345/cases', 'overdue')).length).toBeGreaterThan(0);
    expect((await run('fixtures/tickets', 'revisit')).length).toBeGreaterThan(0);
  });

  it('a batch answers a summary per ticket, in input order', async () => {
    const ids = ['S-2', 'S-1'];
    const res = await post(app, '/v1/decisions?view=summary', { tickets: ids.map((id) => ticket({ id })), asOf });
    expect(res.status).toBe(200);
    const { decisions } = (await res.json()) as { decisions: Body[] };
    expect(decisions.map((d) => d.ticketId)).toEqual(ids);
    for (const d of decisions) expect(schemaErrors(d)).toEqual([]);
    const full = (await (await post(app, '/v1/decisions', { tickets: [ticket()], asOf })).json()) as Body;
    expect(full.decisions[0].explanation).toEqual(expect.any(String));
  });

  it('?view=full is today’s answer; an unknown view, or text or trace with a summary, is a 400', async () => {
    const a = (await (await post(app, '/v1/decisions', { ticket: ticket(), asOf })).json()) as Body;
    const b = (await (await post(app, '/v1/decisions?view=full', { ticket: ticket(), asOf })).json()) as Body;
    expect(b).toEqual(a);
    for (const q of ['view=short', 'view=summary&explain=text', 'view=summary&trace=true']) {
      const res = await post(app, `/v1/decisions?${q}`, { ticket: ticket() }, { 'accept-language': 'en' });
      expect(res.status, q).toBe(400);
      const e = await errorBody(res);
      expect(e.code).toBe('QUERY_INVALID');
      expect(e.issues[0]?.path).toBe(`?${q.split('&').at(-1)!.split('=')[0]}`);
    }
    const e = await errorBody(await post(app, '/v1/decisions?view=summary&explain=deadlines', { ticket: ticket() }));
    expect(e.message).toBe('查询参数 explain 只能是 none：view=summary 不含说明文字和规则追踪');
  });

  it('a summary of the query asks the engine for no text and no trace', () => {
    const q = new Hono();
    q.get('/', (c) => c.json(decisionQuery(c)));
    const ask = async (s: string) => (await q.request(`/${s}`)).json();
    return Promise.all([
      expect(ask('?view=summary')).resolves.toEqual({
        view: 'summary',
        path: 'compiled',
        trace: false,
        explain: 'none',
      }),
      expect(ask('')).resolves.toEqual({ view: 'full', path: 'compiled', trace: false, explain: 'text' }),
      expect(ask('?explain=none&trace=true&path=engine')).resolves.toEqual({
        view: 'full',
        path: 'engine',
        trace: true,
        explain: 'none',
      }),
    ]);
  });
});

describe('?explain=none', () => {
  it('leaves out the explanation and nothing else', async () => {
    const text = (await (await post(app, '/v1/decisions', { ticket: ticket(), asOf })).json()) as Body;
    const res = await post(app, '/v1/decisions?explain=none', { ticket: ticket(), asOf });
    expect(res.status).toBe(200);
    const none = (await res.json()) as Body;
    expect('explanation' in none).toBe(false);
    const { explanation, ...rest } = text;
    expect(explanation).toMatch(/工作日/);
    expect(none).toEqual(rest);
    expect(none.deadlines.every((x: Body) => x.explanation === undefined)).toBe(true);
  });

  it('an unknown explain value is a 400 listing the choices, in the client’s language', async () => {
    const res = await post(app, '/v1/decisions?explain=all', { ticket: ticket() }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    const e = await errorBody(res);
    expect(e.code).toBe('QUERY_INVALID');
    expect(e.message).toBe('query parameter explain must be one of text, deadlines, none');
    const zh = await errorBody(await post(app, '/v1/decisions?explain=all', { ticket: ticket() }));
    expect(zh.message).toBe('查询参数 explain 只能是 text, deadlines, none');
  });
});

describe('Vary: Accept-Language', () => {
  it('on every decision answer: one, a batch, a summary, a text-free one', async () => {
    for (const [q, body] of [
      ['', { ticket: ticket() }],
      ['', { tickets: [ticket()] }],
      ['?view=summary', { ticket: ticket() }],
      ['?explain=none', { tickets: [ticket()] }],
    ] as const) {
      const res = await post(app, `/v1/decisions${q}`, body);
      expect(res.status).toBe(200);
      expect(res.headers.get('vary'), q).toMatch(/Accept-Language/i);
    }
    expect((await app.request('/healthz')).headers.get('vary')).toBeNull();
  });
});

it('bytes: the summary is a fraction of the full answer (the figures README quotes)', async () => {
  const full = await (await post(app, '/v1/decisions', { ticket: ticket(), asOf })).json();
  const summary = await (await post(app, '/v1/decisions?view=summary', { ticket: ticket(), asOf })).json();
  expect(bytes(summary) * 3).toBeLessThan(bytes(full));
});

/** The summary as the full decision states it: what `summarizeCore` must answer without writing the decision. */
function summaryOfDecision(d: Decision): DecisionSummary {
  const e = d.escalation;
  const action = (a: { allowedNow: boolean; windowEndsAt: string | null } | null) =>
    a === null ? null : { allowedNow: a.allowedNow, windowEndsAt: a.windowEndsAt };
  return {
    decisionId: d.decisionId,
    ticketId: d.ticketId,
    asOf: d.asOf,
    nextChangeAt: d.nextChangeAt,
    ruleset: { id: d.ruleset.id, version: d.ruleset.version },
    provisional: d.provisional,
    ticketTypeId: d.ticketType.id,
    deadlines: d.deadlines.map((x) => ({
      obligation: x.obligation,
      dueAt: x.dueAt,
      dueDate: x.dueDate,
      status: x.status,
      remainingMs: x.remainingMs,
    })),
    escalation:
      e === null
        ? null
        : e.trigger === 'overdue'
          ? { trigger: 'overdue', level: e.level, supervisor: e.supervisor, of: e.of }
          : { trigger: 'revisit', level: e.level, supervisor: e.supervisor, redoDueAt: e.redoDueAt },
    actions: { return: action(d.actions.return), extension: action(d.actions.extension) },
    reminders: d.reminders.map((r) => r.ruleId),
    notifications: d.notifications.map((n) => n.ruleId),
    warnings: d.warnings.length,
  };
}

describe('summarizeCore: the summary read from the core is the full decision’s, field by field', () => {
  const catalog = loadCatalog(['test/fixtures/rules/offices', RULES_DIR]);
  const calendar = loadCalendar();
  const check = async (ticket: Parameters<typeof decideCore>[2], asOf: string, path: 'engine' | 'compiled') => {
    const core = await decideCore(catalog, calendar, ticket, { asOf, path, trace: false });
    const s = summarizeCore(core);
    expect(s).toEqual(summaryOfDecision(renderDecision(core, { explain: false })));
    return s;
  };

  it('every fixture case of every office, on both paths', async () => {
    const seen = { escalation: 0, warnings: 0, reminders: 0, notifications: 0 };
    for (const dir of [
      'fixtures/tickets',
      'fixtures/tickets/daning-12345',
      'fixtures/tickets/xiayang-12345',
      'test/fixtures/rules/offices/qingxi-12345/cases',
    ]) {
      const { cases } = loadCases(dir);
      expect(cases.length, dir).toBeGreaterThan(5);
      for (const c of cases) {
        for (const path of ['engine', 'compiled'] as const) {
          const s = await check(c.ticket, c.asOf, path);
          if (s.escalation) seen.escalation++;
          if (s.warnings > 0) seen.warnings++;
          if (s.reminders.length > 0) seen.reminders++;
          if (s.notifications.length > 0) seen.notifications++;
        }
      }
    }
    // Each part of the summary is reached, not only its empty shape.
    for (const [part, n] of Object.entries(seen)) expect(n, part).toBeGreaterThan(0);
  }, 60_000);

  it('2,000 generated tickets of each shipped office, met 2 hours to 20 days after they came in', async () => {
    const shipped = loadCatalog();
    for (const office of Object.keys(shipped.rulesets)) {
      for (const c of generatedAtStages({ catalog: shipped, calendar, office, count: 2_000, seed: 3 }))
        await check(c.ticket, c.asOf, 'compiled');
    }
  }, 120_000);
});
