import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, disposeApp, errorBody, post, testApp, ticket } from './helpers.ts';
import { ticketTypesWith } from './runs-helpers.ts';

let app: ReturnType<typeof testApp>;
let strictApp: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp({ bodyLimit: 64 * 1024, maxBatch: 5 });
  strictApp = testApp({ strict: true });
});
afterAll(async () => {
  await disposeApp(app);
  await disposeApp(strictApp);
});

describe('POST /v1/decisions', () => {
  it('decides one ticket, names the revision, explains in Chinese by default', async () => {
    const res = await post(app, '/v1/decisions', { ticket: ticket(), asOf: '2025-10-10T17:00:00+08:00' });
    expect(res.status).toBe(200);
    const d = (await res.json()) as Body;
    expect(d.ticketId).toBe('SS-2025-0930-001');
    expect(d.ruleset).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    expect(d.ruleset.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(d.deadlines.find((x: Body) => x.obligation === 'complete')).toMatchObject({
      dueDate: '2025-10-14',
      dueAt: '2025-10-15T00:00:00+08:00',
    });
    expect(d.explanation).toMatch(/第三条|工作日/);
  });

  it('explains in English with ?lang=en or Accept-Language', async () => {
    const a = (await (await post(app, '/v1/decisions?lang=en', { ticket: ticket() })).json()) as Body;
    const b = (await (
      await post(app, '/v1/decisions', { ticket: ticket() }, { 'accept-language': 'en-US,en;q=0.9' })
    ).json()) as Body;
    expect(a.explanation).toMatch(/working day|workday/i);
    expect(b.explanation).toBe(a.explanation);
  });

  it('defaults asOf to the clock at the edge', async () => {
    const d = (await (await post(app, '/v1/decisions', { ticket: ticket() })).json()) as Body;
    expect(d.asOf).toBe('2025-10-10T12:00:00+08:00');
  });

  it('answers a batch in input order', async () => {
    const ids = ['A-3', 'A-1', 'A-2'];
    const res = await post(app, '/v1/decisions', { tickets: ids.map((id) => ticket({ id })) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.decisions.map((d: Body) => d.ticketId)).toEqual(ids);
  });

  it('explains in the client’s language by default; ?explain=deadlines adds each deadline’s zh/en counting', async () => {
    const slim = (await (await post(app, '/v1/decisions', { ticket: ticket() })).json()) as Body;
    const full = (await (await post(app, '/v1/decisions?explain=deadlines', { ticket: ticket() })).json()) as Body;
    const deadlines = (b: Body) => b.deadlines as { obligation: string; explanation?: { zh: string; en: string } }[];
    expect(deadlines(slim).every((x) => x.explanation === undefined)).toBe(true);
    const complete = deadlines(full).find((x) => x.obligation === 'complete')!;
    expect(complete.explanation?.zh).toContain('国庆节、中秋节假期10月1日至10月8日不计');
    expect(complete.explanation?.en).toContain('National Day');
    // The decision's text recounts the open deadlines on the calendar: the same words either way.
    expect(slim.explanation).toBe(full.explanation);
    expect(slim.explanation).toContain('10月11日（星期六）国庆节、中秋节调休上班计入');
    expect(slim.counting).toEqual({ startDayCounted: false, naturalDayEndOnHoliday: 'keep', strict: false });
    // The open-reading settings that applied travel with the decision (from the rule set).
    expect(slim.settings).toMatchObject({
      escalationMode: 'ladder',
      naturalDayEndOnHoliday: 'keep',
      dueSoon: '3个工作日',
    });
  });

  it('answers on the compiled path by default, identical to ?path=engine (json-rules-engine)', async () => {
    const e = (await (await post(app, '/v1/decisions?path=engine&trace=true', { ticket: ticket() })).json()) as Body;
    const c = (await (await post(app, '/v1/decisions?trace=true', { ticket: ticket() })).json()) as Body;
    expect(c).toEqual(e);
    expect((c.trace as unknown[]).length).toBeGreaterThan(5);
    // Without ?trace=true the rule trace is left out; the decision is otherwise the same.
    const slim = (await (await post(app, '/v1/decisions', { ticket: ticket() })).json()) as Body;
    expect(slim.trace).toEqual([]);
    expect(slim.deadlines).toEqual(e.deadlines);
    expect(slim.decisionId).toBe(e.decisionId);
    const bad = await post(app, '/v1/decisions?path=fast', { ticket: ticket() });
    expect(bad.status).toBe(400);
    expect((await errorBody(bad)).code).toBe('QUERY_INVALID');
  });

  it('marks a decision touching an unpublished year provisional, and strict mode refuses it (422)', async () => {
    const late = ticket({
      id: 'T-2026-12',
      received: '2026-12-28T09:00:00+08:00',
      dispatched: undefined,
      accepted: undefined,
    });
    const ok = (await (
      await post(app, '/v1/decisions', { ticket: late, asOf: '2026-12-28T10:00:00+08:00' })
    ).json()) as Body;
    expect(ok.provisional).toBe(true);
    const res = await post(strictApp, '/v1/decisions', { ticket: late, asOf: '2026-12-28T10:00:00+08:00' });
    expect(res.status).toBe(422);
    const e = await errorBody(res);
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.issues.length).toBeGreaterThan(0);
  });
});

describe('POST /v1/decisions — errors', () => {
  it('malformed JSON → 400 BAD_JSON with a position', async () => {
    const res = await post(app, '/v1/decisions', '{"ticket": {');
    expect(res.status).toBe(400);
    const e = await errorBody(res);
    expect(e.code).toBe('BAD_JSON');
    expect(e.issues[0]).toMatchObject({ line: 1 });
  });

  it('an empty body → 400 BODY_REQUIRED', async () => {
    const res = await post(app, '/v1/decisions', '');
    expect((await errorBody(res)).code).toBe('BODY_REQUIRED');
  });

  it('a schema violation → 400 TICKET_INVALID naming the field', async () => {
    const { received: _r, ...t } = ticket();
    const res = await post(app, '/v1/decisions', { ticket: { ...t, channel: 42, citizenName: '张三' } });
    expect(res.status).toBe(400);
    const e = await errorBody(res);
    expect(e.code).toBe('TICKET_INVALID');
    const paths = e.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['ticket.received', 'ticket.channel', 'ticket.citizenName']));
    expect(e.issues.find((i) => i.path === 'ticket.received')).toMatchObject({
      code: 'SCHEMA_REQUIRED',
      pointer: '/ticket/received',
    });
    expect(e.message).toMatch(/工单/);
  });

  it('names the ticket of a batch: tickets[1].accepted', async () => {
    const res = await post(
      app,
      '/v1/decisions',
      { tickets: [ticket(), ticket({ accepted: 'yesterday' })] },
      { 'accept-language': 'en' },
    );
    const e = await errorBody(res);
    expect(res.status).toBe(400);
    expect(e.issues[0]).toMatchObject({
      path: 'tickets[1].accepted',
      code: 'TICKET_TIMESTAMP_INVALID',
      pointer: '/tickets/1/accepted',
    });
    expect(e.message).toMatch(/ticket/);
  });

  it('a wrong envelope → 400 BODY_INVALID', async () => {
    for (const body of [[], { ticket: ticket(), tickets: [] }, {}, { ticket: ticket(), extra: 1 }, { tickets: 'x' }]) {
      const res = await post(app, '/v1/decisions', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorBody(res)).code).toBe('BODY_INVALID');
    }
  });

  it('an invalid asOf → 400 naming asOf', async () => {
    const e = await errorBody(await post(app, '/v1/decisions', { ticket: ticket(), asOf: 'tomorrow' }));
    expect(e.code).toBe('INSTANT_INVALID');
    expect(e.issues[0]?.path).toBe('asOf');
  });

  it('an unknown rule set → 404', async () => {
    const res = await post(app, '/v1/decisions', { ticket: ticket(), ruleset: 'nowhere' });
    expect(res.status).toBe(404);
    expect((await errorBody(res)).code).toBe('RULESET_UNKNOWN');
  });

  it('a ticket received before any version was in force → 422', async () => {
    const res = await post(app, '/v1/decisions', {
      ticket: ticket({ received: '2024-01-02T09:00:00+08:00', dispatched: undefined, accepted: undefined }),
    });
    expect(res.status).toBe(422);
    expect((await errorBody(res)).code).toBe('RULESET_NOT_IN_FORCE');
  });

  it('a year the calendar cannot compute → 422 DATE_OUT_OF_RANGE', async () => {
    const res = await post(app, '/v1/decisions', {
      ticket: ticket({ received: '2150-01-05T09:00:00+08:00', dispatched: undefined, accepted: undefined }),
      asOf: '2150-01-06T00:00:00+08:00',
    });
    expect(res.status).toBe(422);
    expect((await errorBody(res)).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('a batch over the limit → 413 BATCH_TOO_LARGE', async () => {
    const res = await post(app, '/v1/decisions', {
      tickets: Array.from({ length: 6 }, (_, i) => ticket({ id: `B-${i}` })),
    });
    expect(res.status).toBe(413);
    expect((await errorBody(res)).code).toBe('BATCH_TOO_LARGE');
  });

  it('a body over the limit → 413 BODY_TOO_LARGE, with or without Content-Length', async () => {
    const big = JSON.stringify({ ticket: ticket({ id: 'x'.repeat(70 * 1024) }) });
    const res = await post(app, '/v1/decisions', big);
    expect(res.status).toBe(413);
    expect((await errorBody(res)).code).toBe('BODY_TOO_LARGE');
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = await app.request('/v1/decisions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('a body that is not JSON → 415', async () => {
    const res = await app.request('/v1/decisions', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect((await errorBody(res)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('GET on a POST route → 405 with Allow', async () => {
    const res = await app.request('/v1/decisions');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
    expect((await errorBody(res)).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('logs method, route pattern, status and ms — never bodies or query strings', async () => {
    app.logs.lines.length = 0;
    await post(app, '/v1/decisions?lang=en', { ticket: ticket({ id: 'SECRET-ID-42' }) });
    const line = app.logs.lines.at(-1)!;
    expect(line).toMatchObject({ method: 'POST', route: '/v1/decisions', status: 200 });
    expect(typeof line.ms).toBe('number');
    expect(JSON.stringify(app.logs.lines)).not.toMatch(/SECRET-ID-42|lang=en/);
  });
});

describe('POST /v1/decisions — rules: a named version or a draft', () => {
  const receivedEarly = () =>
    ticket({ received: '2024-01-02T09:00:00+08:00', dispatched: undefined, accepted: undefined });
  const due = (d: Body) => d.deadlines.find((x: Body) => x.obligation === 'complete').dueDate;

  /** The shipped version's files (GET /v1/rulesets/{id}/{version}/files) with ticket-types.yaml replaced. */
  async function draft(period: string): Promise<Record<string, string>> {
    const res = await app.request('/v1/rulesets/sheshan-12345/2025-04-14/files');
    const { files } = (await res.json()) as { files: Record<string, string> };
    return { ...files, 'ticket-types.yaml': ticketTypesWith('normal.complete', period).text };
  }

  it('without rules, the version in force; rules.version gives the same decision for that version', async () => {
    const body = { ticket: ticket(), asOf: '2025-10-10T12:00:00+08:00' };
    const inForce = (await (await post(app, '/v1/decisions', body)).json()) as Body;
    for (const version of ['sheshan-12345/2025-04-14', '2025-04-14']) {
      const res = await post(app, '/v1/decisions', { ...body, rules: { version } });
      expect(res.status, version).toBe(200);
      expect(await res.json()).toEqual(inForce);
    }
  });

  it('decides under a named version even when it was not in force when the ticket was received', async () => {
    expect((await post(app, '/v1/decisions', { ticket: receivedEarly() })).status).toBe(422);
    const res = await post(app, '/v1/decisions', { ticket: receivedEarly(), rules: { version: '2025-04-14' } });
    expect(res.status).toBe(200);
    const d = (await res.json()) as Body;
    expect(d.ruleset).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    expect(d.ticketId).toBe('SS-2025-0930-001');
  });

  it('decides a fixture ticket under the base and under a draft, explained (the page’s side by side)', async () => {
    const { tickets } = (await (await app.request('/v1/fixtures')).json()) as { tickets: Body[] };
    const fixture = tickets.find((t) => t.id === 'SS-2025-0930-001');
    const asOf = '2025-10-10T12:00:00+08:00';
    const decide = async (rules: unknown) => {
      const res = await post(app, '/v1/decisions?lang=en', { ticket: fixture, asOf, rules });
      expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
      return (await res.json()) as Body;
    };
    const base = await decide({ version: 'sheshan-12345/2025-04-14' });
    const candidate = await decide({ draft: { files: await draft('4个工作日') } });
    expect(due(base)).toBe('2025-10-14');
    expect(due(candidate)).toBe('2025-10-13');
    expect(base.explanation).toContain('working day 5 is Tuesday 14 Oct');
    expect(candidate.explanation).toContain('working day 4 is Monday 13 Oct');
    // The draft keeps the version's id and number; its revision is its own.
    expect(candidate.ruleset).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    expect(candidate.ruleset.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(candidate.ruleset.revision).not.toBe(base.ruleset.revision);
  });

  it('a batch is decided under the draft, ticket by ticket', async () => {
    const res = await post(app, '/v1/decisions', {
      tickets: [ticket({ id: 'B-1' }), ticket({ id: 'B-2' })],
      asOf: '2025-10-10T12:00:00+08:00',
      rules: { draft: { files: await draft('4个工作日') } },
    });
    expect(res.status).toBe(200);
    const { decisions } = (await res.json()) as { decisions: Body[] };
    expect(decisions.map((d) => d.ticketId)).toEqual(['B-1', 'B-2']);
    expect(decisions.map(due)).toEqual(['2025-10-13', '2025-10-13']);
  });

  it('an unknown version → 404 VERSION_UNKNOWN', async () => {
    for (const version of ['1999-01-01', 'sheshan-12345/1999-01-01', 'elsewhere/2025-04-14']) {
      const res = await post(app, '/v1/decisions', { ticket: ticket(), rules: { version } });
      expect(res.status, version).toBe(404);
      expect((await errorBody(res)).code).toBe('VERSION_UNKNOWN');
    }
  });

  it('a broken draft → 422 RULESET_INVALID with its diagnostics (file, line, column, code)', async () => {
    const broken = ticketTypesWith('normal.complete', '4个工作周');
    for (const body of [{ ticket: ticket() }, { tickets: [ticket(), ticket({ id: 'B-2' })] }]) {
      const res = await post(app, '/v1/decisions', {
        ...body,
        rules: { draft: { files: { ...(await draft('5个工作日')), 'ticket-types.yaml': broken.text } } },
      });
      expect(res.status).toBe(422);
      const e = await errorBody(res);
      expect(e.code).toBe('RULESET_INVALID');
      expect(e.issues).toContainEqual(
        expect.objectContaining({
          file: 'ticket-types.yaml',
          line: broken.line,
          col: 17,
          severity: 'error',
          code: 'RULE_PERIOD_INVALID',
        }),
      );
      expect(e.issues.some((i) => 'index' in i)).toBe(false); // the draft's fault, not a ticket's
    }
  });

  it('a draft that is not a version folder → 400 naming rules.draft…', async () => {
    const cases: [unknown, string, string][] = [
      [{ files: {} }, 'rules.draft.files', 'DRAFT_FILES'],
      [{ files: { 'index.yaml': 'x', '../escape.yaml': 'x' } }, 'rules.draft.files.../escape.yaml', 'DRAFT_FILE_NAME'],
      [{ files: 'index.yaml' }, 'rules.draft.files', 'SCHEMA_TYPE'],
      [{ files: { 'index.yaml': 'x' }, extra: 1 }, 'rules.draft', 'SCHEMA_TYPE'],
    ];
    for (const [d, path, code] of cases) {
      const res = await post(app, '/v1/decisions', { ticket: ticket(), rules: { draft: d } });
      expect(res.status, path).toBe(400);
      const e = await errorBody(res);
      expect(e.code).toBe('BODY_INVALID');
      expect(e.issues, path).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('rules with both version and draft, neither, or anything else → 400 BODY_INVALID', async () => {
    const files = await draft('4个工作日');
    const cases: [unknown, string, string][] = [
      [{ version: '2025-04-14', draft: { files } }, 'rules', 'SCHEMA_REQUIRED'],
      [{}, 'rules', 'SCHEMA_REQUIRED'],
      ['2025-04-14', 'rules', 'SCHEMA_TYPE'],
      [{ version: 20250414 }, 'rules.version', 'SCHEMA_TYPE'],
      [{ version: '2025-04-14', at: 'now' }, 'rules.at', 'SCHEMA_UNKNOWN_KEY'],
    ];
    for (const [rules, path, code] of cases) {
      const res = await post(app, '/v1/decisions', { ticket: ticket(), rules });
      expect(res.status, JSON.stringify(rules).slice(0, 80)).toBe(400);
      const e = await errorBody(res);
      expect(e.code).toBe('BODY_INVALID');
      expect(e.issues).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('rules with ruleset → 400: the version names its rule set', async () => {
    const res = await post(app, '/v1/decisions', {
      ticket: ticket(),
      ruleset: 'sheshan-12345',
      rules: { version: '2025-04-14' },
    });
    expect(res.status).toBe(400);
    const e = await errorBody(res);
    expect(e.code).toBe('BODY_INVALID');
    expect(e.issues[0]).toMatchObject({ path: 'ruleset' });
  });
});
