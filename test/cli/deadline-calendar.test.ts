import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs `hotline …` as a user would; never throws, returns exit code and output. */
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

describe('hotline deadline / calendar (the command a user types)', () => {
  it('explains a deadline in Chinese, in English, and as JSON', async () => {
    const [zh, en, json] = await Promise.all([
      hotline('deadline', '--from', '2025-09-30T10:00+08:00', '--add', '5个工作日'),
      hotline('--lang', 'en', 'deadline', '--from', '2025-09-30T10:00+08:00', '--add', '5 workdays'),
      hotline('deadline', '--from', '2026-02-14T20:00+08:00', '--add', '20小时', '--json'),
    ]);
    // Tue 09-30 + 5 working days: 10-01..10-08 off, 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), 10-13 (4), 10-14 (5).
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('截止日期：2025-10-14（2025-10-15T00:00:00+08:00前）');
    expect(zh.stdout).toContain('国庆节、中秋节假期10月1日至10月8日不计');
    expect(zh.stdout).toContain('10月11日（星期六）国庆节、中秋节调休上班计入');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Due date: 2025-10-14');
    expect(en.stdout).toContain('Sat 11 Oct counted (make-up working day');
    // 20 clock hours from 02-14 20:00 → 02-15 16:00.
    const parsed = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ dueDate: '2026-02-15', dueAt: '2026-02-15T16:00:00+08:00', provisional: false });
    expect(typeof parsed.explanation).toBe('string');
  }, 30_000);

  it('flags a provisional year, and strict mode refuses it naming the missing notice (exit 1)', async () => {
    const [loose, strict] = await Promise.all([
      hotline('deadline', '--from', '2027-03-01T09:00+08:00', '--add', '5个工作日', '--json'),
      hotline('deadline', '--from', '2027-03-01T09:00+08:00', '--add', '5个工作日', '--strict'),
    ]);
    expect(loose.code).toBe(0);
    expect(JSON.parse(loose.stdout)).toMatchObject({ provisional: true });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('CALENDAR_NOT_COVERED');
    expect(strict.stderr).toContain('国务院办公厅关于2027年部分节假日安排的通知');
  }, 30_000);

  it('rejects a bad period or instant with exit 1 and the accepted forms, never a stack trace', async () => {
    const [period, instant] = await Promise.all([
      hotline('deadline', '--from', '2025-09-30T10:00', '--add', '5周'),
      hotline('--lang', 'en', 'deadline', '--from', 'yesterday', '--add', '5个工作日'),
    ]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('PERIOD_INVALID');
    expect(period.stderr).toContain('5个工作日、1个工作日、20小时');
    expect(period.stderr).not.toContain('    at ');
    expect(instant.code).toBe(1);
    expect(instant.stderr).toContain('INSTANT_INVALID');
    expect(instant.stderr).toContain('is not a valid instant');
  }, 30_000);

  it('prints a month grid with 休 and 班, and checks the calendar file', async () => {
    const [grid, check, bad] = await Promise.all([
      hotline('calendar', '2026-02'),
      hotline('calendar', 'check'),
      hotline('calendar', '2026-13'),
    ]);
    expect(grid.code).toBe(0);
    // Sat 02-14 is a make-up working day; 02-15..02-23 are Spring Festival days off.
    expect(grid.stdout).toContain(' 14班');
    expect(grid.stdout).toContain(' 15休');
    expect(grid.stdout).toContain('2026-02-28 班（调休上班） 春节');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('校验通过');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('MONTH_INVALID');
  }, 30_000);
});
