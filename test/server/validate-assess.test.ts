/** POST /v1/validate (same line and column as the CLI) and POST /v1/assessments. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/index.ts';
import { type Body, copyRules, disposeApp, errorBody, post, tempDir, testApp } from './helpers.ts';
import { shippedFiles } from './runs-helpers.ts';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(async () => {
  await disposeApp(app);
});

const TOPIC = 'sheshan-12345/2025-04-14/ticket-types.yaml';
const shipped = (p: string) => readFileSync(join(RULES_DIR, p), 'utf8');

function cli(args: string[], cwd: string): Body {
  try {
    return JSON.parse(
      execFileSync(join(PACKAGE_ROOT, 'node_modules/.bin/tsx'), [join(PACKAGE_ROOT, 'engine/cli/main.ts'), ...args], {
        cwd,
        encoding: 'utf8',
      }),
    ) as Body;
  } catch (e) {
    return JSON.parse((e as { stdout: string }).stdout) as Body;
  }
}

describe('POST /v1/validate', () => {
  it('a broken topic file: the same file:line:col and code as `hotline check`', async () => {
    const text = shipped(TOPIC)
      .replace('period: 5个工作日', 'period: 5个工做日')
      .replace(/clause: "3\.1"/, 'clause: "9.9"');
    const res = await app.request(`/v1/validate?filename=${TOPIC}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    });
    expect(res.status).toBe(200);
    const v = (await res.json()) as Body;
    expect(v.ok).toBe(false);
    expect(v.kind).toBe('topic');
    // The CLI on a copy of the rules with the same edit.
    const rules = copyRules();
    writeFileSync(join(rules, TOPIC), text);
    const expected = cli(['check', '--json', 'rules'], dirname(rules)).diagnostics as Body[];
    const pick = (d: Body) => `${d.file}:${d.line}:${d.col}:${d.code}`;
    expect(v.diagnostics.map(pick)).toEqual(expected.filter((d) => d.file === `rules/${TOPIC}`).map(pick));
    expect(v.diagnostics.map((d: Body) => d.code)).toEqual(
      expect.arrayContaining(['RULE_PERIOD_INVALID', 'RULE_UNKNOWN_CLAUSE']),
    );
    expect(v.lines[0]).toMatch(/^rules\/sheshan-12345\/2025-04-14\/ticket-types\.yaml:\d+:\d+: error /);
  }, 30_000);

  it('a broken calendar: the same as `hotline calendar check`', async () => {
    const text = shipped('calendars/cn-mainland.yaml').replace('2025-10-11', '2025-10-10');
    const res = await post(app, '/v1/validate', { text, kind: 'calendar', filename: 'cal.yaml' });
    const v = (await res.json()) as Body;
    const dir = tempDir();
    writeFileSync(join(dir, 'cal.yaml'), text);
    const expected = cli(['calendar', 'check', '--json', '--file', 'cal.yaml'], dir).diagnostics as Body[];
    expect(v.ok).toBe(false);
    expect(v.diagnostics.map((d: Body) => [d.line, d.col, d.code])).toEqual(
      expected.map((d) => [d.line, d.col, d.code]),
    );
    expect(v.diagnostics[0].code).toBe('CAL_MAKEUP_NOT_WEEKEND');
  }, 30_000);

  it('picks the schema from the content when no file name is given', async () => {
    const cal = (await (
      await app.request('/v1/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: shipped('calendars/cn-mainland.yaml'),
      })
    ).json()) as Body;
    expect(cal).toMatchObject({ ok: true, kind: 'calendar', diagnostics: [] });
    const topic = (await (await post(app, '/v1/validate', { text: shipped(TOPIC) })).json()) as Body;
    expect(topic).toMatchObject({ ok: true, kind: 'topic', file: `rules/${TOPIC}` });
    const index = (await (
      await post(app, '/v1/validate', { text: shipped('sheshan-12345/2025-04-14/index.yaml') })
    ).json()) as Body;
    expect(index).toMatchObject({ ok: true, kind: 'index' });
  });

  it('YAML syntax errors and English messages', async () => {
    const v = (await (
      await post(app, '/v1/validate?lang=en', { text: 'returns:\n  - id: [unclosed\n', filename: 'returns.yaml' })
    ).json()) as Body;
    expect(v.ok).toBe(false);
    expect(v.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX' });
    expect(v.diagnostics[0].message).toMatch(/YAML/);
  });

  it('a whole draft version given as files', async () => {
    const files = shippedFiles();
    const ok = (await (await post(app, '/v1/validate', { files })).json()) as Body;
    expect(ok.ok).toBe(true);
    const bad = (await (
      await post(app, '/v1/validate', {
        files: { ...files, 'returns.yaml': files['returns.yaml']!.replace(/clause: "4\.2"/, 'clause: "4.99"') },
      })
    ).json()) as Body;
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]).toMatchObject({ file: 'returns.yaml', code: 'RULE_UNKNOWN_CLAUSE' });
  });

  it('errors: 415, BAD_JSON, BODY_INVALID, unknown target, bad draft file names', async () => {
    const r415 = await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<x/>',
    });
    expect(r415.status).toBe(415);
    expect((await errorBody(await post(app, '/v1/validate', '{'))).code).toBe('BAD_JSON');
    expect((await errorBody(await post(app, '/v1/validate', { text: 'a: 1', kind: 'spreadsheet' }))).code).toBe(
      'BODY_INVALID',
    );
    expect((await errorBody(await post(app, '/v1/validate', { kind: 'calendar' }))).code).toBe('BODY_INVALID');
    expect((await errorBody(await post(app, '/v1/validate', { text: 'nothing: here\n' }))).code).toBe(
      'VALIDATE_TARGET_UNKNOWN',
    );
    const outside = await post(app, '/v1/validate', { files: { 'index.yaml': 'x: 1', '../../etc/passwd.yaml': 'x' } });
    expect(outside.status).toBe(400);
    expect((await errorBody(outside)).issues.map((i) => i.code)).toContain('DRAFT_FILE_NAME');
  });
});

describe('POST /v1/assessments', () => {
  const units = (f: string) => readFileSync(join(PACKAGE_ROOT, 'fixtures/units', f), 'utf8');

  it('monthly satisfaction from CSV: rankings and interviews', async () => {
    const res = await app.request('/v1/assessments?month=2025-09', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: units('satisfaction-2025-06-to-09.csv'),
    });
    expect(res.status).toBe(200);
    const a = (await res.json()) as Body;
    expect(a.month).toBe('2025-09');
    expect(a.rankings[0].month).toBe('2025-09');
    expect(a.interviews.some((i: Body) => i.unit === '城管中队' && i.streak === 3)).toBe(true);
    expect(typeof a.explanation).toBe('string');
  });

  it('city-level unsatisfied tickets from JSON: written explanations', async () => {
    const body = {
      cityUnsatisfied: [
        { ticketId: 'SH2509-00123', unit: '城建中心', month: '2025-09' },
        { ticketId: 'SH2509-00456', unit: '城建中心', revisitedAt: '2025-09-22' },
      ],
    };
    const a = (await (await post(app, '/v1/assessments', body)).json()) as Body;
    expect(a.writtenExplanations.length).toBeGreaterThan(0);
  });

  it('invalid input → 400 with the line and column in the body', async () => {
    const text =
      '{\n  "satisfaction": [\n    { "month": "2025-09", "units": [ { "unit": "A", "satisfaction": "high" } ] }\n  ]\n}';
    const res = await post(app, '/v1/assessments', text);
    expect(res.status).toBe(400);
    const e = await errorBody(res);
    expect(e.code).toBe('ASSESS_INPUT_INVALID');
    expect(e.issues[0]).toMatchObject({ file: 'body.json', line: 3 });
  });

  it('400 for a bad month, 415 for plain text, BAD_JSON', async () => {
    const body = { publications: [{ policy: 'P', published: '2025-09-30' }] };
    expect((await errorBody(await post(app, '/v1/assessments?month=2025-9', body))).code).toBe('MONTH_INVALID');
    expect(
      (await app.request('/v1/assessments', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))
        .status,
    ).toBe(415);
    expect((await errorBody(await post(app, '/v1/assessments', '{"x":'))).code).toBe('BAD_JSON');
    expect((await post(app, '/v1/assessments?ruleset=nope', body)).status).toBe(404);
  });
});
