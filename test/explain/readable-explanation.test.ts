import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/evaluate/decide.ts';
import { evaluateCore } from '../../engine/evaluate/evaluate.ts';
import { renderDecision } from '../../engine/evaluate/render-decision.ts';
import { explainDecision } from '../../engine/explain/explain-decision.ts';
import { dayEndWords, instantWords, periodWords } from '../../engine/explain/readable-time.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { rulesetOfDecision } from '../../engine/rules/select-version.ts';
import { loadCases } from '../../engine/testing/index.ts';
import { generatedAtStages } from '../evaluate/generated-stages.ts';

// Issue 14: explanations read like an officer's note — dates as 10月9日 24时, no ISO instants, the
// rule set's names, and an English text with no Chinese in it whose due dates agree with the table.
const catalog = loadCatalog();
const calendar = loadCalendar();
const { cases } = loadCases('fixtures/tickets');
const ISO_INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const CJK = /[\u3400-\u9fff\uff08\uff09\uff0c\uff1a\uff1b\u3001\u3002]/;

async function explained(ticketId: string, asOf: string) {
  const c = cases.find((x) => x.ticket.id === ticketId && x.asOf === asOf);
  if (!c) throw new Error(`no fixture case ${ticketId} @ ${asOf}`);
  const d = await decide(catalog, calendar, c.ticket, { asOf: c.asOf });
  const ruleset = rulesetOfDecision(catalog, d);
  return { d, zh: explainDecision(d, 'zh', { ruleset }), en: explainDecision(d, 'en', { ruleset }) };
}

describe('readable dates', () => {
  it('reads a day-end deadline (00:00 exclusive) as 24时 of the day before, the year only when it differs', () => {
    // 2025-10-10T00:00+08:00 is the end of 2025-10-09 (Civil Code art. 201: a period ends at 24:00 of its last day).
    expect(instantWords('2025-10-10T00:00:00+08:00', 'zh', 2025)).toBe('10月9日 24时');
    expect(instantWords('2025-10-10T00:00:00+08:00', 'en', 2025)).toBe('9 Oct 24:00');
    expect(instantWords('2026-01-01T00:00:00+08:00', 'zh', 2025)).toBe('12月31日 24时');
    expect(instantWords('2026-01-01T00:00:00+08:00', 'zh', 2026)).toBe('2025年12月31日 24时');
    expect(instantWords('2026-01-05T00:00:00+08:00', 'zh', 2025)).toBe('2026年1月4日 24时');
    expect(instantWords('2025-09-30T09:00:00+08:00', 'zh', 2025)).toBe('9月30日 09:00');
    expect(instantWords('2025-09-30T01:00:00Z', 'en', 2024)).toBe('30 Sep 2025 09:00');
    expect(dayEndWords('2025-10-14', 'zh', 2025)).toBe('10月14日 24时');
    expect(periodWords('5个工作日', 'en')).toBe('5 workdays');
    expect(periodWords('20 hours', 'zh')).toBe('20小时');
    expect(periodWords('2日', 'zh')).toBe('2日');
  });
});

describe('decision explanations', () => {
  it('a done deadline reads 期限10月9日 24时，9月30日 09:00完成 — no ISO instants, the due day agreeing with the table', async () => {
    // fixtures/tickets/_tickets/normal-2025-09-30.yaml: dispatched Tue 09-30 09:00; 4.1 dispatch within
    // 1 working day of received (09-30): 10-01…10-08 off, 10-09 Thu is working day 1 → dueDate 10-09,
    // dueAt 2025-10-10T00:00+08:00, which reads as 10月9日 24时 / 9 Oct 24:00.
    const { d, zh, en } = await explained('SS-2025-0930-001', '2025-09-30T12:00:00+08:00');
    expect(d.deadlines.find((x) => x.obligation === 'dispatch')?.dueDate).toBe('2025-10-09');
    expect(zh).toContain('- 派单（依据第四条第（一）项）：期限10月9日 24时，9月30日 09:00完成，已按时完成。');
    expect(en).toContain('- dispatch (clause 4.1): due 9 Oct 24:00, done 30 Sep 09:00 — met.');
    // Completion: 10-09=1, 10-10=2, 10-11 Sat make-up=3, 10-13=4, 10-14=5 → 24:00 on 10-14.
    expect(zh).toContain('第5个工作日为10月14日（星期二），截止10月14日 24时。');
    expect(en).toContain('working day 5 is Tuesday 14 Oct; due by 14 Oct 24:00.');
    expect(zh.split('\n')[0]).toBe(
      '工单 SS-2025-0930-001（截至2025年9月30日 12:00）：依据第三条第（一）项，按普通工单办理。',
    );
    for (const text of [zh, en]) expect(text).not.toMatch(ISO_INSTANT);
  });

  it('names the other matching types by the rule set’s labels, in both languages', async () => {
    // precedence.yaml: 次紧急 + 三跨 matches urgent and normal; urgent takes precedence.
    const { zh, en } = await explained('SS-2025-0930-086', '2025-09-30T10:30:00+08:00');
    expect(zh).toContain('（同时符合：普通工单，按优先顺序取紧急/次紧急工单）');
    expect(en).toContain('(also matches: “Normal ticket”; “Urgent or sub-urgent ticket” takes precedence)');
    expect(zh).not.toMatch(/同时符合：normal|取urgent/);
  });

  it('every fixture case’s English explanation has no Chinese and no ISO instant; the Chinese one no ISO instant', async () => {
    let checked = 0;
    for (const c of cases) {
      const d = await decide(catalog, calendar, c.ticket, { asOf: c.asOf });
      const ruleset = rulesetOfDecision(catalog, d);
      const en = explainDecision(d, 'en', { ruleset });
      const zh = explainDecision(d, 'zh', { ruleset });
      expect({ case: c.name, cjk: en.split('\n').filter((l) => CJK.test(l)) }).toEqual({ case: c.name, cjk: [] });
      expect({ case: c.name, iso: [...en.split('\n'), ...zh.split('\n')].filter((l) => ISO_INSTANT.test(l)) }).toEqual({
        case: c.name,
        iso: [],
      });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });
});

// Issue 13: the HTTP answer writes each open deadline's counting text from the decision's core
// (dueWords over its DueNumbers); a caller with only the decision recounts on the calendar. The
// two must read the same, word for word, in both languages.
describe('the explanation from the core’s numbers is the recounted one', () => {
  it('every fixture case, every generated Sheshan ticket of a sample, zh and en', async () => {
    const generated = [...generatedAtStages({ catalog, calendar, office: 'sheshan-12345', count: 500, seed: 9 })];
    let counted = 0;
    for (const c of [...cases, ...generated]) {
      const d0 = await decide(catalog, calendar, c.ticket, { asOf: c.asOf, explain: false });
      const ruleset = rulesetOfDecision(catalog, d0)!;
      const core = await evaluateCore(ruleset, calendar, c.ticket, { asOf: c.asOf, path: 'compiled' });
      const d = renderDecision(core, { explain: false });
      expect(d).toEqual(d0);
      for (const lang of ['zh', 'en'] as const) {
        const fromCore = explainDecision(d, lang, { core, ruleset });
        expect(fromCore).toBe(explainDecision(d, lang, { calendar, ruleset }));
      }
      counted += d.deadlines.filter((x) => x.doneAt === null).length;
    }
    // Open deadlines (the ones with a counting text) are reached, not only closed ones.
    expect(counted).toBeGreaterThan(500);
  }, 60_000);
});
