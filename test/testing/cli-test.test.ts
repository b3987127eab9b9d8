import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';

const TSX = join(PACKAGE_ROOT, 'node_modules/.bin/tsx');
const MAIN = join(PACKAGE_ROOT, 'engine/cli/main.ts');

const ticket = `
  id: SS-1
  received: 2025-09-30T08:30:00+08:00
  dispatched: 2025-09-30T09:00:00+08:00
  accepted: 2025-09-30T10:00:00+08:00
  channel: hotline
  urgency: 一般
  tags: []`;

function run(args: string[]) {
  return spawnSync(TSX, [MAIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('hotline test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-cli-test-'));
  writeFileSync(
    join(dir, 'cases.yaml'),
    [
      '- name: 国庆前接单·第5个工作日为10月14日',
      '  asOf: 2025-09-30T12:00:00+08:00',
      `  ticket:${ticket.replace(/\n/g, '\n  ')}`,
      '  expect:',
      '    ticketType: normal',
      '    deadlines: { complete: { dueDate: 2025-10-14 } }',
      '- name: 故意写错的期望',
      '  asOf: 2025-09-30T12:00:00+08:00',
      `  ticket:${ticket.replace(/\n/g, '\n  ')}`,
      '  expect:',
      '    deadlines: { complete: { dueDate: 2025-10-13 } }',
      '',
    ].join('\n'),
  );

  it('prints ✓/✗ per case with the differences, a summary, and exits 1 on a failure', () => {
    const r = run(['test', dir, '--lang', 'en']);
    expect(r.stdout).toContain('✓ 国庆前接单·第5个工作日为10月14日');
    expect(r.stdout).toContain('✗ 故意写错的期望');
    expect(r.stdout).toContain('deadlines.complete.dueDate: expected 2025-10-13, got 2025-10-14');
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
    expect(r.status).toBe(1);
  });

  it('--json gives the results', () => {
    const r = run(['test', dir, '--json', '--grep', '国庆']);
    const out = JSON.parse(r.stdout) as {
      passed: number;
      failed: number;
      results: { name: string; passed: boolean }[];
    };
    expect(out).toMatchObject({ passed: 1, failed: 0 });
    expect(out.results.map((x) => x.name)).toEqual(['国庆前接单·第5个工作日为10月14日']);
    expect(r.status).toBe(0);
  });
});
