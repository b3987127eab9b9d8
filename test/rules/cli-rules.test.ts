/** The `hotline check` and `hotline rules` commands, spawned as a user runs them (kept few: ~1 s each). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';

const hotline = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'engine/cli/main.ts', ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });

describe('hotline check / rules', () => {
  it('`hotline check rules` passes on the shipped rules and prints counts and elapsed time', () => {
    const r = hotline('check', 'rules');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^校验通过：1 个工作日历、1 个目录文件、3 个规则集共 3 个版本，计 23 个文件；用时 \d+ 毫秒\n$/,
    );
  });

  it('`hotline check` on a broken folder prints file:line:col diagnostics and exits 1', () => {
    const r = hotline('check', 'test/fixtures/rules/broken/three-mistakes', '--lang', 'en');
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes(': error '));
    expect(lines).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/rules\/broken\/three-mistakes\/knowledge-base\.yaml:5:13: error RULE_UNKNOWN_CLAUSE: /,
      ),
      expect.stringMatching(/knowledge-base\.yaml:7:13: error RULE_PERIOD_INVALID: cannot read the period "5 weeks"/),
      expect.stringMatching(/knowledge-base\.yaml:10:5: error SCHEMA_UNKNOWN_KEY: /),
    ]);
    expect(r.stdout).toMatch(/3 error\(s\), 11 warning\(s\)/);
  });

  it('`hotline rules diff <version> <folder>` prints the one change', () => {
    const r = hotline('rules', 'diff', '2025-04-14', 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('ticketTypes.normal.deadlines[complete].period: 5个工作日 → 4个工作日 (3.1)');
  });
});
