/** `hotline simulate` and `hotline compare` end to end (through tsx, as a user runs them). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import { AS_OF } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'sim-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const hotline = (args: string[], stdin?: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      'npx',
      ['tsx', 'engine/cli/main.ts', ...args],
      { cwd: PACKAGE_ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });

const DRAFT = 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01';

describe('hotline compare', () => {
  it('writes the CSV of the 4-working-day draft: the moved deadlines and the kept tickets', async () => {
    const file = join(out, 'changes.csv');
    const r = await hotline([
      'compare',
      '--base',
      '2025-04-14',
      '--candidate',
      DRAFT,
      '--tickets',
      'test/fixtures/sim-tickets',
      '--as-of',
      AS_OF,
      '--out',
      file,
    ]);
    expect(r.code).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFF工单,')).toBe(true);
    // 4 normal tickets and SIM-D-1203 (三跨 with no approved extension: normal too, 3.3)
    expect(csv.match(/期限变动,办结,[^\r]*,-1\r\n/g)).toHaveLength(5);
    expect(csv.match(/,是,2025-04-14,/g)).toHaveLength(4);
  });

  it('refuses a version that does not exist, in the language asked for', async () => {
    const r = await hotline([
      '--lang',
      'en',
      'compare',
      '--base',
      '2025-04-14',
      '--candidate',
      '2031-01-01',
      '--generate',
      '5',
      '--as-of',
      AS_OF,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('RULESET_VERSION_UNKNOWN');
    expect(r.stderr).toContain('"2031-01-01" is neither a version');
  });
});

describe('hotline simulate', () => {
  it('simulates generated tickets and prints JSON', async () => {
    const r = await hotline(['simulate', '--generate', '300', '--seed', '4', '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('simulation');
    expect(json.summary.tickets).toEqual({ total: 300, evaluated: 300, rejected: 0 });
    expect(json.meta.path).toBe('compiled');
  });

  it('reads JSON Lines from stdin, reports an invalid line with its line number, still exits 0', async () => {
    const good = {
      id: 'S-1',
      received: '2025-12-29T09:00:00+08:00',
      accepted: '2025-12-29T10:00:00+08:00',
      channel: 'hotline',
      urgency: '一般',
      tags: [],
    };
    const stdin = `${JSON.stringify(good)}\n{"id": "S-2", "received": "tomorrow", "channel": "hotline", "urgency": "一般", "tags": []}\n`;
    const r = await hotline(['simulate', '--tickets', '-', '--rules', DRAFT, '--as-of', AS_OF, '--md'], stdin);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| <stdin>:2 | S-2 | received | TICKET_TIMESTAMP_INVALID |');
    expect(r.stdout).toContain('sheshan-12345/2025-12-01');
    expect(r.stderr).toContain('1 张工单无效');
  });

  it('exits 1 with a message on bad arguments and bad rules', async () => {
    const none = await hotline(['simulate', '--as-of', AS_OF]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('请给出 --tickets <来源> 或 --generate <数量>');
    const bad = await hotline(['simulate', '--generate', '5', '--as-of', 'soon']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('INSTANT_INVALID');
    const rules = await hotline([
      '--lang',
      'en',
      'simulate',
      '--rules',
      'test/fixtures/rules/broken/unknown-fact',
      '--generate',
      '5',
      '--as-of',
      AS_OF,
    ]);
    expect(rules.code).toBe(1);
    expect(rules.stderr).toMatch(/reminders\.yaml:\d+:\d+: error RULE_UNKNOWN_FACT/);
    expect(rules.stderr).toContain('error RULESET_INVALID');
  });
});
