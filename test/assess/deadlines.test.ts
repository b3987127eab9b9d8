/**
 * Clauses 2.5 / 4.8 (written explanation from the month's end) and 5.2 (knowledge base from
 * publication): due dates on the official calendar, explained.
 */
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_COUNTING } from '../../engine/index.ts';
import { calendar, sheshanRules } from './helpers.ts';

const rules = sheshanRules();
const explanationOnly = sheshanRules({ monthly: [sheshanRules().monthly[0]!] });
// A limit the office set for itself (the text states none): explained as the office's own choice.
const officeLimited = sheshanRules({
  monthly: [{ ...rules.monthly[0]!, limit: { period: '5个工作日', from: 'monthEnd', chosenBy: 'office' } }],
});

describe('2.5 / 4.8 written explanation: the text states no limit, so the duty has no due date', () => {
  const one = (r = explanationOnly, month = '2025-09') =>
    assess(r, calendar, { cityUnsatisfied: [{ ticketId: 'T1', unit: '城建中心', month }] }).writtenExplanations[0]!;

  it('2025-09: the duty, who owes it and to whom — no period, no due date, no counting', () => {
    const w = one();
    expect(w).toMatchObject({
      month: '2025-09',
      unit: '城建中心',
      ticketIds: ['T1'],
      obligation: 'writtenExplanation',
      responsible: 'unitHead',
      reportTo: ['hotlineLeaderInCharge'],
      period: null,
      limitChosenBy: null,
      from: 'monthEnd',
      anchorAt: '2025-10-01T00:00:00+08:00',
      dueDate: null,
      dueAt: null,
      counting: null,
      provisional: false,
      ruleId: 'monthly.explanation',
      clause: '2.5',
    });
    expect(w.explanation.zh).toBe(
      '依据第二条第（五）项，城建中心2025年9月有市级回访不满意工单1件（T1），承办单位负责人应书面反馈情况说明，报送分管热线工作镇领导（原文未规定期限，不设截止日期）。',
    );
    expect(w.explanation.en).toBe(
      'Under clause 2.5, 城建中心 had 1 city-level unsatisfied ticket in September 2025 (T1); the head of the handling unit must give a written explanation, reported to the town leader in charge of the hotline (the text states no limit, so no due date is set).',
    );
  });

  it('the 4.8 rule words its obligation from the rule set (duty), reported to the center', () => {
    const a = assess(rules, calendar, { cityUnsatisfied: [{ ticketId: 'T1', unit: '房管所', month: '2025-09' }] });
    const review = a.writtenExplanations.find((w) => w.clause === '4.8')!;
    expect(review.explanation.zh).toBe(
      '依据第四条第（八）项，房管所2025年9月有市级回访不满意工单1件（T1），承办单位应梳理工单办结过程并形成书面报告提交，报送城运中心（原文未规定期限，不设截止日期）。',
    );
    expect(review.dueDate).toBeNull();
  });

  it('without a limit nothing is counted, so a month before a year with no notice is not provisional', () => {
    const a = assess(explanationOnly, calendar, {
      cityUnsatisfied: [{ ticketId: 'T1', unit: '甲', month: '2026-12' }],
    });
    expect(a.provisional).toBe(false);
    expect(a.warnings.map((w) => w.code)).not.toContain('ASSESS_PROVISIONAL');
  });

  it('a limit the text states (`period`) is counted and carries no note', () => {
    const stated = sheshanRules({ monthly: [{ ...rules.monthly[0]!, period: '5个工作日', from: 'monthEnd' }] });
    const w = one(stated);
    expect([w.period, w.limitChosenBy, w.dueDate]).toEqual(['5个工作日', 'text', '2025-10-14']);
    expect(w.explanation.zh).toMatch(/应于2025年10月14日24时前书面反馈情况说明，报送分管热线工作镇领导。$/);
  });
});

describe("2.5 / 4.8 with a limit the office set (5个工作日 from 24:00 of the month's last day)", () => {
  const dueFor = (month: string) =>
    assess(officeLimited, calendar, { cityUnsatisfied: [{ ticketId: 'T1', unit: '城建中心', month }] })
      .writtenExplanations[0]!;

  it('2025-09 → 2025-10-14 (National Day skipped, Saturday 10-11 make-up counted), marked as the office choice', () => {
    // 10-01..08 off; 10-09 = 1, 10-10 = 2, 10-11 (Sat, 调休上班) = 3, 10-12 Sun, 10-13 = 4, 10-14 = 5.
    const w = dueFor('2025-09');
    expect(w).toMatchObject({
      period: '5个工作日',
      limitChosenBy: 'office',
      from: 'monthEnd',
      anchorAt: '2025-10-01T00:00:00+08:00',
      dueDate: '2025-10-14',
      dueAt: '2025-10-15T00:00:00+08:00',
      provisional: false,
    });
    expect(w.explanation.zh).toBe(
      '依据第二条第（五）项，城建中心2025年9月有市级回访不满意工单1件（T1），承办单位负责人应于2025年10月14日24时前书面反馈情况说明，报送分管热线工作镇领导（本单位自定期限，原文未规定）。',
    );
    expect(w.explanation.en).toBe(
      'Under clause 2.5, 城建中心 had 1 city-level unsatisfied ticket in September 2025 (T1); the head of the handling unit must give a written explanation by 24:00 on 14 October 2025, reported to the town leader in charge of the hotline (a limit the office set; the text states none).',
    );
    expect(w.counting?.zh).toBe(
      '自2025年9月30日（星期二）24时（月末）起算5个工作日：当日不计入，次日起算；国庆节、中秋节假期10月1日至10月8日不计；其间周末1天不计；10月11日（星期六）国庆节、中秋节调休上班计入；第5个工作日为10月14日（星期二），截止10月14日 24时。',
    );
    expect(w.counting?.en).toMatch(
      /^5 workdays from 24:00 on Tuesday 30 Sep 2025 \(end of the month\): .*due by 14 Oct 24:00\.$/,
    );
  });

  it('2025-11 → 2025-12-05 (month ends on a Sunday; Monday 12-01 is day 1)', () => {
    expect(dueFor('2025-11').dueDate).toBe('2025-12-05');
  });

  it('2025-12 → 2026-01-08 (New Year 01-01..03 off, Sunday 01-04 make-up counted as day 1)', () => {
    // 01-04 (Sun, 调休上班) = 1, 01-05 = 2, 01-06 = 3, 01-07 = 4, 01-08 = 5.
    expect(dueFor('2025-12').dueDate).toBe('2026-01-08');
  });

  it('a rule set that counts the start day still counts from the 1st: 24:00 of the last day is the anchor', () => {
    const r = sheshanRules({
      monthly: officeLimited.monthly,
      settings: { ...rules.settings, counting: { ...DEFAULT_COUNTING, startDayCounted: true } },
    });
    const a = assess(r, calendar, { cityUnsatisfied: [{ ticketId: 'T1', unit: 'U', month: '2025-11' }] });
    expect(a.writtenExplanations[0]!.dueDate).toBe('2025-12-05');
  });

  it('groups by month and unit; a revisit date gives the month; only city-level 不满意 counts', () => {
    const a = assess(officeLimited, calendar, {
      cityUnsatisfied: [
        { ticketId: 'A1', unit: '甲', month: '2025-09' },
        { ticketId: 'B1', unit: '乙', revisitedAt: '2025-09-30T23:30:00+08:00' },
        { ticketId: 'A2', unit: '甲', revisitedAt: '2025-10-02' },
        { ticketId: 'A3', unit: '甲', revisitedAt: '2025-09-05', level: 'town' },
        { ticketId: 'A4', unit: '甲', revisitedAt: '2025-09-06', result: '基本满意' },
        // 2025-09-30T16:30Z is 2025-10-01 00:30 in Shanghai → October.
        { ticketId: 'B2', unit: '乙', revisitedAt: '2025-09-30T16:30:00Z' },
      ],
    });
    expect(a.writtenExplanations.map((w) => [w.month, w.unit, w.ticketIds.join(','), w.dueDate])).toEqual([
      ['2025-09', '甲', 'A1', '2025-10-14'],
      ['2025-09', '乙', 'B1', '2025-10-14'],
      // October ends on Friday 10-31: 11-03 = 1 … 11-07 = 5.
      ['2025-10', '甲', 'A2', '2025-11-07'],
      ['2025-10', '乙', 'B2', '2025-11-07'],
    ]);
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_TICKETS_NOT_COUNTED']);
    expect(a.warnings[0]!.message.en).toBe(
      // Only what each entry gives is shown: A3 a level, A4 a result (monthly.yaml counts: city, 不满意).
      '2 revisit entries are not city-level unsatisfied tickets and not counted: A3 (local level), A4 (基本满意)',
    );
  });

  it('a month whose deadline runs into a year with no notice is provisional, with a warning', () => {
    const a = assess(officeLimited, calendar, {
      cityUnsatisfied: [{ ticketId: 'T1', unit: '甲', month: '2026-12' }],
    });
    expect(a.provisional).toBe(true);
    expect(a.writtenExplanations[0]!.provisional).toBe(true);
    expect(a.warnings.map((w) => w.code)).toContain('ASSESS_PROVISIONAL');
  });
});

describe('5.2 knowledge base: 5日 natural days from publication', () => {
  const kb = (published: string, r = rules) =>
    assess(r, calendar, { publications: [{ policy: '某政策', unit: '房管所', published }] }).knowledgeBase[0]!;

  it('published 2025-09-30 → due 2025-10-05 although it is a holiday (natural days do not move by default)', () => {
    const k = kb('2025-09-30');
    expect(k).toMatchObject({
      policy: '某政策',
      unit: '房管所',
      obligation: 'knowledgeBaseReport',
      responsible: 'unit',
      period: '5日',
      from: 'published',
      anchorAt: '2025-09-30T00:00:00+08:00',
      dueDate: '2025-10-05',
      dueAt: '2025-10-06T00:00:00+08:00',
      movedFrom: null,
      ruleId: 'knowledge-base.update',
      clause: '5.2',
    });
    expect(k.explanation.zh).toBe(
      // The citation is Sheshan's own (vocabulary.yaml: part 五 numbers its items 1., 2. without parentheses).
      `依据第五条第2项，《某政策》于2025年9月30日公布，房管所应自公布之日起5日内报城运中心更新知识库有关信息，截止2025年10月5日24时（当日为国庆节、中秋节假期，自然日期限不顺延）。`,
    );
    expect(k.counting.zh).toBe(
      '自公布之日2025年9月30日（星期二）起算5个自然日：当日不计入，次日起算；其间国庆节、中秋节假期10月1日至10月5日照常计入自然日；第5日为10月5日（星期日），该日为国庆节、中秋节假期，按本规则集的解读不顺延，截止10月5日 24时。',
    );
  });

  it('with naturalDayEndOnHoliday: next-working-day the same publication is due 2025-10-09', () => {
    const moving = sheshanRules({
      settings: { ...rules.settings, counting: { ...DEFAULT_COUNTING, naturalDayEndOnHoliday: 'next-working-day' } },
    });
    const k = kb('2025-09-30', moving);
    expect([k.dueDate, k.movedFrom]).toEqual(['2025-10-09', '2025-10-05']);
    expect(k.explanation.zh).toContain('（最后一日2025年10月5日为休息日，顺延至下一个工作日）');
  });

  it('an instant of publication counts from the next day too; a working last day needs no note', () => {
    const k = kb('2025-10-10T15:00:00+08:00');
    expect([k.anchorAt, k.dueDate]).toEqual(['2025-10-10T15:00:00+08:00', '2025-10-15']);
    expect(k.explanation.zh).toMatch(/截止2025年10月15日24时。$/);
  });

  it("without a unit the rule's responsible role is named; --month filters by publication month", () => {
    const a = assess(
      rules,
      calendar,
      {
        publications: [
          { policy: 'P1', published: '2025-09-30' },
          { policy: 'P2', published: '2025-10-02' },
        ],
      },
      { month: '2025-10' },
    );
    expect(a.knowledgeBase.map((k) => [k.policy, k.unit, k.dueDate])).toEqual([['P2', null, '2025-10-07']]);
    expect(a.knowledgeBase[0]!.explanation.zh).toContain('承办单位应自公布之日起5日内');
  });
});

describe('assess() itself', () => {
  it('names the rule set and calendar, and warns when a month has no data', () => {
    const a = assess(
      rules,
      calendar,
      { publications: [{ policy: 'P', published: '2025-09-30' }] },
      { month: '2025-07' },
    );
    expect(a.ruleset).toEqual({ id: 'sheshan-12345', version: '2025-04-14', revision: 'test' });
    expect(a.calendar.id).toBe('cn-mainland');
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_MONTH_NO_DATA']);
  });

  it('refuses a malformed month with MONTH_INVALID', () => {
    expect(() => assess(rules, calendar, {}, { month: '2025-9' })).toThrow(/MONTH_INVALID/);
  });

  it('warns when the input has tickets but the rule set has no monthly rule', () => {
    const a = assess(sheshanRules({ monthly: [] }), calendar, {
      cityUnsatisfied: [{ ticketId: 'T', unit: 'U', month: '2025-09' }],
    });
    expect(a.writtenExplanations).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_NO_RULE']);
  });
});
