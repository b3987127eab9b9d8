/** `hotline assess` end to end: text and JSON output, English, and exit 1 with a clear message on bad input. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Assessment, PACKAGE_ROOT } from '../../engine/index.ts';

const BIN = join(PACKAGE_ROOT, 'bin/hotline.js');

function hotline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: PACKAGE_ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const SATISFACTION = 'fixtures/units/satisfaction-2025-06-to-09.csv';
const TICKETS = 'fixtures/units/city-unsatisfied-2025-09.yaml';

describe('hotline assess', () => {
  it('prints the month in Chinese: tables, explanations with clauses, warnings', async () => {
    const r = await hotline('assess', SATISFACTION, TICKETS, '--month', '2025-09');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('考核评估 · 规则集 sheshan-12345 2025-04-14 · 2025年9月');
    expect(r.stdout).toContain('【约谈提醒】第二条第（七）项');
    expect(r.stdout).toMatch(/2025-09 {2}城管中队 +镇主要领导 +排名末位、连续末位/);
    expect(r.stdout).toContain(
      '依据第二条第（七）项，城管中队2025年9月市民满意度排名末三位（86.3%，倒数第1位，共8个单位），已连续3个月（2025年7月至2025年9月）排名末三位，由镇主要领导进行“一对一”约谈提醒。',
    );
    // 2.5 states no limit: the table says so instead of a due date.
    expect(r.stdout).toMatch(/2025-09 {2}城建中心 +2 +原文未规定期限/);
    expect(r.stdout).toContain('ASSESS_TIE_AT_BOUNDARY');
  }, 30_000);

  it('--json prints the Assessment; --lang en switches the text', async () => {
    const json = await hotline('assess', TICKETS, '--json');
    expect(json.code).toBe(0);
    const a = JSON.parse(json.stdout) as Assessment;
    expect(a.writtenExplanations.map((w) => [w.unit, w.clause, w.dueDate])).toEqual([
      // The shipped 2.5 and 4.8 rules state no limit (the text gives none): no due date.
      ['城建中心', '2.5', null],
      ['城建中心', '4.8', null],
      ['房管所', '2.5', null],
      ['房管所', '4.8', null],
    ]);
    expect(a.ruleset.id).toBe('sheshan-12345');
    const en = await hotline('--lang', 'en', 'assess', 'fixtures/units/policy-publications.yaml');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('[Knowledge-base updates] clause 5.2');
    expect(en.stdout).toContain(
      'by 24:00 on 5 October 2025 (a National Day and Mid-Autumn Festival holiday; a natural-day period does not move)',
    );
  }, 30_000);

  it('exits 1 naming file, line, column and code on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'month,unit,satisfaction\n2025-09,甲,abc\n');
    const r = await hotline('assess', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.csv:2:11: error CSV_NOT_A_NUMBER: “satisfaction”列的值“abc”不是数字/);
    expect(r.stderr).toMatch(/错误 ASSESS_INPUT_INVALID: 输入文件 .*bad\.csv 有 1 处错误/);
    const m = await hotline('--lang', 'en', 'assess', TICKETS, '--month', '2025-9');
    expect(m.code).toBe(1);
    expect(m.stderr).toBe('error MONTH_INVALID: "2025-9" is not a month; expected YYYY-MM (e.g. 2025-09)\n');
  }, 30_000);
});
