import { describe, expect, it } from 'vitest';
import { buildAgenda, loadCatalog, type Ticket } from '../../engine/index.ts';
import { calendar } from './helpers.ts';

// The hypothetical fourth office of test/fixtures/rules/offices (qingxi-12345): an escalation
// triggered by time overdue (七: 1个工作日 past the completion limit → 黄牌督办 by deskDirector,
// 3个工作日 → 红牌督办 by deputyInCharge). The agenda puts the level over the overdue deadline.
const catalog = loadCatalog('test/fixtures/rules/offices');
const ticket = {
  id: 'QX-1',
  office: 'qingxi-12345',
  received: '2025-10-09T08:30:00+08:00',
  dispatched: '2025-10-09T09:00:00+08:00',
  accepted: '2025-10-09T10:00:00+08:00',
  tags: [],
  units: { primary: '城建科' },
} as Ticket;

async function completionLine(date: string) {
  const a = await buildAgenda(catalog, calendar, [ticket], { date });
  return a.offices[0]?.lines.find((l) => l.group === 'deadline:complete');
}

describe('agenda · supervision of an overdue deadline (another office)', () => {
  // Ordinary ticket, 3 wd from Thu 10-09: 10-10 (1), Sat 10-11 make-up (2), Mon 10-13 (3) → due 10-13 24:00.
  it('due today on 10-13, overdue without a level on 10-14', async () => {
    expect(await completionLine('2025-10-13')).toMatchObject({ urgency: 'due-today', supervision: null });
    // 1 wd past the limit ends 10-14 24:00: at 10-14 08:30 it is overdue, not yet supervised.
    expect(await completionLine('2025-10-14')).toMatchObject({
      urgency: 'overdue',
      supervision: null,
      deadline: { dueDate: '2025-10-13', remainingWorkdays: -1 },
    });
  });

  it('level 1 from 10-15, level 2 from 10-17', async () => {
    const yellow = await completionLine('2025-10-15');
    expect(yellow?.supervision).toMatchObject({ level: 1, supervisor: { role: 'deskDirector' } });
    expect(yellow?.supervision?.levelName.zh).toBe('黄牌督办');
    // 3 wd past the limit: 10-14, 10-15, 10-16 → reached at 10-16 24:00; on 10-16 still level 1.
    expect((await completionLine('2025-10-16'))?.supervision?.level).toBe(1);
    const red = await completionLine('2025-10-17');
    expect(red?.supervision).toMatchObject({ level: 2, supervisor: { role: 'deputyInCharge' } });
    expect(red?.supervision?.clauseLabel.zh).toBe('第七条');
  });
});
