/** Report formats: CSV for spreadsheets (BOM, CRLF, quoting, no formulas), Markdown escaping, summary order. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { versionRef } from '../../engine/simulate/batch-common.ts';
import { csvCell, renderCsv } from '../../engine/simulate/render-csv.ts';
import { renderMarkdown } from '../../engine/simulate/render-markdown.ts';
import {
  instantText,
  mergeWords,
  obligationName,
  outcomeText,
  valueText,
} from '../../engine/simulate/report-labels.ts';
import { emptySummary, finishSummary, mergeSummary } from '../../engine/simulate/summary.ts';

describe('CSV', () => {
  it('UTF-8 BOM, CRLF, Chinese headers, cells quoted only when needed', () => {
    const csv = renderCsv({
      csv: {
        header: ['工单', '说明'],
        rows: [
          ['A-1', '含,逗号'],
          ['A-2', '他说"好"'],
          ['A-3', '两\n行'],
          ['A-4', 12],
        ],
      },
    });
    expect(csv).toBe('\uFEFF工单,说明\r\nA-1,"含,逗号"\r\nA-2,"他说""好"""\r\nA-3,"两\n行"\r\nA-4,12\r\n');
  });

  it('never lets a spreadsheet run a cell as a formula; numbers stay numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe('-1');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('+2')).toBe('+2');
    expect(csvCell('-x')).toBe("'-x");
  });
});

describe('Markdown', () => {
  it('escapes pipes and line breaks inside cells', () => {
    const md = renderMarkdown({
      title: 'T',
      facts: [['k', 'a|b']],
      sections: [
        {
          title: 'S',
          header: ['a', 'n'],
          rows: [
            ['x|y', 1],
            ['two\nlines', 2],
          ],
        },
      ],
      csv: { header: [], rows: [] },
    });
    expect(md).toContain('- k: a\\|b');
    expect(md).toContain('| x\\|y | 1 |');
    expect(md).toContain('| two<br>lines | 2 |');
    expect(md).toContain('| --- | ---: |');
  });
});

describe('labels', () => {
  it('reads deadlines as an officer does: 00:00 exclusive is 24时 of the day before', () => {
    expect(instantText('2026-01-07T00:00:00+08:00', 'zh')).toBe('2026-01-06 24时');
    expect(instantText('2026-01-07T00:00:00+08:00', 'en')).toBe('2026-01-06 24:00');
    expect(instantText('2025-10-01T10:00:00+08:00', 'zh')).toBe('2025-10-01 10:00');
  });

  it('translates outcomes', () => {
    expect(outcomeText('deadline', 'complete', '-1', 'zh')).toBe('提前1个工作日');
    expect(outcomeText('deadline', 'complete', '+2', 'en')).toBe('2 working days later');
    expect(outcomeText('status', 'complete', 'met→late', 'zh')).toBe('已按时完成 → 逾期完成');
    // Without a rule set's words, escalation levels read generically …
    expect(outcomeText('escalation', '', '-→2', 'zh')).toBe('无升级 → 2级');
    // Role and level names come from the version's vocabulary and escalation topic, carried in the
    // report's version metadata.
    const words = versionRef(loadCatalog().rulesets['sheshan-12345']![0]!).words;
    expect(outcomeText('escalation', '', '-→2', 'zh', words)).toBe('无督办 → 二级督办');
    expect(outcomeText('escalation', '', '1→2', 'en', words)).toBe('level 1 → level 2');
    expect(valueText('action', 'return.approvalChain', ['unitHead', 'townLeaderInCharge'], 'zh', words)).toBe(
      '承办单位负责人 → 本单位分管镇领导',
    );
    expect(valueText('action', 'return.approvalChain', ['unitHead'], 'zh')).toBe('unitHead');
  });
});

describe('summary', () => {
  it('merging in any order gives the same JSON once finished', () => {
    const a = emptySummary();
    a.byType.urgent = 1;
    a.deadlines.complete = { overdue: 2 };
    a.reminders['r.b'] = { clause: '4.5', trigger: 'due-soon', count: 1 };
    const b = emptySummary();
    b.byType.normal = 3;
    b.deadlines.dispatch = { met: 3 };
    b.deadlines.complete = { met: 1 };
    b.reminders['r.a'] = { clause: '4.5', trigger: 'not-accepted', count: 2 };
    const ab = emptySummary();
    mergeSummary(ab, a);
    mergeSummary(ab, b);
    const ba = emptySummary();
    mergeSummary(ba, b);
    mergeSummary(ba, a);
    expect(JSON.stringify(finishSummary(ab))).toBe(JSON.stringify(finishSummary(ba)));
    const done = finishSummary(ab);
    expect(Object.keys(done.byType)).toEqual(['normal', 'urgent']);
    expect(Object.keys(done.deadlines)).toEqual(['dispatch', 'complete']);
    expect(Object.keys(done.deadlines.complete!)).toEqual(['met', 'overdue']);
    expect(Object.keys(done.reminders)).toEqual(['r.a', 'r.b']);
  });

  it('a report over several offices names an obligation by the office’s word only when they agree', () => {
    const all = loadCatalog().rulesets;
    const daning = versionRef(all['daning-12345']![0]!);
    const xiayang = versionRef(all['xiayang-12345']![0]!);
    // One office: its own word (夏阳 calls completion 首次处置).
    expect(obligationName('complete', 'zh', mergeWords([xiayang]))).toBe('首次处置');
    // 大宁路 says 办结, 夏阳 首次处置: a mixed report cannot use either, so the generic word.
    expect(obligationName('complete', 'zh', mergeWords([daning, xiayang]))).toBe('办结');
    expect(obligationName('complete', 'en', mergeWords([daning, xiayang]))).toBe('completion');
    expect(obligationName('redo', 'zh', mergeWords([daning, xiayang]))).toBe('再次处置');
    // Whichever comes last: the disagreement is dropped, the agreement kept.
    for (const order of [
      [daning, xiayang],
      [xiayang, daning],
    ]) {
      const w = mergeWords(order);
      expect(w.obligations?.complete).toBeUndefined();
      expect(w.roles.unit).toBeUndefined(); // 承办单位 / 四级承办部门
      expect(w.roles.center?.zh).toBe('街道城运中心'); // both offices' word
    }
  });
});
