import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { evaluate } from '../../engine/evaluate/evaluate.ts';
import type { Decision, Ticket } from '../../engine/evaluate/types.ts';
import { explainDecision } from '../../engine/explain/explain-decision.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import type { RevisitEscalationRule, Ruleset } from '../../engine/rules/types.ts';

// Hand-worked decisions under the shipped Sheshan rules (rules/sheshan-12345/2025-04-14) on the
// official calendar (rules/calendars/cn-mainland.yaml). Every date below is counted by hand.

let ruleset: Ruleset;
let calendar: Calendar;
beforeAll(() => {
  const catalog = loadCatalog();
  expect(catalog.diagnostics).toEqual([]);
  ruleset = catalog.rulesets['sheshan-12345']![0]!;
  calendar = loadCalendar();
});

const base: Ticket = {
  id: 'SS-2025-0931',
  received: '2025-09-30T09:00:00+08:00',
  dispatched: '2025-09-30T09:30:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
};

const run = (t: Ticket, asOf: string) => evaluate(ruleset, calendar, t, { asOf });
const dl = (d: Decision, obligation: string) => d.deadlines.filter((x) => x.obligation === obligation).at(-1);

describe('normal ticket accepted Tue 2025-09-30 10:00, across National Day 2025', () => {
  it('counts 1/5/7 working days (3.1) and the 24-hour return window (4.2)', async () => {
    const d = await run(base, '2025-10-09T09:00:00+08:00');
    expect(d.ticketType).toMatchObject({ id: 'normal', clause: '3.1', alsoMatched: [] });
    // 10-01..10-08 off (国庆节、中秋节). Working days after 09-30: 10-09 Thu (1), 10-10 Fri (2),
    // 10-11 Sat make-up (3), 10-13 Mon (4), 10-14 Tue (5), 10-15 Wed (6), 10-16 Thu (7).
    expect(dl(d, 'firstContact')).toMatchObject({
      dueDate: '2025-10-09',
      dueAt: '2025-10-10T00:00:00+08:00',
      clause: '3.1',
    });
    expect(dl(d, 'complete')).toMatchObject({
      dueDate: '2025-10-14',
      dueAt: '2025-10-15T00:00:00+08:00',
      status: 'pending',
    });
    expect(dl(d, 'revisit')).toMatchObject({ dueDate: '2025-10-16' });
    // 24 clock hours from 09-30 10:00 (4.2, interpretation 4) → 10-01 10:00, a holiday, which does not matter for hours.
    expect(dl(d, 'returnRequest')).toMatchObject({
      dueAt: '2025-10-01T10:00:00+08:00',
      clause: '4.2',
      status: 'lapsed',
    });
    // Dispatch (4.1): 1 working day from received 09-30 → 10-09; dispatched 09-30 09:30 → met.
    expect(dl(d, 'dispatch')).toMatchObject({ dueDate: '2025-10-09', status: 'met' });
    expect(d.provisional).toBe(false);
    expect(d.ruleset).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    expect(d.ruleset.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(d.decisionId).toMatch(/^dec_[0-9a-f]{16}$/);
    // Same ticket, rules and asOf → same id; another asOf → another id.
    expect((await run(base, '2025-10-09T09:00:00+08:00')).decisionId).toBe(d.decisionId);
    expect((await run(base, '2025-10-09T09:00:01+08:00')).decisionId).not.toBe(d.decisionId);
  });

  it('is due-soon in the last 3 working days (4.5) and names the reminder', async () => {
    // asOf Mon 10-13: working days left after 10-13 up to 10-14 = 1 (< 3) → due-soon.
    const soon = await run(base, '2025-10-13T09:00:00+08:00');
    expect(dl(soon, 'complete')?.status).toBe('due-soon');
    expect(soon.reminders.map((r) => r.trigger)).toContain('due-soon');
    // asOf Thu 10-09: 10-10, 10-11, 10-13, 10-14 left = 4 → not yet.
    const early = await run(base, '2025-10-09T09:00:00+08:00');
    expect(dl(early, 'complete')?.status).toBe('pending');
    expect(early.reminders.map((r) => r.trigger)).not.toContain('due-soon');
  });

  it('is overdue from Wed 10-15 00:00 and met when completed on 10-14', async () => {
    expect(dl(await run(base, '2025-10-15T00:00:00+08:00'), 'complete')?.status).toBe('overdue');
    const done = await run({ ...base, completed: '2025-10-14T23:59:00+08:00' }, '2025-10-20T09:00:00+08:00');
    expect(dl(done, 'complete')).toMatchObject({ status: 'met', doneAt: '2025-10-14T23:59:00+08:00' });
    const late = await run({ ...base, completed: '2025-10-15T08:00:00+08:00' }, '2025-10-20T09:00:00+08:00');
    expect(dl(late, 'complete')?.status).toBe('late');
  });

  it('ignores events after asOf (the decision sees what an officer saw then)', async () => {
    const d = await run({ ...base, completed: '2025-10-14T16:00:00+08:00' }, '2025-10-13T09:00:00+08:00');
    expect(dl(d, 'complete')).toMatchObject({ status: 'due-soon', doneAt: null });
  });
});

describe('urgent ticket accepted Sat 2026-02-14 20:00 (a make-up working day before Spring Festival)', () => {
  const urgent: Ticket = {
    ...base,
    id: 'SS-2026-0214',
    received: '2026-02-14T19:30:00+08:00',
    dispatched: '2026-02-14T19:40:00+08:00',
    accepted: '2026-02-14T20:00:00+08:00',
    urgency: '紧急',
  };
  it('must be complete within 20 clock hours (3.2.1) and may be returned only within 1 hour (3.2.5)', async () => {
    const d = await run(urgent, '2026-02-14T20:30:00+08:00');
    expect(d.ticketType.id).toBe('urgent');
    // 20 hours from 02-14 20:00 → 02-15 16:00 (hours run through the holiday).
    expect(dl(d, 'complete')).toMatchObject({ dueAt: '2026-02-15T16:00:00+08:00', clause: '3.2.1' });
    const ret = d.actions.return!;
    expect(ret).toMatchObject({
      clause: '3.2.5',
      allowedNow: true,
      windowEndsAt: '2026-02-14T21:00:00+08:00',
      formRequired: false,
    });
    expect(ret.approvalChain).toEqual(['centerHead']);
    const after = await run(urgent, '2026-02-14T21:00:01+08:00');
    expect(after.actions.return?.allowedNow).toBe(false);
  });
});

describe('escalation (2.4): revisits unsatisfied at the 5th and 7th working day', () => {
  // Accepted 09-30; 5th working day 10-14 (see above), 7th 10-16.
  const first = { at: '2025-10-14T15:00:00+08:00', result: '不满意' as const, resolved: false, level: 'town' as const };
  const second = {
    at: '2025-10-16T15:00:00+08:00',
    result: '不满意' as const,
    resolved: false,
    level: 'town' as const,
  };
  it('is level 1 (城运中心信息员) with a redo due 2 working days after the revisit', async () => {
    const d = await run(
      { ...base, completed: '2025-10-13T17:00:00+08:00', revisits: [first] },
      '2025-10-14T16:00:00+08:00',
    );
    // Revisit Tue 10-14; +2 working days: Wed 10-15 (1), Thu 10-16 (2) → redo due 10-16 24:00.
    expect(d.escalation).toMatchObject({
      level: 1,
      supervisor: 'centerInformationOfficer',
      workdaysAtRevisit: 5,
      redoDueDate: '2025-10-16',
      redoDueAt: '2025-10-17T00:00:00+08:00',
    });
    expect(d.escalation?.supervisorName.zh).toBe('城运中心信息员');
  });
  it('is level 2 (城运中心负责人) when the next revisit is again unsatisfied', async () => {
    const d = await run(
      { ...base, completed: '2025-10-13T17:00:00+08:00', revisits: [first, second] },
      '2025-10-16T16:00:00+08:00',
    );
    // Revisit Thu 10-16 = 7th working day → level 2; redo: Fri 10-17 (1), Mon 10-20 (2).
    expect(d.escalation).toMatchObject({
      level: 2,
      supervisor: 'centerHead',
      workdaysAtRevisit: 7,
      redoDueDate: '2025-10-20',
    });
    expect(d.deadlines.filter((x) => x.obligation === 'redo')).toHaveLength(2);
  });
  it('ends when a later revisit is satisfied', async () => {
    const ok = { at: '2025-10-20T10:00:00+08:00', result: '满意' as const, resolved: true, level: 'town' as const };
    const d = await run(
      { ...base, completed: '2025-10-13T17:00:00+08:00', revisits: [first, second, ok] },
      '2025-10-21T09:00:00+08:00',
    );
    expect(d.escalation).toBeNull();
  });
});

describe('first contact (4.3): three unanswered double calls at least 1 hour apart', () => {
  const at = (hm: string) => ({ at: `2025-10-09T${hm}:00+08:00`, answered: false });
  it('09:00, 10:00 and 11:30 satisfy it (10:00 is exactly 60 minutes after 09:00: 以上 includes it)', async () => {
    const d = await run({ ...base, contacts: [at('09:00'), at('10:00'), at('11:30')] }, '2025-10-09T12:00:00+08:00');
    expect(d.checks.firstContact).toMatchObject({ satisfied: true, how: 'unanswered-attempts', clause: '4.3' });
    expect(dl(d, 'firstContact')).toMatchObject({ status: 'met', doneAt: '2025-10-09T11:30:00+08:00' });
  });
  it('09:00, 09:50 and 11:00 do not (09:50 is 50 minutes after 09:00, so only 09:00 and 11:00 count)', async () => {
    const d = await run({ ...base, contacts: [at('09:00'), at('09:50'), at('11:00')] }, '2025-10-09T12:00:00+08:00');
    expect(d.checks.firstContact).toMatchObject({ satisfied: false, how: null });
    expect(d.checks.firstContact?.calls).toEqual(['2025-10-09T09:00:00+08:00', '2025-10-09T11:00:00+08:00']);
  });
  it('one answered double call is enough', async () => {
    const d = await run(
      { ...base, contacts: [{ at: '2025-09-30T14:00:00+08:00', answered: true }] },
      '2025-10-09T12:00:00+08:00',
    );
    expect(d.checks.firstContact).toMatchObject({ satisfied: true, how: 'answered' });
  });
});

describe('explanations', () => {
  it('read like an officer’s note, in Chinese by default and English on request', async () => {
    const d = await run(base, '2025-10-09T09:00:00+08:00');
    const zh = explainDecision(d);
    expect(zh).toContain('依据第三条第（一）项，按普通工单办理');
    expect(zh).toContain('国庆节、中秋节假期10月1日至10月8日不计');
    expect(zh).toContain('10月11日（星期六）国庆节、中秋节调休上班计入');
    expect(zh).toContain('第5个工作日为10月14日（星期二），截止10月14日 24时');
    const en = explainDecision(d, 'en');
    expect(en).toContain('under clause 3.1');
    expect(en).toContain('5 workdays from acceptance');
  });

  it('a period in hours written in English (`20 hours`) is explained at its hour, not as 24时', async () => {
    // Urgent: accepted 09-30 10:00 + 20 h = 10-01 06:00; completed 10-01 05:00 → met.
    const d = await run(
      { ...base, urgency: '紧急', accepted: '2025-09-30T10:00:00+08:00', completed: '2025-10-01T05:00:00+08:00' },
      '2025-10-01T08:00:00+08:00',
    );
    const complete = d.deadlines.find((x) => x.obligation === 'complete')!;
    expect(complete.dueAt).toBe('2025-10-01T06:00:00+08:00');
    // The same limit as a rule set written in English would state it.
    const english: Decision = {
      ...d,
      deadlines: d.deadlines.map((x) => (x === complete ? { ...x, period: '20 hours' } : x)),
    };
    const zh = explainDecision(english);
    expect(zh).toContain('办结（依据第三条第（二）项第1目）：期限10月1日 06:00，');
    expect(zh).not.toContain('期限2025-10-01 24时');
  });
});

describe('the decision names other matching types by the rule set’s names (finding E)', () => {
  it('an urgent threat ticket: zh and en name the threat and normal types, not their ids', async () => {
    const d = await run({ ...base, urgency: '紧急', tags: ['扬言'] }, '2025-09-30T11:00:00+08:00');
    expect(d.ticketType.alsoMatched).toEqual(['threat', 'normal']);
    expect(d.ticketType.alsoMatchedNames).toEqual([
      { zh: '扬言工单', en: 'Threat ticket' },
      { zh: '普通工单', en: 'Normal ticket' },
    ]);
    const zh = explainDecision(d, 'zh');
    const en = explainDecision(d, 'en');
    expect(zh).toContain('（同时符合：扬言工单、普通工单，按优先顺序取紧急/次紧急工单）');
    expect(en).toContain(
      '(also matches: “Threat ticket”, “Normal ticket”; “Urgent or sub-urgent ticket” takes precedence)',
    );
    expect(en).not.toMatch(/also matches[^.]*\bnormal\b/);
    expect(zh).not.toContain('urgent');
  });
});

describe('the decision lists the open-reading settings that applied, from the rule set', () => {
  it('the shipped readings, and a changed reading shows in the decision', async () => {
    const d = await run(base, '2025-10-09T09:00:00+08:00');
    expect(d.settings).toEqual({
      escalationMode: (ruleset.escalation as RevisitEscalationRule | undefined)?.mode,
      thresholdsFollowExtension: true,
      cityRevisitGoverns: true,
      extensionGrant: 'requested-days',
      extensionAlsoMoves: ['revisit'],
      reviewBlocksCompletion: true,
      naturalDayEndOnHoliday: 'keep',
      dueSoon: '3个工作日',
    });
    // An urgent ticket has no extension rule: no extension settings.
    const u = await run({ ...base, urgency: '紧急' }, '2025-09-30T11:00:00+08:00');
    expect(u.settings).not.toHaveProperty('extensionGrant');
    // Derived, not fixed: another reading of the same rule set shows in the decision.
    const other: Ruleset = {
      ...ruleset,
      escalation: { ...(ruleset.escalation as RevisitEscalationRule), mode: 'elapsed-workdays' },
      extensions: ruleset.extensions.map((e) => ({ ...e, grant: 'full-cap' as const })),
      settings: { ...ruleset.settings, dueSoon: { period: '3个自然日' } },
    };
    const o = await evaluate(other, calendar, base, { asOf: '2025-10-09T09:00:00+08:00' });
    expect(o.settings).toMatchObject({
      escalationMode: 'elapsed-workdays',
      extensionGrant: 'full-cap',
      dueSoon: '3个自然日',
    });
  });
});
