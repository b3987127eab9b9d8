/**
 * `hotline calendar add | check | coverage | impact` as a user types them, on a temp copy of the
 * shipped calendar (the shipped file is never written: its bytes are compared before and after).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SHIPPED = 'rules/calendars/cn-mainland.yaml';
const FIXTURE = 'test/fixtures/calendars/hypothetical-2027-notice.yaml';

async function hotline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'engine/cli/main.ts', ...args], {
      env: { ...process.env, HOTLINE_LANG: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'hotline-cal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hotline calendar add, check, coverage, impact', () => {
  it('adds the hypothetical 2027 notice to a temp copy through the command, atomically, and only once', async () => {
    const target = join(dir, 'cn-mainland.yaml');
    copyFileSync(SHIPPED, target);
    const shippedBefore = readFileSync(SHIPPED, 'utf8');
    const original = readFileSync(target, 'utf8');

    const added = await hotline('calendar', 'add', FIXTURE, '--calendar', target);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('2027年：【假设·测试用】国务院办公厅关于2027年部分节假日安排的通知（2026-11-20）');
    // Days off: 元旦 4 (2026-12-31…2027-01-03), 春节 9, 清明 3, 劳动节 5, 端午 1, 中秋 1, 国庆 7 = 30;
    // make-up days: 01-09, 01-31, 02-20, 04-25, 09-26, 10-09 = 6.
    expect(added.stdout).toContain('7个节日，放假30天，调休上班6天，法定假日天数相符');
    const text = readFileSync(target, 'utf8');
    expect(text.length).toBeGreaterThan(original.length);
    expect(text).toContain('  - year: 2027');
    expect(readFileSync(SHIPPED, 'utf8')).toBe(shippedBefore);

    const [check, coverage, again, en] = await Promise.all([
      hotline('calendar', 'check', '--calendar', target),
      hotline('calendar', 'coverage', '--calendar', target, '--json'),
      hotline('calendar', 'add', FIXTURE, '--calendar', target),
      hotline('--lang', 'en', 'calendar', 'add', FIXTURE, '--calendar', target, '--dry-run'),
    ]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('校验通过（已载入2025、2026、2027年通知，法定假日天数相符');
    expect(JSON.parse(coverage.stdout).years.map((y: { status: string }) => y.status)).toEqual([
      'final',
      'final',
      'partial',
      'provisional',
    ]);
    const yearLine =
      readFileSync(FIXTURE, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('year: 2027')) + 1;
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${FIXTURE}:${yearLine}:7: error CAL_NOTICE_YEAR_LOADED: `);
    expect(again.stderr).toContain('已载入2027年的通知');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('already holds the notice for 2027');
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    expect(readFileSync(target, 'utf8')).toBe(text);
  }, 90_000);

  it('refuses a notice whose days off do not match the statutory days, with file:line:col, writing nothing', async () => {
    const target = join(dir, 'refuse.yaml');
    copyFileSync(SHIPPED, target);
    const bad = join(dir, 'bad-notice.yaml');
    const badText = readFileSync(FIXTURE, 'utf8').replace('makeup: [2027-09-26, 2027-10-09]', 'makeup: [2027-09-26]');
    writeFileSync(bad, badText);
    const r = await hotline('calendar', 'add', bad, '--calendar', target);
    expect(r.code).toBe(1);
    const line = badText.split('\n').findIndex((l) => l.includes('off: [2027-10-01')) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`bad-notice\\.yaml:${line}:10: error CAL_STATUTORY_DAYS_MISMATCH: “国庆节”放假日中周一至周五共5天`),
    );
    expect(r.stderr).toContain('共 1 处错误');
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(SHIPPED, 'utf8'));
  }, 60_000);

  it('reports the impact on open tickets as CSV and Markdown', async () => {
    const target = join(dir, 'impact.yaml');
    copyFileSync(SHIPPED, target);
    expect((await hotline('calendar', 'add', FIXTURE, '--calendar', target)).code).toBe(0);
    const tickets = join(dir, 'open.jsonl');
    const at = (id: string, t: string) => JSON.stringify({ id, received: t, dispatched: t, accepted: t, tags: [] });
    // Hand-worked in impact.test.ts: HAND-A's completion 01-05 → 01-06, HAND-B's 01-13 → 01-12.
    writeFileSync(
      tickets,
      `${at('HAND-A', '2026-12-28T09:00:00+08:00')}\n${at('HAND-B', '2027-01-06T10:00:00+08:00')}\n`,
    );
    const asOf = '2027-01-06T12:00:00+08:00';
    const out = join(dir, 'impact.md');
    const [csv, md] = await Promise.all([
      hotline('calendar', 'impact', '--calendar', target, '--tickets', tickets, '--as-of', asOf, '--csv'),
      hotline(
        '--lang',
        'en',
        'calendar',
        'impact',
        // --notice adds the notice to the calendar in force in memory: the same new calendar.
        '--notice',
        FIXTURE,
        '--tickets',
        tickets,
        '--as-of',
        asOf,
        '--out',
        out,
      ),
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF变化,工单,事项,依据,原截止日,新截止日,变动工作日,原状态,新状态\r\n')).toBe(
      true,
    );
    expect(csv.stdout).toContain('期限变动,HAND-A,办结,第三条第（一）项,2027-01-05,2027-01-06,1,已逾期,临近到期');
    expect(csv.stdout).toContain('期限变动,HAND-B,办结,第三条第（一）项,2027-01-13,2027-01-12,-1,未到期,未到期');
    expect(csv.stdout).toContain('不再是临时结果,HAND-A');
    expect(md.code).toBe(0);
    expect(md.stderr).toContain('written to');
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('# What the new working-day calendar changes in open tickets');
    expect(report).toContain('- Decisions no longer provisional: 2');
    expect(report).toContain(
      '| HAND-B | completion | clause 3.1 | 5 workdays | 2027-01-13 24:00 | 2027-01-12 24:00 | 1 working day earlier |',
    );
    expect(report).not.toMatch(/[\u4e00-\u9fff]/);
  }, 90_000);
});
