import { describe, expect, it } from 'vitest';
import { agendaDoc, buildAgenda } from '../../engine/index.ts';
import { agendaOf, briefs, calendar, catalog, XIAYANG } from './helpers.ts';

// fixtures/agenda/xiayang-2025-10-13.yaml, hand-worked in its comments: the same day under 夏阳街道's
// procedure — no reminders topic, its own names, warning tickets supervised by the unit's head.
describe('agenda · Xiayang, Monday 2025-10-13', async () => {
  const agenda = await agendaOf(XIAYANG);
  const office = agenda.offices[0];

  it('follows the office’s own procedure', () => {
    expect(agenda.offices.map((o) => o.id)).toEqual(['xiayang-12345']);
    expect(briefs(agenda, 'xiayang-12345')).toEqual([
      // First handling 5 wd: from Fri 09-26 → Fri 10-10 (overdue); from Mon 09-29 → today.
      'XY-02 | deadline:complete | overdue | unit |  | 二.1.首次处置 | complete@2025-10-10/-2',
      'XY-01 | deadline:complete | due-today | unit |  | 二.1.首次处置 | complete@2025-10-13/0',
      // Second handling 3 wd from the revisit of Thu 10-09: 10-10, 10-11, 10-13.
      'XY-03 | deadline:redo | due-today | unit | 1:unitHead | 二.1.再次处置 | redo@2025-10-13/0',
      // The warning notice of the revisit on Sat 10-11 10:00 is new; XY-03's (10-09) is not.
      'XY-04 | report | new | unitHead |  | 二.1.街道级回访 | -',
    ]);
    expect(office?.lines.some((l) => l.action === 'remind')).toBe(false);
  });

  it('speaks the office’s words', () => {
    expect(office?.byAction.map((g) => g.label.zh)).toEqual(['首次处置', '再次处置', '报送与告知']);
    const redo = office?.lines.find((l) => l.ticketId === 'XY-03');
    expect(redo?.supervision?.levelName.zh).toBe('预警工单');
    expect(redo?.supervision?.escalationName.zh).toBe('预警');
    expect(redo?.supervision?.supervisor.name.zh).toBe('承办部门负责人');
    expect(redo?.clauseLabel.zh).toBe('二、1.（再次处置）');
    expect(office?.title.zh).toContain('夏阳街道');
  });

  it('renders by unit without repeating the unit, with the supervision in the office’s words', () => {
    const doc = agendaDoc(agenda, 'zh', 'unit');
    expect(doc.sections.map((x) => x.title)).toEqual([
      `${office?.title.zh} · 夏阳街道城建中心（2）`,
      `${office?.title.zh} · 夏阳街道市场监管所（2）`,
    ]);
    const first = doc.sections[0];
    expect(first?.header.slice(0, 3)).toEqual(['事项', '工单', '紧急程度']);
    expect(first?.rows[1]?.slice(0, 6)).toEqual([
      '再次处置',
      'XY-03',
      '今日到期',
      '再次处置',
      '四级承办部门',
      '预警工单（承办部门负责人）',
    ]);
    const en = agendaDoc(agenda, 'en', 'action');
    expect(en.sections[0]?.title).toBe('xiayang-12345 — first handling (2)');
  });

  it('mixes offices from one folder and filters by office', async () => {
    const both = await agendaOf('fixtures/agenda');
    expect(both.offices.map((o) => [o.id, o.tickets, o.lines.length])).toEqual([
      ['sheshan-12345', 14, 18],
      ['xiayang-12345', 4, 4],
    ]);
    const one = await agendaOf('fixtures/agenda', '2025-10-13', { office: 'xiayang-12345' });
    expect(one.office).toBe('xiayang-12345');
    expect(one.offices.map((o) => o.id)).toEqual(['xiayang-12345']);
    expect(briefs(one, 'xiayang-12345')).toEqual(briefs(agenda, 'xiayang-12345'));
    await expect(agendaOf('fixtures/agenda', '2025-10-13', { office: 'nowhere' })).rejects.toMatchObject({
      code: 'RULESET_UNKNOWN',
    });
    await expect(
      buildAgenda(catalog, calendar, [], { date: '2025-10-13', rulesetId: 'nowhere' }),
    ).rejects.toMatchObject({ code: 'RULESET_UNKNOWN' });
  });
});
