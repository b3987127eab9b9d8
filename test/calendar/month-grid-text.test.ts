/** The month grid is aligned by display width: 休, 班 and 一…日 are two terminal columns wide. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { getMonthGrid, loadCalendar, monthGridRows, renderMonthGrid } from '../../engine/index.ts';

const calendar = loadCalendar();
// Months with runs of 休 and 班 (2026-02 Spring Festival, 2025-10 National Day, 2026-01 New Year),
// one without any (2026-03), and a provisional one (2027-02).
const MONTHS = ['2026-02', '2025-10', '2026-01', '2026-03', '2027-02'];

describe('renderMonthGrid', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`gives every row of the grid the same display width (${lang})`, () => {
      for (const month of MONTHS) {
        const rows = monthGridRows(getMonthGrid(calendar, month), lang);
        const widths = new Set(rows.map((r) => stringWidth(r)));
        expect([...widths], `${month} ${lang}`).toEqual([35]);
      }
    });
  }

  it('puts each day under its weekday: the column of a day number ends where its header cell does', () => {
    // 2026-02-01 is a Sunday, 2026-02-14 (班) a Saturday, 2026-02-15 (休) a Sunday.
    const rows = monthGridRows(getMonthGrid(calendar, '2026-02'), 'zh');
    const col = (row: string, needle: string) => stringWidth(row.slice(0, row.indexOf(needle) + needle.length));
    expect(col(rows[0]!, '日')).toBe(col(rows[1]!, ' 1') + 1);
    expect(col(rows[0]!, '六')).toBe(col(rows[3]!, '14') + 1);
    expect(col(rows[0]!, '日')).toBe(col(rows[3]!, '15') + 1);
    expect(rows[3]).toContain(' 14班 15休');
  });

  it('marks a provisional month and names each day off and make-up day', () => {
    const zh = renderMonthGrid(getMonthGrid(calendar, '2027-02'), 'zh');
    expect(zh.split('\n')[0]).toBe('2027-02（临时推算）');
    expect(zh).toContain('2027-02-05 休 春节');
    const en = renderMonthGrid(getMonthGrid(calendar, '2026-02'), 'en');
    expect(en).toContain('2026-02-14 make-up working day (Spring Festival)');
    expect(en).not.toMatch(/[休班一二三四五六日]/);
  });
});
