/**
 * The attacks of the security review, one test each: every one of them read or wrote a file it
 * should not have, blocked the server, or answered 500 on the code before the rules source; each
 * now fails closed with a stable code.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRulesetDir } from '../../engine/index.ts';
import { createApp } from '../../server/app.ts';
import { optionsFromArgs } from '../../server/cli-options.ts';
import { startServer } from '../../server/main.ts';
import { type Body, copyRules, disposeApp, errorBody, logSink, post, tempDir, testApp, ticket } from './helpers.ts';

const VERSION = 'sheshan-12345/2025-04-14';
let app: ReturnType<typeof testApp>;
let shipped: Record<string, string>;

beforeAll(async () => {
  app = testApp({ apiToken: 's3cret-token' });
  shipped = ((await (await app.request(`/v1/rulesets/${VERSION}/files`)).json()) as Body).files;
});
afterAll(async () => {
  await disposeApp(app);
});

/** The shipped files with `index.yaml`'s include list extended by `extra`. */
function withInclude(extra: string): Record<string, string> {
  return { ...shipped, 'index.yaml': shipped['index.yaml']!.replace('include:\n', `include:\n  - ${extra}\n`) };
}

async function validateDraft(files: Record<string, string>): Promise<Body> {
  const res = await post(app, '/v1/validate', { files });
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
}

describe('1. no file outside the rules root is read', () => {
  it.each([
    '/etc/passwd',
    '../../../../etc/hostname',
    '../../../../../../../../etc/passwd',
    '../../../package.json',
    'a/../../../../etc/hostname.yaml',
  ])('include %s is refused unread, with a stable code', async (path) => {
    const body = await validateDraft(withInclude(path));
    const codes = body.diagnostics.map((d: Body) => d.code);
    expect(codes).toContain('RULE_INCLUDE_OUTSIDE_ROOT');
    // Read-then-check gave RULE_TOPIC_UNKNOWN on the file read; nothing names it now.
    expect(codes).not.toContain('RULE_TOPIC_UNKNOWN');
    expect(JSON.stringify(body)).not.toMatch(/root:x:0|etc\/passwd:1/);
  });

  it('does not tell whether a file outside the root exists', async () => {
    const there = await validateDraft(withInclude('../../../../etc/hostname'));
    const absent = await validateDraft(withInclude('../../../../etc/no-such-file-here'));
    const strip = (b: Body) => b.diagnostics.map((d: Body) => `${d.code}@${d.line}:${d.col}`);
    expect(strip(there)).toEqual(strip(absent));
  });

  it('a symlink leaving the rules root is refused when the rules are loaded', () => {
    const rules = copyRules();
    const outside = join(tempDir('hotline-outside-'), 'returns.yaml');
    const file = join(rules, VERSION, 'returns.yaml');
    writeFileSync(outside, readFileSync(file));
    unlinkSync(file);
    symlinkSync(outside, file);
    const check = checkRulesetDir(join(rules, VERSION), { rulesRoot: rules });
    expect(check.ruleset).toBeUndefined();
    expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'RULE_INCLUDE_OUTSIDE_ROOT',
    ]);
  });
});

describe('2. validation never writes into the live rules', () => {
  it('a symlinked topic file is not overwritten by /v1/validate, and decisions do not move', async () => {
    const rules = copyRules();
    // ticket-types.yaml is a symlink to a file inside the root (allowed), as in the report.
    const real = join(rules, 'shared', 'ticket-types.yaml');
    const link = join(rules, VERSION, 'ticket-types.yaml');
    mkdirSync(join(rules, 'shared'));
    renameSync(link, real);
    symlinkSync(real, link);
    const before = readFileSync(real, 'utf8');
    const live = testApp({ rulesDir: rules });
    try {
      const t = ticket({ accepted: '2025-09-30T10:00:00+08:00' });
      const due = async () => {
        const d = (await (
          await post(live, '/v1/decisions', { ticket: t, asOf: '2025-10-01T09:00:00+08:00' })
        ).json()) as Body;
        return d.deadlines.find((x: Body) => x.obligation === 'complete').dueDate;
      };
      // Accepted Tue 2025-09-30: 10-01..10-08 off, then 10-09 (1), 10-10 (2), 10-11 Sat make-up (3), 10-13 (4), 10-14 (5).
      expect(await due()).toBe('2025-10-14');
      const edited = before.replace(/period: 5个工作日/, 'period: 30个工作日');
      expect(edited).not.toBe(before);
      const res = await post(live, '/v1/validate', { text: edited, filename: `${VERSION}/ticket-types.yaml` });
      expect(res.status).toBe(200);
      expect(readFileSync(real, 'utf8')).toBe(before);
      await live.reload();
      expect(await due()).toBe('2025-10-14');
    } finally {
      await disposeApp(live);
      rmSync(rules, { recursive: true, force: true });
    }
  });
});

describe('3. large YAML is linear and does not block other requests', () => {
  it('/healthz answers while a 30,000-key YAML body is being checked', async () => {
    const server = await startServer({ port: 0, watch: false, logger: false, dataDir: tempDir() });
    try {
      const yaml = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n');
      const order: string[] = [];
      const big = fetch(`${server.url}/v1/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: yaml,
      }).then(async (r) => {
        order.push(`assess ${r.status}`);
        return (await r.json()) as Body;
      });
      await new Promise((r) => setTimeout(r, 30));
      const health = await fetch(`${server.url}/healthz`).then((r) => order.push(`health ${r.status}`));
      const body = await big;
      void health;
      expect(order).toEqual(['health 200', 'assess 400']);
      // Errors are capped per file: a summary line instead of 30,000 diagnostics.
      expect(body.issues.length).toBeLessThanOrEqual(101);
      expect(body.issues.map((i: Body) => i.code)).toContain('SCHEMA_MORE_ERRORS');
    } finally {
      await server.close();
    }
  });
});

describe('4. no 500 for input a client sends', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    .concat(
      Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
    )
    .join('\n');

  it.each([
    [
      'validate text',
      () =>
        app.request(`/v1/validate?filename=${VERSION}/returns.yaml`, {
          method: 'POST',
          headers: { 'content-type': 'application/yaml' },
          body: bomb,
        }),
    ],
    ['validate draft', () => post(app, '/v1/validate', { files: { ...shipped, 'returns.yaml': bomb } })],
    [
      'assessments',
      () =>
        app.request('/v1/assessments', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: bomb }),
    ],
    [
      'decisions under a draft',
      () =>
        post(app, '/v1/decisions', {
          ticket: ticket(),
          asOf: '2025-10-01T09:00:00+08:00',
          rules: { draft: { files: { ...shipped, 'index.yaml': bomb } } },
        }),
    ],
  ])('a YAML alias bomb: %s', async (_, send) => {
    const res = await send();
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(await res.json())).toContain('YAML_ALIAS_LIMIT');
  });

  it.each([
    ['index.yaml/a.yaml', 'a file under a name that is also a file'],
    [`${'a'.repeat(300)}.yaml`, 'a 300-character name'],
    ['../x.yaml', 'a name leaving the folder'],
    ['.hidden.yaml', 'a hidden name'],
    ['a//b.yaml', 'an empty segment'],
  ])('draft file name %s (%s) → 400 DRAFT_FILE_NAME', async (name) => {
    const res = await post(app, '/v1/validate', { files: { ...shipped, [name]: 'x: 1' } });
    expect(res.status).toBe(400);
    expect((await errorBody(res)).issues.map((i) => i.code)).toContain('DRAFT_FILE_NAME');
  });

  it.each(['sheshan-12345/2025-04-14', 'sheshan-12345', '../../etc/passwd', '/etc/passwd', 'a'.repeat(5000)])(
    'validate filename %s → 400 VALIDATE_TARGET_UNKNOWN',
    async (filename) => {
      const res = await post(app, '/v1/validate', { text: 'ticketTypes: []', filename });
      expect(res.status).toBe(400);
      expect((await errorBody(res)).code).toBe('VALIDATE_TARGET_UNKNOWN');
    },
  );

  it('a draft file over the size limit → 400 DRAFT_FILE_TOO_LARGE', async () => {
    const res = await post(app, '/v1/validate', {
      files: { ...shipped, 'returns.yaml': `# ${'x'.repeat(600_000)}\n` },
    });
    expect(res.status).toBe(400);
    expect((await errorBody(res)).issues.map((i) => i.code)).toContain('DRAFT_FILE_TOO_LARGE');
  });

  it('YAML nested 200 deep is a diagnostic, and so are thousands of brackets', async () => {
    const deep = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1`;
    const nested = await app.request(`/v1/validate?filename=${VERSION}/returns.yaml`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: deep,
    });
    expect(nested.status).toBe(200);
    expect(((await nested.json()) as Body).diagnostics.map((d: Body) => d.code)).toEqual(['YAML_TOO_DEEP']);
    const res = await app.request(`/v1/validate?filename=${VERSION}/returns.yaml`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).diagnostics.length).toBeGreaterThan(0);
  });

  it('a client that disconnects mid-body is not an unhandled error', async () => {
    const logs = logSink();
    const server = await startServer({ port: 0, watch: false, logger: logs, dataDir: tempDir() });
    try {
      const { request } = await import('node:http');
      await new Promise<void>((resolve) => {
        const req = request(`${server.url}/v1/validate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '100000' },
        });
        req.on('error', () => resolve());
        req.write('{"text": "ab');
        setTimeout(() => {
          req.destroy();
          setTimeout(resolve, 200);
        }, 50);
      });
      expect(logs.lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('5. a malformed token refuses to start', () => {
  it.each([':s3cret', '', '   ', 'alice:', 'alice:a1,:b2', 'alice:a1,alice:a2', 'two words'])(
    'HOTLINE_API_TOKEN=%j',
    (value) => {
      expect(() => optionsFromArgs([], { HOTLINE_API_TOKEN: value })).toThrow(/HOTLINE_API_TOKEN/);
    },
  );

  it('the message never echoes the value', () => {
    let message = '';
    try {
      optionsFromArgs([], { HOTLINE_API_TOKEN: ':very-secret-value' });
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toMatch(/HOTLINE_API_TOKEN/);
    expect(message).not.toContain('very-secret-value');
  });

  it('createApp refuses an empty token option', () => {
    expect(() => createApp({ apiToken: '', watch: false, logger: false, dataDir: tempDir() })).toThrow(/apiToken/);
    expect(() => createApp({ apiToken: { ops: ' ' }, watch: false, logger: false, dataDir: tempDir() })).toThrow();
  });

  it('writes stay behind the token; validate reads nothing outside the draft and stays open', async () => {
    const sim = await post(app, '/v1/simulations', { fixtures: true, asOf: '2025-10-10T12:00:00+08:00' });
    expect(sim.status).toBe(401);
    expect((await post(app, '/v1/validate', { files: shipped })).status).toBe(200);
  });
});

describe('7. the smaller findings', () => {
  it('/files serves the loaded texts, not the disk, during a bad edit or after a file is removed', async () => {
    const rules = copyRules();
    const live = testApp({ rulesDir: rules });
    try {
      const files = async () => (await live.request(`/v1/rulesets/${VERSION}/files`)).json() as Promise<Body>;
      const loaded = await files();
      writeFileSync(join(rules, VERSION, 'returns.yaml'), 'returns: [broken');
      expect((await live.reload()).ok).toBe(false);
      expect((await files()).files['returns.yaml']).toBe(loaded.files['returns.yaml']);
      unlinkSync(join(rules, VERSION, 'extensions.yaml'));
      expect((await live.reload()).ok).toBe(false);
      const res = await live.request(`/v1/rulesets/${VERSION}/files`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Body).files['extensions.yaml']).toBe(loaded.files['extensions.yaml']);
    } finally {
      await disposeApp(live);
      rmSync(rules, { recursive: true, force: true });
    }
  });

  it('a simulation with asOf in 9999 is refused before the 202, like a decision', async () => {
    const open = testApp();
    try {
      const res = await post(open, '/v1/simulations', { fixtures: true, asOf: '9999-01-01T00:00:00+08:00' });
      expect(res.status).toBe(422);
      expect((await errorBody(res)).code).toBe('DATE_OUT_OF_RANGE');
      const d = await post(open, '/v1/decisions', { ticket: ticket(), asOf: '9999-01-01T00:00:00+08:00' });
      expect(d.status).toBe(422);
    } finally {
      await disposeApp(open);
    }
  });

  it('an interrupted run reports how far it got, keeps its rows readable, and can be deleted', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'runs'));
    const id = 'run_interrupted1';
    writeFileSync(join(dataDir, 'runs', `${id}.jsonl`), '{"n":1}\n{"n":2}\n{"n":3}\n{"n":');
    const record = {
      id,
      kind: 'simulation',
      who: 'anonymous',
      createdAt: '2025-10-10T12:00:00+08:00',
      status: 'running',
      asOf: '2025-10-10T12:00:00+08:00',
      path: 'compiled',
      versions: [],
      rulesRevision: 'x',
      calendarRevision: 'y',
      input: { source: 'generate', count: 10 },
      progress: { done: 1, total: 10 },
    };
    writeFileSync(join(dataDir, 'catalogue.json'), JSON.stringify({ format: 1, runs: [record] }));
    const live = testApp({ dataDir });
    try {
      const run = (await (await live.request(`/v1/simulations/${id}`)).json()) as Body;
      expect(run.status).toBe('interrupted');
      expect(run.progress).toEqual({ done: 3, total: 10 });
      expect(run.files).toMatchObject({ rowCount: 3, partial: true });
      const rows = await live.request(`/v1/simulations/${id}/results?format=jsonl`);
      expect(rows.status).toBe(200);
      expect(rows.headers.get('x-partial')).toBe('true');
      expect((await rows.text()).startsWith('{"n":1}\n')).toBe(true);
      expect((await live.request(`/v1/simulations/${id}`, { method: 'DELETE' })).status).toBe(409);
      const del = await live.request(`/v1/simulations/${id}?remove=true`, { method: 'DELETE' });
      expect(del.status).toBe(200);
      expect((await live.request(`/v1/simulations/${id}`)).status).toBe(404);
      expect(() => readFileSync(join(dataDir, 'runs', `${id}.jsonl`))).toThrow();
    } finally {
      await disposeApp(live);
    }
  });

  it('a lock held by another host names the holder and how to take over', () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, '.lock'),
      JSON.stringify({
        pid: process.pid,
        host: `not-${hostname()}`,
        startedAt: '2025-10-10T12:00:00+08:00',
        token: 't',
      }),
    );
    try {
      createApp({ dataDir, watch: false, logger: false });
      expect.unreachable();
    } catch (e) {
      const msg = String((e as Error).message);
      expect(msg).toContain(`not-${hostname()}`);
      expect(msg).toContain(join(dataDir, '.lock'));
      expect(msg).toMatch(/delete .* to take over/);
    }
  });
});
