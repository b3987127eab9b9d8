import { describe, expect, it } from 'vitest';
import { buildAgenda, type Ticket } from '../../engine/index.ts';
import { briefs, calendar, catalog, readTickets, SHESHAN } from './helpers.ts';

const byId = (id: string) => readTickets(SHESHAN).find((t) => t.id === id) as Ticket;
const agenda = (tickets: unknown[], date = '2025-10-13', at?: string) =>
  buildAgenda(catalog, calendar, tickets as Ticket[], { date, ...(at ? { at } : {}) });

describe('agenda edges', () => {
  it('an application recorded after the agenda instant is not on it yet', async () => {
    // AG-10's extension was applied for on Sat 10-11 10:00; an agenda of Sat 10-11 08:30 predates it.
    const a = await agenda([byId('AG-10')], '2025-10-11');
    expect(briefs(a, 'sheshan-12345').filter((l) => l.includes('approve'))).toEqual([]);
    const b = await agenda([byId('AG-10')], '2025-10-11', '11:00');
    expect(briefs(b, 'sheshan-12345').filter((l) => l.includes('approve'))).toHaveLength(1);
  });

  it('a decided application leaves the agenda', async () => {
    const t = byId('AG-08');
    const decided = { ...t, returnRequests: [{ ...t.returnRequests?.[0], outcome: 'rejected' }] };
    const lines = briefs(await agenda([decided]), 'sheshan-12345');
    expect(lines.some((l) => l.includes('| approve |'))).toBe(false);
  });

  it('lists a ticket it cannot decide as rejected, with its reason, and goes on', async () => {
    const wrongValue = { ...byId('AG-02'), id: 'AG-X', urgency: '特急' };
    const a = await agenda([wrongValue, byId('AG-01'), { id: 'AG-Y' }]);
    expect(a.counts).toMatchObject({ tickets: 3, decided: 1, rejected: 2 });
    expect(a.rejected.map((r) => [r.index, r.ticketId, r.code])).toEqual([
      [0, 'AG-X', 'TICKET_VALUE_UNKNOWN'],
      [2, 'AG-Y', expect.any(String)],
    ]);
    expect(a.rejected[0]?.message.zh).toContain('urgency');
  });

  it('says when a deadline reaches a year whose notice is not loaded (provisional)', async () => {
    // Accepted Mon 2026-12-28: 5 wd → 12-29, 12-30, 12-31, then 2027 (no notice loaded: statutory
    // holidays only, 元旦 Fri 2027-01-01 off) → 01-04 (4), 01-05 (5). On 12-31 the completion is
    // in its last 3 wd, so it is on the agenda, and the agenda says it is provisional.
    const t = {
      ...byId('AG-02'),
      id: 'AG-P',
      received: '2026-12-28T08:30:00+08:00',
      dispatched: '2026-12-28T09:00:00+08:00',
      accepted: '2026-12-28T10:00:00+08:00',
      contacts: [{ at: '2026-12-28T11:00:00+08:00', answered: true }],
    };
    const a = await agenda([t], '2026-12-31');
    expect(a.provisional).toBe(true);
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(briefs(a, 'sheshan-12345')).toEqual(['AG-P | remind | due-soon | unit |  | 4.5 | complete@2027-01-05/2']);
  });

  it('an empty day says so', async () => {
    const a = await agenda([byId('AG-14')], '2025-10-15');
    expect(a.offices[0]?.lines).toEqual([]);
    expect(a.counts.lines).toBe(0);
  });
});
