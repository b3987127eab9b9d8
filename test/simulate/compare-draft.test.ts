/**
 * A draft that cuts the normal completion limit (3.1) from 5个工作日 to 4个工作日, effective
 * 2025-12-01 (test/fixtures/rules/draft-normal-4wd, shared with test/rules/versions.test.ts), compared
 * with the shipped 2025-04-14 over 13 hand-written tickets (test/fixtures/sim-tickets/).
 *
 * Worked by hand from rules/calendars/cn-mainland.yaml (2026 New Year: 01-01 Thu … 01-03 Sat off,
 * Sun 01-04 a make-up working day), SIM-N-1229 accepted Mon 2025-12-29 10:00, the start day not
 * counted (Civil Code art. 201):
 *   12-30 Tue = 1, 12-31 Wed = 2, 01-01…01-03 off, 01-04 Sun (make-up) = 3, 01-05 Mon = 4, 01-06 Tue = 5
 *   → 5个工作日 ends 2026-01-06 24:00; 4个工作日 ends 2026-01-05 24:00: one working day earlier.
 * SIM-N-1226 accepted Fri 12-26: 12-29 = 1, 12-30 = 2, 12-31 = 3, 01-04 Sun = 4, 01-05 = 5 → 01-05;
 *   4个工作日 ends on the make-up Sunday 01-04 — still exactly one working day earlier.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { compare } from '../../engine/simulate/compare.ts';
import type { Change, ComparisonResult } from '../../engine/simulate/compare-types.ts';
import { ticketSource } from '../../engine/simulate/read-tickets.ts';
import { renderReport } from '../../engine/simulate/render-report.ts';
import { AS_OF, DRAFT_DIR, SIM_TICKETS } from './helpers.ts';

let calendar: Calendar;
let base: Ruleset;
let candidate: Ruleset;
let result: ComparisonResult;

beforeAll(async () => {
  calendar = loadCalendar();
  base = loadRulesetDir(join(RULES_DIR, 'sheshan-12345/2025-04-14'));
  candidate = loadRulesetDir(DRAFT_DIR);
  result = await compare({ base, candidate, calendar, tickets: ticketSource(SIM_TICKETS).items, asOf: AS_OF });
});

const completeMoves = (r: ComparisonResult) =>
  r.tickets.items.flatMap((t) =>
    t.changes
      .filter((c): c is Extract<Change, { kind: 'deadline' }> => c.kind === 'deadline' && c.obligation === 'complete')
      .map((c) => ({ ticket: t.ticketId, from: c.fromDate, to: c.toDate, workdays: c.workdays })),
  );

describe('compare 2025-04-14 → draft 2025-12-01 (normal completion 5 → 4 working days)', () => {
  it('the draft really changes that one line', () => {
    const period = (r: Ruleset) =>
      r.ticketTypes.find((t) => t.id === 'normal')?.deadlines.find((d) => d.obligation === 'complete')?.period;
    expect([period(base), period(candidate)]).toEqual(['5个工作日', '4个工作日']);
    expect(candidate.effective.from).toBe('2025-12-01');
  });

  it('moves the completion deadline of exactly the normal tickets received on/after 2025-12-01, each by one working day', () => {
    expect(completeMoves(result)).toEqual([
      { ticket: 'SIM-N-1201', from: '2025-12-08', to: '2025-12-05', workdays: -1 },
      { ticket: 'SIM-N-1210', from: '2025-12-17', to: '2025-12-16', workdays: -1 },
      { ticket: 'SIM-N-1226', from: '2026-01-05', to: '2026-01-04', workdays: -1 },
      { ticket: 'SIM-N-1229', from: '2026-01-06', to: '2026-01-05', workdays: -1 },
      // Accepted Wed 12-03: 12-04=1, 12-05=2, 12-08 Mon=3, 12-09=4, 12-10=5 → 4 wd: 12-09 (三跨 alone is normal, 3.3).
      { ticket: 'SIM-D-1203', from: '2025-12-10', to: '2025-12-09', workdays: -1 },
    ]);
    const moved = result.tickets.items.find((t) => t.ticketId === 'SIM-N-1229')!.changes[0]!;
    expect(moved).toMatchObject({
      kind: 'deadline',
      clause: '3.1',
      ruleId: 'normal.complete',
      from: '2026-01-07T00:00:00+08:00',
      to: '2026-01-06T00:00:00+08:00',
    });
  });

  it('keeps tickets received before the effective date under the base version, with no changes (新老划断)', () => {
    const kept = result.tickets.items.filter((t) => t.keptUnderBase);
    expect(kept.map((t) => t.ticketId)).toEqual(['SIM-N-0930', 'SIM-N-1009', 'SIM-N-1130', 'SIM-U-1120']);
    for (const t of kept) expect(t).toMatchObject({ changes: [], typeCandidate: null });
    // Received 23:59:59 the day before, accepted after: the version follows `received`.
    expect(kept.find((t) => t.ticketId === 'SIM-N-1130')?.typeBase).toBe('normal');
  });

  it('changes nothing else: other types, and a normal ticket with no acceptance yet, are unchanged', () => {
    const listed = new Set(result.tickets.items.map((t) => t.ticketId));
    for (const id of ['SIM-N-1230', 'SIM-U-1205', 'SIM-S-1215', 'SIM-C-1218']) expect(listed.has(id)).toBe(false);
    expect(result.totals).toEqual({
      tickets: 13,
      evaluated: 13,
      rejected: 0,
      keptUnderBase: 4,
      underCandidate: 9,
      changed: 5,
      unchanged: 4,
    });
    // Every change is a consequence of normal.complete: the deadline, its status, or 4.4's extension (5+5 → 4+5).
    const rules = new Set(result.groups.map((g) => `${g.ruleId}:${g.kind}:${g.subject}`));
    expect([...rules]).toEqual([
      'normal.complete:deadline:complete',
      'normal.complete:status:complete',
      'extension.normal:action:extension.resultingDueAt',
    ]);
  });

  it('groups by clause and rule: 3.1 normal.complete −1 working day ×5, met → late ×2', () => {
    const byKey = Object.fromEntries(result.groups.map((g) => [`${g.kind}:${g.ruleId}`, g]));
    expect(byKey['deadline:normal.complete']).toMatchObject({ clause: '3.1', tickets: 5, outcomes: { '-1': 5 } });
    expect(byKey['status:normal.complete']).toMatchObject({ tickets: 2, outcomes: { 'met→late': 2 } });
  });

  it('a ticket completed on the last day of 5 working days becomes late under 4', () => {
    const t = result.tickets.items.find((x) => x.ticketId === 'SIM-N-1210')!;
    expect(t.changes.filter((c) => c.kind === 'status')).toEqual([
      { kind: 'status', clause: '3.1', ruleId: 'normal.complete', obligation: 'complete', from: 'met', to: 'late' },
    ]);
  });

  it('CSV (BOM, Chinese headers) and Markdown list the rows; English on request', () => {
    const csv = renderReport(result, 'csv', 'zh');
    expect(
      csv.startsWith('\uFEFF工单,收单时间,位置,沿用基准版本,适用版本,条款,规则,变化,事项,原值,新值,工作日变化\r\n'),
    ).toBe(true);
    expect(csv).toContain('SIM-N-1229,2025-12-29T09:00:00+08:00,');
    expect(csv).toContain(',否,2025-12-01,3.1,normal.complete,期限变动,办结,2026-01-06,2026-01-05,-1\r\n');
    expect(csv).toContain('SIM-N-1130,2025-11-30T23:59:59+08:00,');
    expect(csv).toMatch(/SIM-N-1130,[^\r\n]*,是,2025-04-14,/);
    expect(csv.split('\r\n').filter((l) => l.includes('期限变动'))).toHaveLength(5);

    const md = renderReport(result, 'md', 'zh');
    expect(md).toContain('## 按条款和规则汇总的变化');
    expect(md).toMatch(/\| 第三条第（一）项 \| normal\.complete \| 期限变动 \| 办结 \| 5 \| 提前1个工作日 ×5 \|/);
    expect(md).toMatch(/\| SIM-N-1226 \|[^\n]*\| 2026-01-05 \| 2026-01-04 \| -1 \|/);

    const en = renderReport(result, 'md', 'en');
    expect(en).toContain('## Changes by clause and rule');
    expect(en).toContain('1 working day earlier ×5');
    const table = renderReport(result, 'table', 'zh');
    expect(table).toContain('SIM-N-1229');
    expect(JSON.parse(renderReport(result, 'json', 'en')).totals.changed).toBe(5);
  });

  it('4.4 knock-on: an approved extension adds to the normal limit, so that deadline moves too', async () => {
    const ticket = {
      id: 'SIM-X-1208',
      received: '2025-12-08T09:00:00+08:00',
      dispatched: '2025-12-08T09:30:00+08:00',
      accepted: '2025-12-08T10:00:00+08:00',
      channel: 'hotline' as const,
      urgency: '一般' as const,
      tags: [],
      extensionRequests: [{ at: '2025-12-10T10:00:00+08:00', workdays: 3, reason: true, plan: true, approved: true }],
    };
    const r = await compare({ base, candidate, calendar, tickets: [ticket], asOf: AS_OF });
    const t = r.tickets.items[0]!;
    expect([t.typeBase, t.typeCandidate]).toEqual(['difficult', 'difficult']);
    // accepted Mon 12-08; 5+3 = 8 wd → 12-18 (Thu); 4+3 = 7 wd → 12-17.
    expect(t.changes.find((c) => c.kind === 'deadline')).toMatchObject({
      obligation: 'complete',
      ruleId: 'extension.normal.complete',
      fromDate: '2025-12-18',
      toDate: '2025-12-17',
      workdays: -1,
    });
  });

  it('the engine path (json-rules-engine) gives the same comparison', async () => {
    const viaEngine = await compare({
      base,
      candidate,
      calendar,
      tickets: ticketSource(SIM_TICKETS).items,
      asOf: AS_OF,
      path: 'engine',
    });
    expect({ ...viaEngine, stats: null, meta: null }).toEqual({ ...result, stats: null, meta: null });
  });
});
