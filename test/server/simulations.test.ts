/** Simulation runs and comparisons: 202 + background, catalogue, results in four formats, cancel, auth, drafts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, disposeApp, errorBody, post, testApp, ticket, waitForRun } from './helpers.ts';
import { DECEMBER, draftFiles } from './runs-helpers.ts';

let app: ReturnType<typeof testApp>;
let secured: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp({ compareSyncLimit: 100 });
  secured = testApp({ apiToken: { alice: 's3cret-alice', bob: 's3cret-bob' } });
});
afterAll(async () => {
  await disposeApp(app);
  await disposeApp(secured);
});

const AS_OF = '2025-12-20T12:00:00+08:00';

async function start(a: typeof app, body: Body, headers: Record<string, string> = {}): Promise<Body> {
  const res = await post(a, '/v1/simulations', body, headers);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(202);
  const b = (await res.json()) as Body;
  expect(res.headers.get('location')).toBe(`/v1/simulations/${b.id}`);
  return b;
}

describe('POST /v1/simulations', () => {
  it('runs generated tickets in the background and reports in json, csv, md and jsonl', async () => {
    const { id, status } = await start(app, { generate: DECEMBER, asOf: AS_OF });
    expect(['queued', 'running']).toContain(status);
    const run = await waitForRun(app, id);
    expect(run).toMatchObject({
      status: 'done',
      kind: 'simulation',
      who: 'anonymous',
      asOf: AS_OF,
      input: { source: 'generate', count: 60 },
    });
    expect((run.summary as Body).tickets).toMatchObject({ total: 60, evaluated: 60 });
    // Every office's version in force is listed (a batch may mix offices); these tickets name none,
    // so all 60 go to the default rule set (rules/rulesets.yaml).
    expect(run.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'in-force', id: 'sheshan-12345', version: '2025-04-14', draft: false }),
      ]),
    );
    expect((run.summary as Body).byVersion).toEqual({ 'sheshan-12345/2025-04-14': 60 });
    const json = (await (await app.request(`/v1/simulations/${id}/results`)).json()) as Body;
    expect(json.kind).toBe('simulation');
    const csv = await app.request(`/v1/simulations/${id}/results?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await (await app.request(`/v1/simulations/${id}/results?format=md&lang=en`)).text()).toMatch(/^# /);
    const rows = (await (await app.request(`/v1/simulations/${id}/results?format=jsonl`)).text()).trim().split('\n');
    expect(rows).toHaveLength(60);
    expect(JSON.parse(rows[0]!)).toMatchObject({ ticketId: 'GEN-7-000001', ruleset: 'sheshan-12345/2025-04-14' });
    expect((await errorBody(await app.request(`/v1/simulations/${id}/results?format=xlsx`))).code).toBe(
      'QUERY_INVALID',
    );
  });

  it('the fixtures, a named version, a draft', async () => {
    const fx = await waitForRun(app, (await start(app, { fixtures: true, version: '2025-04-14', asOf: AS_OF })).id);
    expect(fx).toMatchObject({ status: 'done', input: { source: 'fixtures' } });
    expect((fx.versions as Body[])[0]).toMatchObject({ role: 'simulated', version: '2025-04-14' });
    const draft = await waitForRun(
      app,
      (await start(app, { version: { files: draftFiles() }, generate: DECEMBER, asOf: AS_OF })).id,
    );
    expect(draft.status).toBe('done');
    expect((draft.versions as Body[])[0]).toMatchObject({ role: 'simulated', version: '2025-12-01', draft: true });
    const top = await waitForRun(app, (await start(app, { files: draftFiles(), fixtures: true, asOf: AS_OF })).id);
    expect(top.status).toBe('done');
  });

  it('lists invalid inline tickets without storing what they said', async () => {
    const secret = '王小明 13800001234';
    const { id } = await start(app, {
      tickets: [ticket(), ticket({ id: 'BAD-1', channel: secret }), { note: secret }],
      asOf: AS_OF,
    });
    const run = await waitForRun(app, id);
    expect((run.summary as Body).tickets).toMatchObject({ total: 3, evaluated: 1, rejected: 2 });
    const report = (await (await app.request(`/v1/simulations/${id}/results`)).json()) as Body;
    expect(report.rejected.items[0].issues.map((i: Body) => i.path)).toEqual(['channel']);
    expect(report.rejected.items[1].issues.map((i: Body) => i.path)).toContain('note');
    for (const f of ['catalogue.json', ...readdirSync(join(app.dataDir, 'runs')).map((f) => `runs/${f}`)]) {
      expect(readFileSync(join(app.dataDir, f), 'utf8'), f).not.toContain('13800001234');
    }
  });

  it('cancels a running run; results of an unfinished run are a 409', async () => {
    const { id } = await start(app, {
      generate: { count: 150_000, seed: 1, from: '2025-09-01', to: '2025-11-30' },
      asOf: AS_OF,
    });
    const early = await app.request(`/v1/simulations/${id}/results`);
    expect(early.status).toBe(409);
    expect((await errorBody(early)).code).toBe('RUN_NOT_FINISHED');
    const del = await app.request(`/v1/simulations/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(((await del.json()) as Body).status).toBe('cancelled');
    const again = await app.request(`/v1/simulations/${id}`, { method: 'DELETE' });
    expect(again.status).toBe(409);
    expect((await errorBody(again)).code).toBe('RUN_FINISHED');
  });

  it('the catalogue lists runs, newest first', async () => {
    const list = (await (await app.request('/v1/simulations?limit=2')).json()) as Body;
    expect(list.total).toBeGreaterThanOrEqual(5);
    expect(list.runs).toHaveLength(2);
    expect(list.runs[0].createdAt >= list.runs[1].createdAt).toBe(true);
  });

  it('errors: 404 unknown run or version, 422 invalid draft, 400 for the ticket source', async () => {
    for (const path of ['/v1/simulations/run_nope', '/v1/simulations/run_nope/results']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect((await errorBody(res)).code).toBe('RUN_NOT_FOUND');
    }
    expect((await app.request('/v1/simulations/run_nope', { method: 'DELETE' })).status).toBe(404);
    const unknown = await post(app, '/v1/simulations', { version: '1999-01-01', fixtures: true });
    expect(unknown.status).toBe(404);
    expect((await errorBody(unknown)).code).toBe('VERSION_UNKNOWN');
    const files = draftFiles();
    files['returns.yaml'] = files['returns.yaml']!.replace(/clause: "4\.2"/, 'clause: "4.99"');
    const bad = await post(app, '/v1/simulations', { files, fixtures: true });
    expect(bad.status).toBe(422);
    const e = await errorBody(bad);
    expect(e.code).toBe('RULESET_INVALID');
    expect(e.issues[0]).toMatchObject({ file: 'returns.yaml', code: 'RULE_UNKNOWN_CLAUSE' });
    for (const body of [
      {},
      { fixtures: true, tickets: [] },
      { generate: { count: 10 } },
      { generate: { count: 10_000_000, from: '2025-01-01', to: '2025-02-01' } },
      { fixtures: 'yes' },
    ]) {
      const res = await post(app, '/v1/simulations', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await errorBody(await post(app, '/v1/simulations', { generate: { count: 5, from: 'June', to: '2025-07-01' } })))
        .code,
    ).toBe('GENERATE_DATE_INVALID');
    expect((await errorBody(await post(app, '/v1/simulations', { fixtures: true, asOf: 'later' }))).code).toBe(
      'INSTANT_INVALID',
    );
  });
});

describe('POST /v1/compare', () => {
  it('answers a small comparison at once: the draft moves December completion deadlines', async () => {
    const res = await post(app, '/v1/compare', {
      base: 'sheshan-12345/2025-04-14',
      candidate: { files: draftFiles() },
      generate: DECEMBER,
      asOf: AS_OF,
    });
    expect(res.status).toBe(200);
    const c = (await res.json()) as Body;
    expect(c.kind).toBe('comparison');
    expect(c.totals.changed).toBeGreaterThan(0);
    expect(c.groups.some((g: Body) => g.kind === 'deadline-moved' || /complete/.test(g.subject))).toBe(true);
    const md = await post(app, '/v1/compare?format=md', {
      base: '2025-04-14',
      candidate: { files: draftFiles() },
      generate: DECEMBER,
      asOf: AS_OF,
    });
    expect(md.headers.get('content-type')).toMatch(/markdown/);
  });

  it('runs a large comparison in the background (202)', async () => {
    const res = await post(app, '/v1/compare', {
      base: '2025-04-14',
      candidate: { files: draftFiles() },
      generate: { ...DECEMBER, count: 500 },
      asOf: AS_OF,
    });
    expect(res.status).toBe(202);
    const run = await waitForRun(app, ((await res.json()) as Body).id);
    expect(run).toMatchObject({ status: 'done', kind: 'comparison' });
    expect((run.versions as Body[]).map((v) => v.role)).toEqual(['base', 'candidate']);
    expect((run.summary as Body).tickets).toBe(500);
  });

  it('compares one office on its own fixtures: none of another office’s tickets is listed as invalid', async () => {
    // Only 夏阳's own fixture tickets (fixtures/tickets/xiayang-12345/, each naming the office) enter
    // a comparison of 夏阳 against itself; no other office's ticket is listed as invalid.
    const xiayang = await post(app, '/v1/compare', {
      base: 'xiayang-12345/2022-06-08',
      candidate: 'xiayang-12345/2022-06-08',
      fixtures: true,
      asOf: AS_OF,
    });
    expect(xiayang.status).toBe(200);
    const x = (await xiayang.json()) as Body;
    expect(x.totals.rejected).toBe(0);
    expect(x.totals.tickets).toBeGreaterThan(0);
    expect(x.totals.changed).toBe(0);
    // Sheshan, the default office, takes the fixtures without an office (and its own).
    const sheshan = (await (
      await post(app, '/v1/compare', {
        base: 'sheshan-12345/2025-04-14',
        candidate: 'sheshan-12345/2025-04-14',
        fixtures: true,
        asOf: AS_OF,
      })
    ).json()) as Body;
    expect(sheshan.totals.rejected).toBe(0);
    expect(sheshan.totals.tickets).toBeGreaterThan(x.totals.tickets);
  });

  it('400 without base or candidate, 404 for an unknown version', async () => {
    expect((await post(app, '/v1/compare', { base: '2025-04-14', fixtures: true })).status).toBe(400);
    expect(
      (await post(app, '/v1/compare', { base: '2025-04-14', candidate: 'sheshan-12345/2030-01-01', fixtures: true }))
        .status,
    ).toBe(404);
  });
});

describe('bearer tokens for writes', () => {
  const body = { fixtures: true, asOf: AS_OF };
  it('401 without or with a wrong token; reads stay open', async () => {
    const none = await post(secured, '/v1/simulations', body);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect((await errorBody(none)).code).toBe('UNAUTHORIZED');
    expect((await post(secured, '/v1/simulations', body, { authorization: 'Bearer s3cret-eve' })).status).toBe(401);
    expect((await post(secured, '/v1/simulations', body, { authorization: 'Basic s3cret-alice' })).status).toBe(401);
    expect(
      (await post(secured, '/v1/compare', { base: '2025-04-14', candidate: '2025-04-14', fixtures: true })).status,
    ).toBe(401);
    expect((await secured.request('/v1/simulations')).status).toBe(200);
    expect((await post(secured, '/v1/decisions', { ticket: ticket() })).status).toBe(200);
  });

  it('the token label is who started the run; DELETE needs a token too', async () => {
    const { id } = await start(secured, body, { authorization: 'Bearer s3cret-bob' });
    const run = await waitForRun(secured, id);
    expect(run.who).toBe('bob');
    expect((await secured.request(`/v1/simulations/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect(
      (
        await secured.request(`/v1/simulations/${id}`, {
          method: 'DELETE',
          headers: { authorization: 'Bearer s3cret-alice' },
        })
      ).status,
    ).toBe(409);
  });
});
