/**
 * The impact of a new notice on open tickets: hand-worked tickets, then 2,000 generated tickets
 * received 2026-12-15 … 2027-01-15, each decided under the shipped calendar (2027 provisional) and
 * under the shipped calendar plus the HYPOTHETICAL 2027 notice of test/fixtures.
 *
 * What the hypothetical notice changes against the provisional 2027 (statutory days only):
 *   Thu 2026-12-31 becomes a day off (元旦 reaches back); Sat 2027-01-09 and Sun 2027-01-31 become
 *   working days; 2027-02-09 … 02-12 (Tue–Fri) become days off; later holidays too.
 * Sheshan 普通工单 (3.1 "157"): completion 5 working days and revisit 7 working days from acceptance;
 * the acceptance day is not counted; a deadline ends at 24:00 of its last day.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addNotice,
  type CalendarImpact,
  calendarImpact,
  checkCalendarText,
  createCalendar,
  decide,
  generateTickets,
  generatorInputs,
  impactDoc,
  loadCalendar,
  loadCatalog,
  RULES_DIR,
  renderImpact,
  type Ticket,
} from '../../engine/index.ts';

const before = loadCalendar();
const merged = addNotice({
  calendarText: readFileSync('rules/calendars/cn-mainland.yaml', 'utf8'),
  calendarFile: 'cn-mainland.yaml',
  noticeText: readFileSync('test/fixtures/calendars/hypothetical-2027-notice.yaml', 'utf8'),
  noticeFile: 'hypothetical-2027-notice.yaml',
});
const check = checkCalendarText(merged.text!, 'cn-mainland+2027.yaml');
const after = createCalendar({ data: check.data!, revision: check.revision });
const catalog = loadCatalog(RULES_DIR);
const ASOF = '2027-01-06T12:00:00+08:00';

const open = (id: string, at: string): Ticket => ({ id, received: at, dispatched: at, accepted: at, tags: [] });
const HAND: Ticket[] = [
  open('HAND-A', '2026-12-28T09:00:00+08:00'),
  open('HAND-B', '2027-01-06T10:00:00+08:00'),
  open('HAND-C', '2026-12-30T10:00:00+08:00'),
  { ...open('HAND-D', '2026-12-10T09:00:00+08:00'), completed: '2026-12-14T16:00:00+08:00' },
];

const moveOf = (r: CalendarImpact, id: string, obligation: string) =>
  r.tickets.find((t) => t.ticketId === id)?.moves.find((m) => m.obligation === obligation);

describe('calendarImpact: hand-worked tickets (as of Wed 2027-01-06 12:00)', () => {
  const r = calendarImpact({ catalog, before, after, asOf: ASOF }, HAND);

  it('HAND-A, accepted Mon 2026-12-28: completion and revisit one working day later, no longer overdue', () => {
    // Old: 12-29 (1), 12-30 (2), 12-31 (3), [01-01 statutory, 01-02/03 weekend], 01-04 (4), 01-05 (5) → 01-05.
    // New: 12-31 is off: 12-29 (1), 12-30 (2), 01-04 (3), 01-05 (4), 01-06 (5) → 01-06.
    expect(moveOf(r, 'HAND-A', 'complete')).toMatchObject({
      clause: '3.1',
      period: '5个工作日',
      before: { dueDate: '2027-01-05', dueAt: '2027-01-06T00:00:00+08:00', status: 'overdue', provisional: true },
      after: { dueDate: '2027-01-06', dueAt: '2027-01-07T00:00:00+08:00', provisional: false },
      workdays: 1,
      days: 1,
    });
    // As of 01-06 noon the new last day is today: within the last 3 working days (due soon).
    expect(moveOf(r, 'HAND-A', 'complete')?.after.status).toBe('due-soon');
    // Revisit, 7 working days: old 01-06 (6), 01-07 (7) → 01-07; new 01-07 (6), 01-08 (7) → 01-08.
    expect(moveOf(r, 'HAND-A', 'revisit')).toMatchObject({
      before: { dueDate: '2027-01-07' },
      after: { dueDate: '2027-01-08' },
      workdays: 1,
    });
    const a = r.tickets.find((t) => t.ticketId === 'HAND-A')!;
    expect(a.provisional).toEqual({ before: true, after: false });
    expect(a.statusChanges).toContainEqual(
      expect.objectContaining({ obligation: 'complete', before: 'overdue', after: 'due-soon' }),
    );
    // The extension application window (4.4, 5 working days from acceptance) moves like completion:
    // 01-05 → 01-06, so as of 01-06 it is open again instead of closed unused.
    expect(moveOf(r, 'HAND-A', 'extensionRequest')).toMatchObject({
      clause: '4.4',
      before: { dueDate: '2027-01-05', status: 'lapsed' },
      after: { dueDate: '2027-01-06', status: 'pending' },
      workdays: 1,
    });
    // Acceptance and first contact (1 working day, due 12-29) do not cross a changed day.
    expect(a.moves.map((m) => m.obligation).sort()).toEqual(['complete', 'extensionRequest', 'revisit']);
  });

  it('HAND-B, accepted Wed 2027-01-06: one working day earlier (Sat 01-09 is worked)', () => {
    // Old: 01-07 (1), 01-08 (2), 01-11 (3), 01-12 (4), 01-13 (5) → 01-13.
    // New: 01-07 (1), 01-08 (2), Sat 01-09 (3), 01-11 (4), 01-12 (5) → 01-12.
    expect(moveOf(r, 'HAND-B', 'complete')).toMatchObject({
      before: { dueDate: '2027-01-13' },
      after: { dueDate: '2027-01-12' },
      workdays: -1,
      days: -1,
    });
    // Revisit: old 01-14 (6), 01-15 (7) → 01-15; new 01-13 (6), 01-14 (7) → 01-14.
    expect(moveOf(r, 'HAND-B', 'revisit')).toMatchObject({
      before: { dueDate: '2027-01-15' },
      after: { dueDate: '2027-01-14' },
      workdays: -1,
    });
  });

  it('HAND-C, accepted Wed 2026-12-30: completion later, revisit unchanged (12-31 lost, 01-09 gained)', () => {
    // Completion old: 12-31 (1), 01-04 (2), 01-05 (3), 01-06 (4), 01-07 (5) → 01-07;
    //            new: 01-04 (1), 01-05 (2), 01-06 (3), 01-07 (4), 01-08 (5) → 01-08.
    expect(moveOf(r, 'HAND-C', 'complete')).toMatchObject({
      before: { dueDate: '2027-01-07' },
      after: { dueDate: '2027-01-08' },
      workdays: 1,
    });
    // Revisit old: 01-08 (6), 01-11 (7) → 01-11; new: Sat 01-09 (6), 01-11 (7) → 01-11: no move.
    expect(moveOf(r, 'HAND-C', 'revisit')).toBeUndefined();
  });

  it('HAND-D, completed before 12-25: final on both calendars, not listed', () => {
    expect(r.tickets.find((t) => t.ticketId === 'HAND-D')).toBeUndefined();
    expect(r.counts).toMatchObject({
      tickets: 4,
      decided: 4,
      rejected: 0,
      affected: 3,
      noLongerProvisional: 3,
      stillProvisional: 0,
    });
  });

  it('renders the rows in Chinese and in English, and as CSV with one line per change', () => {
    const zh = renderImpact(r, 'md', 'zh');
    expect(zh).toContain(
      '| HAND-A | 办结 | 第三条第（一）项 | 5个工作日 | 2027-01-05 24时 | 2027-01-06 24时 | 推后1个工作日 | 已逾期 |',
    );
    expect(zh).toContain('不再是临时结果');
    const en = renderImpact(r, 'table', 'en');
    expect(en).toContain('1 working day later');
    expect(en).toContain('1 working day earlier');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const csv = renderImpact(r, 'csv', 'zh').trim().split('\r\n');
    const doc = impactDoc(r, 'zh');
    const changes = r.tickets.reduce((s, t) => s + t.moves.length + t.statusChanges.length + 1, 0);
    expect(csv.length - 1).toBe(changes);
    expect(doc.csv.rows).toContainEqual([
      '期限变动',
      'HAND-B',
      '办结',
      '第三条第（一）项',
      '2027-01-13',
      '2027-01-12',
      -1,
      '未到期',
      '未到期',
    ]);
  });

  it('refuses an invalid ticket and keeps going', () => {
    const bad = calendarImpact({ catalog, before, after, asOf: ASOF }, [
      { id: 'X', tags: [] } as unknown as Ticket,
      ...HAND,
    ]);
    expect(bad.counts).toMatchObject({ tickets: 5, decided: 4, rejected: 1 });
    expect(bad.rejected[0]?.issues[0]?.path).toBe('received');
  });
});

describe('calendarImpact with a rule set that counts strictly', () => {
  it('lists the tickets it refused on the calendar in force (2027 provisional) that the new notice lets it decide', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-strict-'));
    try {
      cpSync(RULES_DIR, dir, { recursive: true });
      const index = join(dir, 'sheshan-12345', '2025-04-14', 'index.yaml');
      writeFileSync(index, readFileSync(index, 'utf8').replace('strict: false', 'strict: true'));
      const strict = loadCatalog(dir);
      const r = calendarImpact({ catalog: strict, before, after, asOf: ASOF }, HAND);
      // HAND-A…C count into 2027 (refused before); HAND-D ends before 12-25 (decided on both, no change).
      expect(r.counts).toMatchObject({ decided: 4, rejected: 0, noLongerRefused: 3, noLongerProvisional: 3 });
      expect(r.tickets.map((t) => [t.ticketId, t.refusedBefore, t.provisional.after])).toEqual([
        ['HAND-A', true, false],
        ['HAND-B', true, false],
        ['HAND-C', true, false],
      ]);
      expect(renderImpact(r, 'md', 'zh')).toContain(
        '| HAND-A | sheshan-12345 2025-04-14 | 此前严格模式拒绝临时推算，现可决定 |',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('calendarImpact over 2,000 generated tickets received 2026-12-15 … 2027-01-15', () => {
  const inputs = generatorInputs({ catalog });
  const tickets = [
    ...generateTickets({ count: 2000, seed: 15, from: '2026-12-15', to: '2027-01-15', calendar: before, ...inputs }),
  ];
  const asOf = '2027-01-16T00:00:00+08:00';
  const r = calendarImpact({ catalog, before, after, asOf }, tickets);

  it('decides every ticket and counts consistently', () => {
    expect(r.counts.tickets).toBe(2000);
    expect(r.counts.decided).toBe(2000);
    expect(r.counts.deadlinesMoved).toBe(r.tickets.reduce((s, t) => s + t.moves.length, 0));
    expect(Object.values(r.counts.movesByWorkdays).reduce((a, b) => a + b, 0)).toBe(r.counts.deadlinesMoved);
    expect(r.counts.statusChanges).toBe(r.tickets.reduce((s, t) => s + t.statusChanges.length, 0));
    // Deadlines move both ways: later across 12-31, earlier across Sat 01-09 / Sun 01-31.
    expect(r.counts.movesByWorkdays['+1']).toBeGreaterThan(0);
    expect(r.counts.movesByWorkdays['-1']).toBeGreaterThan(0);
    // Every decision reaching past 12-25 was provisional; with 2027 loaded none is.
    expect(r.counts.noLongerProvisional).toBeGreaterThan(1000);
    expect(r.counts.stillProvisional).toBe(0);
  });

  it('lists a supervision level that changes (a level read from elapsed working days)', () => {
    const changed = r.tickets.filter((t) => t.escalation !== null);
    expect(changed.length).toBe(r.counts.escalationChanges);
    expect(changed.length).toBeGreaterThan(0); // seed 15: one ticket goes from level 1 to level 2
    for (const t of changed) {
      expect(t.escalation?.before.level).not.toBe(t.escalation?.after.level);
      expect(t.escalation?.after.name.zh).toMatch(/督办/);
    }
  });

  it('decides each office’s tickets under its own rule set', () => {
    for (const office of ['daning-12345', 'xiayang-12345']) {
      const other = calendarImpact(
        { catalog, before, after, asOf },
        tickets.slice(0, 500).map((t) => ({ ...t, office })),
      );
      expect(other.counts).toMatchObject({ tickets: 500, decided: 500, rejected: 0, stillProvisional: 0 });
      expect(other.counts.deadlinesMoved).toBeGreaterThan(0);
      expect(new Set(other.tickets.map((t) => t.ruleset.id))).toEqual(new Set([office]));
    }
  });

  it('moves only deadlines whose counting crosses a day the notice changes (none before Thu 2026-12-31)', () => {
    for (const t of r.tickets) {
      for (const m of t.moves) {
        const lo = [m.before.dueDate, m.after.dueDate].sort()[0]!;
        expect(lo >= '2026-12-31', `${t.ticketId} ${m.obligation}`).toBe(true);
        expect(m.workdays).not.toBe(0);
        expect(Math.sign(m.workdays)).toBe(Math.sign(m.days));
      }
    }
  });

  it('agrees with decide() on the json-rules-engine path for a sample of changed tickets', async () => {
    const byId = new Map(tickets.map((t) => [t.id, t]));
    const withAdded = r.tickets.filter((x) => x.added.length + x.removed.length > 0);
    // seed 15: two tickets whose redo deadlines change levels (one under each level's rule).
    expect(withAdded.length).toBeGreaterThan(0);
    for (const t of [...withAdded, ...r.tickets.filter((x) => x.moves.length > 0).slice(0, 25)]) {
      const ticket = byId.get(t.ticketId)!;
      const [a, b] = await Promise.all([
        decide(catalog, before, ticket, { asOf, trace: false, explain: false }),
        decide(catalog, after, ticket, { asOf, trace: false, explain: false }),
      ]);
      for (const m of t.moves) {
        expect(a.deadlines[m.index.before]).toMatchObject({
          ruleId: m.ruleId,
          dueDate: m.before.dueDate,
          status: m.before.status,
        });
        expect(b.deadlines[m.index.after]).toMatchObject({
          ruleId: m.ruleId,
          dueDate: m.after.dueDate,
          status: m.after.status,
        });
      }
      for (const d of t.added) expect(b.deadlines[d.index]).toMatchObject({ ruleId: d.ruleId, dueDate: d.dueDate });
      for (const d of t.removed) expect(a.deadlines[d.index]).toMatchObject({ ruleId: d.ruleId, dueDate: d.dueDate });
      expect([a.provisional, b.provisional]).toEqual([t.provisional.before, t.provisional.after]);
    }
  }, 60_000);
});
