import { describe, expect, it } from 'vitest';
import { agendaOf, briefs, SHESHAN } from './helpers.ts';

// The hand-worked day of fixtures/agenda/sheshan-2025-10-13.yaml (its comments count every deadline
// on the 2025 calendar: 10-01…10-08 off, Sun 09-28 and Sat 10-11 make-up working days). Decisions
// as of Mon 10-13 08:30; notices new since the previous agenda, Sat 10-11 08:30.
describe('agenda · Sheshan, Monday 2025-10-13', async () => {
  const agenda = await agendaOf(SHESHAN);
  const office = agenda.offices[0];

  it('decides every ticket and names its instants', () => {
    expect(agenda.counts).toEqual({ tickets: 14, decided: 14, lines: 18, rejected: 0 });
    expect(agenda.asOf).toBe('2025-10-13T08:30:00+08:00');
    // The working day before Mon 10-13 is Sat 10-11 (调休上班), not Fri 10-10.
    expect(agenda.since).toBe('2025-10-11T08:30:00+08:00');
    expect(agenda.offices.map((o) => o.id)).toEqual(['sheshan-12345']);
    expect(agenda.provisional).toBe(false);
    expect(agenda.warnings).toEqual([]);
  });

  it('gives each kind of line, with its clause and deadline, in a stable order', () => {
    expect(briefs(agenda, 'sheshan-12345')).toEqual([
      // 4.5 reminders: not accepted (accept due Sat 10-11, −1 wd), completion in its last 3 wd
      // (today 0, 10-14 1, 10-15 2 left), media exposure (completion 10-16, 3 left).
      'AG-01 | remind | overdue | unit |  | 4.5 | accept@2025-10-11/-1',
      'AG-05 | remind | due-today | unit |  | 4.5 | complete@2025-10-13/0',
      'AG-02 | remind | due-soon | unit |  | 4.5 | complete@2025-10-14/1',
      'AG-12 | remind | due-soon | unit |  | 4.5 | complete@2025-10-14/1',
      'AG-09 | remind | due-soon | unit |  | 4.5 | complete@2025-10-15/2',
      'AG-03 | remind | due | unit |  | 4.5 | complete@2025-10-16/3',
      // Completion overdue since Fri 10-10 (10-11 and 10-13 past it); revisit due today (7th wd).
      'AG-04 | deadline:complete | overdue | unit |  | 3.1 | complete@2025-10-10/-2',
      'AG-04 | deadline:revisit | due-today | center |  | 3.1 | revisit@2025-10-13/0',
      // Redo after a level-1 unsatisfied revisit on the 5th wd: 10-11 (1), 10-13 (2).
      'AG-07 | deadline:redo | due-today | unit | 1:centerInformationOfficer | 2.4 | redo@2025-10-13/0',
      // Returns: after a rejection to the principal leader (2.1), otherwise to the town leader in charge (4.2).
      'AG-09 | approve | awaiting | principalLeader |  | 2.1 | complete@2025-10-15/2',
      'AG-08 | approve | awaiting | townLeaderInCharge |  | 4.2 | complete@2025-10-16/3',
      'AG-10 | approve | awaiting | center |  | 4.4 | complete@2025-10-16/3',
      // Extension of 2 wd approved: 5 + 2 = 7 wd from Thu 10-09 → Fri 10-17; citizen not told.
      'AG-11 | follow-up | due | unit |  | 4.4 | complete@2025-10-17/4',
      // Daily summary (a revisit on Sat 10-11), and the notices new since Sat 08:30.
      'AG-14 | report | due | unit+townLeaderInCharge |  | 2.5 | -',
      'AG-06 | report | new | center |  | 4.7 | -',
      'AG-12 | report | new | peaceOffice |  | 3.2.2 | -',
      'AG-12 | report | new | unit |  | 3.2.2 | -',
      'AG-13 | report | new | principalLeader |  | 2.5 | -',
    ]);
  });

  it('labels lines in the rule set’s words', () => {
    const lines = office?.lines ?? [];
    const notAccepted = lines.find((l) => l.ticketId === 'AG-01');
    expect(notAccepted?.what.zh).toBe('承办单位尚未接单，请及时接单办理');
    expect(notAccepted?.by?.name.zh).toBe('城运中心');
    expect(notAccepted?.methods.map((m) => m.zh)).toEqual(['电话', '网上', '书面']);
    expect(notAccepted?.clauseLabel.zh).toBe('第四条第（五）项');
    const redo = lines.find((l) => l.ticketId === 'AG-07');
    expect(redo?.supervision?.levelName.zh).toBe('一级督办');
    expect(redo?.supervision?.supervisor.name.zh).toBe('城运中心信息员');
    expect(redo?.what.zh).toBe('重办');
    const escalatedReturn = lines.find((l) => l.ticketId === 'AG-09' && l.action === 'approve');
    expect(escalatedReturn?.who.map((p) => p.name.zh)).toEqual(['镇主要领导']);
    expect(escalatedReturn?.what.zh).toContain('纪委监察办');
    // Full cap of 5 wd after 10-16: 10-17, 10-20, 10-21, 10-22, 10-23.
    expect(lines.find((l) => l.ticketId === 'AG-10')?.what.zh).toContain('2025-10-23');
  });

  it('groups by action (reminders, deadlines per obligation, approvals, follow-ups, reports) and by unit', () => {
    const labels = (office?.byAction ?? []).map((g) => `${g.key}=${g.label.zh}:${g.lines.length}`);
    expect(labels).toEqual([
      'remind=催办提醒:6',
      'deadline:complete=办结:1',
      'deadline:revisit=回访:1',
      'deadline:redo=重办:1',
      'approve=待审批:3',
      'follow-up=待跟进:1',
      'report=报送与告知:5',
    ]);
    const units = Object.fromEntries((office?.byUnit ?? []).map((g) => [g.key, g.lines.length]));
    // AG-01, 02, 05, 07, 13 · AG-09 ×2, 08 · AG-03, 04 ×2, 10 · AG-11, 14, 06 · AG-12 ×3.
    expect(units).toEqual({
      佘山镇城市建设管理中心: 5,
      佘山镇农业农村办公室: 3,
      佘山镇市场监督管理所: 4,
      佘山镇社区事务受理服务中心: 3,
      佘山镇综合行政执法队: 3,
    });
    // Every line is in exactly one group of each grouping.
    const all = (office?.byUnit ?? []).flatMap((g) => g.lines).sort((a, b) => a - b);
    expect(all).toEqual([...Array(18).keys()]);
  });

  it('a day later the same tickets give a different agenda (nothing is fixed to the date)', async () => {
    // Tue 10-14: AG-02's completion (due 10-14) is now due today; AG-05's (due 10-13) is overdue,
    // past the due-soon window, so it is an overdue deadline line, not a reminder.
    const next = await agendaOf(SHESHAN, '2025-10-14');
    expect(next.since).toBe('2025-10-13T08:30:00+08:00');
    const b = briefs(next, 'sheshan-12345');
    expect(b).toContain('AG-02 | remind | due-today | unit |  | 4.5 | complete@2025-10-14/0');
    expect(b).toContain('AG-05 | deadline:complete | overdue | unit |  | 3.1 | complete@2025-10-13/-1');
    // The notices of AG-12 and AG-13 were new yesterday, not today.
    expect(b.filter((l) => l.includes('| report | new |'))).toEqual([]);
  });
});
