/**
 * The shipped fixtures of fixtures/units/, assessed with the Sheshan values, against results
 * worked out by hand. Rates are listed worst first for each month; the bottom group is every
 * unit whose rank from the bottom (1 + units strictly worse) is ≤ 3.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessWithCatalog,
  inputMonths,
  loadAssessmentInput,
  loadCatalog,
  PACKAGE_ROOT,
} from '../../engine/index.ts';
import { calendar, sheshanRules } from './helpers.ts';

const fixture = (name: string) => join(PACKAGE_ROOT, 'fixtures/units', name);
const rules = sheshanRules();

describe('fixtures/units/satisfaction-2025-06-to-09.csv (2.7, 2.9)', () => {
  const input = loadAssessmentInput(fixture('satisfaction-2025-06-to-09.csv'));
  const a = assess(rules, calendar, input);
  const interviews = (month: string) =>
    a.interviews.filter((i) => i.month === month).map((i) => [i.unit, i.interviewer, i.reasons.join('+'), i.streak]);

  it('reads 4 months of 8 units', () => {
    expect(input.satisfaction?.map((m) => [m.month, m.units.length])).toEqual([
      ['2025-06', 8],
      ['2025-07', 8],
      ['2025-08', 8],
      ['2025-09', 8],
    ]);
  });

  it('2025-06: 房管所 85.0, 横山村 86.2 (hotspot), 佘山物业公司 88.7 | 佘山居委会 90.5 …', () => {
    // 横山村 is bottom three *and* has a hotspot → the principal leader; the other two → leader in charge.
    expect(interviews('2025-06')).toEqual([
      ['房管所', 'hotlineLeaderInCharge', 'bottom', 1],
      ['横山村', 'principalLeader', 'bottom+hotspot', 1],
      ['佘山物业公司', 'hotlineLeaderInCharge', 'bottom', 1],
    ]);
  });

  it('2025-07: 房管所 86.0, 城管中队 87.5, 佘山物业公司 90.1 | 横山村 91.0 …', () => {
    // 房管所 and 佘山物业公司 are in their second month running; 城管中队 starts its streak.
    expect(interviews('2025-07')).toEqual([
      ['房管所', 'hotlineLeaderInCharge', 'bottom', 2],
      ['城管中队', 'hotlineLeaderInCharge', 'bottom', 1],
      ['佘山物业公司', 'hotlineLeaderInCharge', 'bottom', 2],
    ]);
  });

  it('2025-08: 城管中队 84.9, 佘山居委会 88.8, 横山村 89.0 | 佘山物业公司 90.6, 房管所 91.5, 市场监管所 92.0 (media) …', () => {
    // 佘山物业公司 leaves the bottom group (its streak stops at 2), 房管所 too (a gap month).
    // 市场监管所 ranks 6th from the bottom but was exposed by the media → the principal leader.
    expect(interviews('2025-08')).toEqual([
      ['城管中队', 'hotlineLeaderInCharge', 'bottom', 2],
      ['佘山居委会', 'hotlineLeaderInCharge', 'bottom', 1],
      ['横山村', 'hotlineLeaderInCharge', 'bottom', 1],
      ['市场监管所', 'principalLeader', 'mediaExposed', 0],
    ]);
  });

  it('2025-09: 城管中队 86.3, 房管所 87.9, 横山村 89.4 = 佘山居委会 89.4 | 佘山物业公司 91.2 …', () => {
    // 城管中队: July, August, September → three months running → the principal leader.
    // 房管所: June, July, (not August), September → the gap breaks it: streak 1.
    // 横山村 and 佘山居委会 tie on the third-worst place → both in (four units), streak 2 each.
    expect(interviews('2025-09')).toEqual([
      ['城管中队', 'principalLeader', 'bottom+consecutive', 3],
      ['房管所', 'hotlineLeaderInCharge', 'bottom', 1],
      ['横山村', 'hotlineLeaderInCharge', 'bottom', 2],
      ['佘山居委会', 'hotlineLeaderInCharge', 'bottom', 2],
    ]);
    expect(a.rankings.find((r) => r.month === '2025-09')?.bottomCount).toBe(4);
  });

  it('field visits (2.9) go to the bottom group of each month, not to the media-only unit', () => {
    expect(a.fieldVisits.map((v) => `${v.month} ${v.unit}`)).toEqual([
      '2025-06 房管所',
      '2025-06 横山村',
      '2025-06 佘山物业公司',
      '2025-07 房管所',
      '2025-07 城管中队',
      '2025-07 佘山物业公司',
      '2025-08 城管中队',
      '2025-08 佘山居委会',
      '2025-08 横山村',
      '2025-09 城管中队',
      '2025-09 房管所',
      '2025-09 横山村',
      '2025-09 佘山居委会',
    ]);
  });

  it('warns of the September tie, and of nothing else', () => {
    expect(a.warnings.map((w) => [w.code, w.month])).toEqual([['ASSESS_TIE_AT_BOUNDARY', '2025-09']]);
  });
});

describe('fixtures/units/city-unsatisfied-2025-09.yaml (2.5, 4.8)', () => {
  const a = assess(rules, calendar, loadAssessmentInput(fixture('city-unsatisfied-2025-09.yaml')));

  it('城建中心 (2 tickets) and 房管所 (1) owe both written explanations, with no due date; the town-level entry is not counted', () => {
    // 2.5 and 4.8 state no limit (finding 9), and the hand-built rules set none: each duty is
    // listed for the unit with dueDate/dueAt null, not given an invented 5个工作日.
    expect(a.writtenExplanations.map((w) => [w.unit, w.ticketIds, w.clause, w.reportTo, w.dueDate, w.dueAt])).toEqual([
      ['城建中心', ['SH2509-00123', 'SH2509-00456'], '2.5', ['hotlineLeaderInCharge'], null, null],
      ['城建中心', ['SH2509-00123', 'SH2509-00456'], '4.8', ['center'], null, null],
      ['房管所', ['SH2509-00789'], '2.5', ['hotlineLeaderInCharge'], null, null],
      ['房管所', ['SH2509-00789'], '4.8', ['center'], null, null],
    ]);
    expect(a.warnings.map((w) => w.code)).toEqual(['ASSESS_TICKETS_NOT_COUNTED']);
    expect(a.warnings[0]!.message.zh).toContain('SH2509-00999（本级回访不满意）');
  });
});

describe('fixtures/units/policy-publications.yaml (5.2)', () => {
  const a = assess(rules, calendar, loadAssessmentInput(fixture('policy-publications.yaml')));

  it('5 natural days from publication, the day of publication not counted, holidays not moved', () => {
    // 09-30 → 10-01 … 10-05 (day 5, a holiday: kept). 10-10 15:00 → 10-11 … 10-15.
    // 12-29 → 12-30, 12-31, 01-01, 01-02, 01-03 (day 5, New Year holiday: kept).
    expect(a.knowledgeBase.map((k) => [k.unit, k.dueDate, k.movedFrom, k.clause])).toEqual([
      ['房管所', '2025-10-05', null, '5.2'],
      ['城建中心', '2025-10-15', null, '5.2'],
      ['农业农村办', '2026-01-03', null, '5.2'],
    ]);
  });
});

describe('all three fixtures at once, for one month', () => {
  it('--month 2025-09 keeps September and the publications of September', () => {
    const input = loadAssessmentInput([
      fixture('satisfaction-2025-06-to-09.csv'),
      fixture('city-unsatisfied-2025-09.yaml'),
      fixture('policy-publications.yaml'),
    ]);
    const a = assess(rules, calendar, input, { month: '2025-09' });
    expect(a.month).toBe('2025-09');
    expect(a.interviews).toHaveLength(4);
    expect(a.fieldVisits).toHaveLength(4);
    expect(a.writtenExplanations).toHaveLength(4);
    expect(a.knowledgeBase.map((k) => k.dueDate)).toEqual(['2025-10-05']);
  });
});

describe('the shipped rules (rules/sheshan-12345) through assessWithCatalog', () => {
  const catalog = loadCatalog();
  const files = ['satisfaction-2025-06-to-09.csv', 'city-unsatisfied-2025-09.yaml', 'policy-publications.yaml'];
  const input = loadAssessmentInput(files.map(fixture));

  it('judge the fixtures as the hand-built rules do (the shipped 2.5 reports to 本单位分管镇领导)', () => {
    const shipped = assessWithCatalog(catalog, calendar, input);
    const hand = assess(rules, calendar, input);
    expect(shipped.ruleset.version).toBe('2025-04-14');
    const strip = (a: typeof hand) => ({
      interviews: a.interviews.map((i) => [i.month, i.unit, i.interviewer, i.clause]),
      fieldVisits: a.fieldVisits.map((v) => [v.month, v.unit, v.by, v.clause]),
      written: a.writtenExplanations.map((w) => [w.month, w.unit, w.clause, w.dueDate]),
      kb: a.knowledgeBase.map((k) => [k.policy, k.clause, k.dueDate]),
    });
    expect(strip(shipped)).toEqual(strip(hand));
    expect(shipped.writtenExplanations.find((w) => w.clause === '2.5')?.reportTo).toEqual(['townLeaderInCharge']);
  });

  it('picks the version in force at the end of the month, and says when none is', () => {
    const early = { publications: [{ policy: 'P', published: '2025-03-10' }] };
    expect(() => assessWithCatalog(catalog, calendar, early)).toThrow(
      expect.objectContaining({ code: 'RULESET_NOT_IN_FORCE' }),
    );
    expect(inputMonths(input)).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-12']);
  });
});
