/**
 * Clauses 2.7 (通报约谈) and 2.9 (走访调研) on small hand-made months: ranking, ties at the
 * boundary, the three-consecutive-months rule and what breaks it, the hotspot and media flags.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/index.ts';
import { calendar, months, sheshanRules } from './helpers.ts';

const rules = sheshanRules();
const run = (input: Parameters<typeof assess>[2], month?: string) =>
  assess(rules, calendar, input, month ? { month } : {});

describe('2.7 bottom three of a month', () => {
  it('interviews the three worst units by the hotline leader in charge, with the clause and a sentence', () => {
    const a = run({ satisfaction: months({ '2025-09': { 甲: 95, 乙: 91, 城建中心: 88, 丁: 86, 戊: 90, 己: 97 } }) });
    // Worst first: 丁 86, 城建中心 88, 戊 90 | 乙 91, 甲 95, 己 97.
    expect(a.interviews.map((i) => [i.unit, i.interviewer, i.rankFromBottom])).toEqual([
      ['丁', 'hotlineLeaderInCharge', 1],
      ['城建中心', 'hotlineLeaderInCharge', 2],
      ['戊', 'hotlineLeaderInCharge', 3],
    ]);
    const i = a.interviews[1]!;
    expect(i).toMatchObject({ ruleId: 'assessment.satisfaction', clause: '2.7', reasons: ['bottom'], streak: 1 });
    expect(i.explanation.zh).toBe(
      '依据第二条第（七）项，城建中心2025年9月市民满意度排名末三位（88%，倒数第2位，共6个单位），由分管热线工作镇领导进行“一对一”约谈提醒。',
    );
    expect(i.explanation.en).toBe(
      'Under clause 2.7, 城建中心 ranked in the bottom three for citizen satisfaction in September 2025 (88%, 2nd from the bottom of 6 units); the town leader in charge of the hotline holds a one-to-one reminder interview.',
    );
    expect(a.warnings).toEqual([]);
  });

  it('sends the center on a field visit (2.9) to each bottom-ranked unit', () => {
    const a = run({ satisfaction: months({ '2025-09': { 甲: 95, 乙: 91, 丙: 88, 丁: 86, 戊: 90 } }) });
    expect(a.fieldVisits.map((v) => [v.unit, v.by, v.clause, v.ruleId])).toEqual([
      ['丁', 'center', '2.9', 'assessment.satisfaction'],
      ['丙', 'center', '2.9', 'assessment.satisfaction'],
      ['戊', 'center', '2.9', 'assessment.satisfaction'],
    ]);
    expect(a.fieldVisits[0]!.explanation.zh).toBe(
      '依据第二条第（九）项，丁2025年9月市民满意度排名靠后（末三位，倒数第1位），由城运中心组织开展走访调研，了解存在困难和实际情况，交流研商解决问题对策。',
    );
  });
});

describe('2.7 ties at the boundary: every unit tied with the third-worst is in', () => {
  it('80, 85, 90, 90, 95 → four units (ranks from the bottom 1, 2, 3, 3)', () => {
    const a = run({ satisfaction: months({ '2025-09': { A: 80, B: 85, C: 90, D: 90, E: 95, F: 96 } }) });
    expect(a.rankings[0]!.units.map((u) => [u.unit, u.rankFromBottom, u.bottom, u.tied])).toEqual([
      ['A', 1, true, false],
      ['B', 2, true, false],
      ['C', 3, true, true],
      ['D', 3, true, true],
      ['E', 5, false, false],
      ['F', 6, false, false],
    ]);
    expect(a.interviews.map((i) => i.unit)).toEqual(['A', 'B', 'C', 'D']);
    expect(a.fieldVisits.map((v) => v.unit)).toEqual(['A', 'B', 'C', 'D']);
    expect(a.interviews[2]!.explanation.zh).toContain('（90%，并列倒数第3位，共6个单位）');
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_TIE_AT_BOUNDARY']);
    expect(a.warnings[0]!.message.zh).toBe('2025年9月满意度并列（C、D），末三位共4个单位：与倒数第3名并列的单位均计入');
  });

  it('a tie straddling the boundary is in as a whole: 80, 85, 85, 85, 90 → four units', () => {
    const a = run({ satisfaction: months({ '2025-09': { A: 80, B: 85, C: 85, D: 85, E: 90 } }) });
    // B, C, D have 1 unit strictly worse → rank 2 from the bottom, ≤ 3 → all in; E is 5th.
    expect(a.interviews.map((i) => [i.unit, i.rankFromBottom])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 2],
    ]);
  });

  it('a tie below the boundary changes nothing: 80, 80, 85, 90 → three units, no warning', () => {
    const a = run({ satisfaction: months({ '2025-09': { A: 80, B: 80, C: 85, D: 90 } }) });
    expect(a.interviews.map((i) => [i.unit, i.rankFromBottom])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 3],
    ]);
    expect(a.warnings).toEqual([]);
  });

  it('a month with no more units than N is not ranked, with a warning; flags still apply', () => {
    const a = run({ satisfaction: months({ '2025-09': { A: 80, B: 85, C: 90 } }, { '2025-09 C': ['media'] }) });
    expect(a.rankings[0]!.ranked).toBe(false);
    expect(a.interviews.map((i) => [i.unit, i.interviewer, i.reasons, i.rankFromBottom])).toEqual([
      ['C', 'principalLeader', ['mediaExposed'], null],
    ]);
    expect(a.fieldVisits).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_TOO_FEW_UNITS']);
  });
});

describe('2.7 bottom three for three consecutive months → the principal leader', () => {
  // X is worst in every month given; five other units keep the month rankable.
  const others = { P: 95, Q: 94, R: 93, S: 92 };
  const worst = (m: string[]): Record<string, Record<string, number>> =>
    Object.fromEntries(m.map((mm) => [mm, { X: 70, Y: 80, Z: 81, ...others }]));

  it('three months running: July, August → leader in charge; September → principal leader', () => {
    const a = run({ satisfaction: months(worst(['2025-07', '2025-08', '2025-09'])) });
    const x = a.interviews.filter((i) => i.unit === 'X');
    expect(x.map((i) => [i.month, i.streak, i.interviewer, i.reasons])).toEqual([
      ['2025-07', 1, 'hotlineLeaderInCharge', ['bottom']],
      ['2025-08', 2, 'hotlineLeaderInCharge', ['bottom']],
      ['2025-09', 3, 'principalLeader', ['bottom', 'consecutive']],
    ]);
    expect(x[2]!.streakMonths).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(x[2]!.explanation.zh).toBe(
      '依据第二条第（七）项，X2025年9月市民满意度排名末三位（70%，倒数第1位，共7个单位），已连续3个月（2025年7月至2025年9月）排名末三位，由镇主要领导进行“一对一”约谈提醒。',
    );
    expect(x[2]!.explanation.en).toContain(
      'has been in the bottom three for 3 consecutive months (July to September 2025)',
    );
  });

  it('a fourth month running keeps it with the principal leader (streak 4)', () => {
    const a = run({ satisfaction: months(worst(['2025-06', '2025-07', '2025-08', '2025-09'])) }, '2025-09');
    expect(a.interviews.find((i) => i.unit === 'X')).toMatchObject({ streak: 4, interviewer: 'principalLeader' });
  });

  it('a month missing from the input breaks the streak (June, July, September: no August)', () => {
    const a = run({ satisfaction: months(worst(['2025-06', '2025-07', '2025-09'])) });
    const sep = a.interviews.find((i) => i.unit === 'X' && i.month === '2025-09');
    expect(sep).toMatchObject({ streak: 1, interviewer: 'hotlineLeaderInCharge', reasons: ['bottom'] });
    expect(a.warnings.map((w) => [w.code, w.month])).toEqual([['ASSESS_MONTH_MISSING', '2025-08']]);
  });

  it('a month in which the unit is not bottom-three breaks it (gap month)', () => {
    const spec = worst(['2025-06', '2025-07', '2025-09']);
    spec['2025-08'] = { X: 99, Y: 80, Z: 81, ...others };
    const a = run({ satisfaction: months(spec) }, '2025-09');
    expect(a.interviews.find((i) => i.unit === 'X')).toMatchObject({ streak: 1, interviewer: 'hotlineLeaderInCharge' });
    // Y and Z were bottom in June–September without a break.
    expect(a.interviews.find((i) => i.unit === 'Y')).toMatchObject({ streak: 4, interviewer: 'principalLeader' });
  });

  it('a month in which the unit has no figure breaks it', () => {
    const spec = worst(['2025-07', '2025-08', '2025-09']);
    const august: Record<string, number> = { ...spec['2025-08'] };
    delete august.X;
    spec['2025-08'] = august;
    const a = run({ satisfaction: months(spec) }, '2025-09');
    expect(a.interviews.find((i) => i.unit === 'X')).toMatchObject({ streak: 1 });
  });

  it('streaks run across a year end (November, December, January)', () => {
    const a = run({ satisfaction: months(worst(['2025-11', '2025-12', '2026-01'])) }, '2026-01');
    expect(a.interviews.find((i) => i.unit === 'X')).toMatchObject({ streak: 3, interviewer: 'principalLeader' });
  });

  it('--month reports one month but counts the months before it', () => {
    const a = run({ satisfaction: months(worst(['2025-07', '2025-08', '2025-09'])) }, '2025-08');
    expect(a.rankings.map((r) => r.month)).toEqual(['2025-08']);
    expect(a.interviews.every((i) => i.month === '2025-08')).toBe(true);
    expect(a.interviews.find((i) => i.unit === 'X')).toMatchObject({ streak: 2 });
  });
});

describe('2.7 hotspot and media exposure → the principal leader, whatever the rank', () => {
  const base = { A: 80, B: 85, C: 88, D: 92, E: 95 };

  it('a hotspot unit ranked in the middle: principal leader, no field visit', () => {
    const a = run({ satisfaction: months({ '2025-09': base }, { '2025-09 D': ['hotspot'] }) });
    const d = a.interviews.find((i) => i.unit === 'D')!;
    expect(d).toMatchObject({ interviewer: 'principalLeader', reasons: ['hotspot'], clause: '2.7' });
    expect(d.explanation.zh).toBe(
      '依据第二条第（七）项，D2025年9月存在集中性热点诉求，由镇主要领导进行“一对一”约谈提醒。',
    );
    expect(a.fieldVisits.map((v) => v.unit)).toEqual(['A', 'B', 'C']);
  });

  it('media exposure of a bottom unit: one interview, by the principal leader, listing both reasons', () => {
    const a = run({ satisfaction: months({ '2025-09': base }, { '2025-09 A': ['media', 'hotspot'] }) });
    const forA = a.interviews.filter((i) => i.unit === 'A');
    expect(forA).toHaveLength(1);
    expect(forA[0]).toMatchObject({ interviewer: 'principalLeader', reasons: ['bottom', 'hotspot', 'mediaExposed'] });
    expect(forA[0]!.explanation.zh).toBe(
      '依据第二条第（七）项，A2025年9月市民满意度排名末三位（80%，倒数第1位，共5个单位），存在集中性热点诉求，被媒体曝光或社会面影响较大，由镇主要领导进行“一对一”约谈提醒。',
    );
    expect(forA[0]!.interviewerName).toEqual({ zh: '镇主要领导', en: 'the principal town leader' });
  });
});

describe('the rule set decides the numbers', () => {
  it('bottomN 2 and consecutiveMonths 2 come from the rule, not the code', () => {
    const r = sheshanRules();
    const custom = sheshanRules({ assessment: { ...r.assessment!, bottomN: 2, consecutiveMonths: 2 } });
    const input = {
      satisfaction: months({ '2025-08': { A: 80, B: 85, C: 88, D: 90 }, '2025-09': { A: 80, B: 85, C: 88, D: 90 } }),
    };
    const a = assess(custom, calendar, input, { month: '2025-09' });
    expect(a.interviews.map((i) => [i.unit, i.interviewer])).toEqual([
      ['A', 'principalLeader'],
      ['B', 'principalLeader'],
    ]);
    expect(a.interviews[0]!.explanation.zh).toContain('排名末两位');
  });
});
