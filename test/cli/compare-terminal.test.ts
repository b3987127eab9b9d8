/**
 * Issue 14: `compare` to the terminal lists changed rows only, counts the rest, and no line is
 * wider than the terminal (CJK counts 2 columns); `--out` confirms in one line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnWidths } from '../../engine/cli/fit-table.ts';
import { hotline, stringWidth } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DRAFT = 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01';
const ARGS = ['--base', '2025-04-14', '--candidate', DRAFT, '--tickets', 'test/fixtures/sim-tickets'];
const AS_OF = '2026-01-20T12:00:00+08:00';

describe('compare on a terminal', () => {
  it('shows the changed tickets only, counts the unchanged, fits 80 and 60 columns; --out says what it wrote', async () => {
    const csv = join(dir, 'changes.csv');
    const [r80, r60, en, out, sim] = await Promise.all([
      hotline(['compare', ...ARGS, '--as-of', AS_OF], { env: { COLUMNS: '80' } }),
      hotline(['compare', ...ARGS, '--as-of', AS_OF], { env: { COLUMNS: '60' } }),
      hotline(['--lang', 'en', 'compare', ...ARGS, '--as-of', AS_OF], { env: { COLUMNS: '80' } }),
      hotline(['compare', ...ARGS, '--as-of', AS_OF, '--out', csv]),
      hotline(['simulate', '--generate', '2000', '--as-of', AS_OF], { env: { COLUMNS: '80' } }),
    ]);
    for (const [r, width] of [
      [r80, 80],
      [r60, 60],
      [en, 80],
      [sim, 80],
    ] as const) {
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    }
    // The 4-working-day draft moves the completion deadline of 5 tickets (4 normal and SIM-D-1203,
    // test/simulate/cli.test.ts); the 4 tickets received before 2025-12-01 stay under the base and
    // 4 more are decided alike: 8 unchanged, none of them listed.
    const flat = (t: string) => t.replace(/\s+/g, '');
    expect(flat(r80.stdout)).toContain(
      flat('列出有变化的工单 5 张；未列出无变化的 8 张（沿用基准版本 4 张，决定相同 4 张）'),
    );
    expect(r80.stdout).not.toContain('沿用 2025-04-14');
    const ids = new Set(r80.stdout.match(/SIM-[A-Z]-\d{4}/g));
    expect([...ids].sort()).toEqual(['SIM-D-1203', 'SIM-N-1201', 'SIM-N-1210', 'SIM-N-1226', 'SIM-N-1229']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('5 changed ticket(s) listed; 8 unchanged not listed');
    expect(en.stdout).not.toMatch(/[\u3000-\u9fff]/u);

    // Counts carry thousands separators, in the running text and in the tables.
    expect(sim.stdout).toContain('规则模拟：2,000 张工单');
    expect(sim.stdout).toMatch(/│ 已决定 +│ +2,000 │/);

    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    const rows = readFileSync(csv, 'utf8').trim().split('\r\n').length - 1;
    expect(out.stderr).toBe(`已写入 ${csv}：${rows} 行，CSV\n`);
  }, 180_000);

  it('narrows the widest columns first and keeps every word whole when it can', () => {
    // 3 columns of natural width 30, 10 and 4 in 30 columns: the 10-wide id (longest word 10) and
    // the 4-wide number keep theirs; the text column gets the 16 left.
    expect(columnWidths([30, 10, 4], 30, [2, 10, 4])).toEqual([16, 10, 4]);
    expect(columnWidths([5, 5], 20)).toEqual([5, 5]);
  });
});
