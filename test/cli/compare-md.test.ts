/**
 * Issue 14: `compare --md` sums each change group's outcomes by kind and size ("提前1个工作日 ×5"),
 * not one entry per pair of dates, through the same engine function the page reads (groupChanges).
 */
import { describe, expect, it } from 'vitest';
import { hotline } from './run-cli.ts';

const DRAFT = 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01';
const ARGS = ['--base', '2025-04-14', '--candidate', DRAFT, '--tickets', 'test/fixtures/sim-tickets', '--md'];
const AS_OF = '2026-01-20T12:00:00+08:00';

/** The row of the grouped-changes table for a rule and change kind, as cells. */
function groupRow(md: string, ruleId: string, kind: string): string[] | undefined {
  const section = md.split('\n## ')[2] ?? '';
  return section
    .split('\n')
    .map((l) => l.split(' | ').map((c) => c.replace(/^\| |\|$/g, '').trim()))
    .find((cells) => cells[1] === ruleId && cells[2] === kind);
}

describe('compare --md', () => {
  it('sums the extension deadlines moved by the draft as working days, in Chinese and English', async () => {
    const [zh, en] = await Promise.all([
      hotline(['compare', ...ARGS, '--as-of', AS_OF]),
      hotline(['--lang', 'en', 'compare', ...ARGS, '--as-of', AS_OF]),
    ]);
    expect(zh.code).toBe(0);
    expect(en.code).toBe(0);
    // The 4-working-day draft moves the deadline a full extension would give for the 5 tickets
    // under it (test/cli/compare-terminal.test.ts) by one working day each, worked out by hand on
    // the official calendar: last day Mon 2025-12-15 → Fri 12-12 ((12-12, 12-15] holds Mon 12-15
    // only), Wed 12-17 → Tue 12-16, Wed 12-24 → Tue 12-23, Mon 2026-01-12 → Fri 01-09 ((01-09,
    // 01-12] holds Mon 01-12 only), Tue 01-13 → Mon 01-12. Five different pairs, one size.
    expect(groupRow(zh.stdout, 'extension.normal', '可办事项')).toEqual([
      '第四条第（四）项',
      'extension.normal',
      '可办事项',
      '延期·延期后办结期限',
      '5',
      '提前1个工作日 ×5',
    ]);
    expect(groupRow(zh.stdout, 'normal.complete', '期限状态')?.[5]).toBe('已按时完成 → 逾期完成 ×2');
    expect(zh.stdout).not.toMatch(/24时 → \d{4}-\d\d-\d\d 24时 ×/);
    expect(groupRow(en.stdout, 'extension.normal', 'action')?.[5]).toBe('1 working day earlier ×5');
    expect(groupRow(en.stdout, 'normal.complete', 'deadline moved')?.[5]).toBe('1 working day earlier ×5');
  }, 120_000);
});
