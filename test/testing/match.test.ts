import { describe, expect, it } from 'vitest';
import type { Decision, DecisionDeadline } from '../../engine/evaluate/types.ts';
import { matchDecision } from '../../engine/testing/match.ts';

const text = { zh: '', en: '' };

function deadline(
  obligation: DecisionDeadline['obligation'],
  dueDate: string,
  extra: Partial<DecisionDeadline> = {},
): DecisionDeadline {
  const next = new Date(`${dueDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return {
    obligation,
    ruleId: `r.${obligation}`,
    clause: '3.1',
    responsible: 'unit',
    from: 'accepted',
    fromAt: '2025-09-30T10:00:00+08:00',
    period: '5个工作日',
    dueDate,
    dueAt: `${next.toISOString().slice(0, 10)}T00:00:00+08:00`,
    status: 'pending',
    doneAt: null,
    remainingMs: 1,
    remainingWorkdays: 3,
    provisional: false,
    explanation: text,
    ...extra,
  };
}

/** A hand-built decision: normal ticket accepted 2025-09-30 10:00, one unsatisfied revisit, two redos. */
function decision(over: Partial<Decision> = {}): Decision {
  return {
    decisionId: 'dec_1',
    ticketId: 'SS-1',
    nextChangeAt: null,
    asOf: '2025-10-16T11:00:00+08:00',
    ruleset: { id: 'sheshan-12345', version: '2025', revision: 'abc' },
    calendar: { id: 'cn-mainland', revision: 'def' },
    counting: { startDayCounted: false, naturalDayEndOnHoliday: 'keep', strict: false },
    settings: {
      escalationMode: 'ladder',
      thresholdsFollowExtension: true,
      cityRevisitGoverns: true,
      naturalDayEndOnHoliday: 'keep',
      dueSoon: '3个工作日',
    },
    provisional: false,
    ticketType: {
      id: 'normal',
      name: text,
      clause: '3.1',
      ruleId: 'normal',
      alsoMatched: ['difficult'],
      alsoMatchedNames: [text],
    },
    deadlines: [
      deadline('firstContact', '2025-10-09', { status: 'met', doneAt: '2025-10-09T09:00:00+08:00' }),
      deadline('complete', '2025-10-14', { status: 'met' }),
      deadline('redo', '2025-10-16', { status: 'met' }),
      deadline('redo', '2025-10-20', { status: 'pending' }),
    ],
    escalation: {
      level: 2,
      supervisor: 'centerHead',
      supervisorName: text,
      clause: '2.4',
      ruleId: 'escalation',
      revisitAt: '2025-10-16T10:00:00+08:00',
      workdaysAtRevisit: 7,
      mode: 'ladder',
      previousLevel: 1,
      thresholdShift: 0,
      redoPeriod: '2个工作日',
      redoDueAt: '2025-10-21T00:00:00+08:00',
      redoDueDate: '2025-10-20',
    },
    reminders: [{ ruleId: 'remind.due-soon', clause: '4.5', trigger: 'due-soon', methods: ['phone'], message: text }],
    actions: {
      return: {
        ruleId: 'return.normal',
        clause: '4.2',
        allowedNow: false,
        reason: text,
        windowEndsAt: '2025-10-01T10:00:00+08:00',
        applicant: 'unitHead',
        approvalChain: ['unitHead', 'townLeaderInCharge'],
        filing: [],
        escalated: false,
        formRequired: true,
        requiredFields: ['reason', 'basis', 'suggestedAssignee'],
        missingFields: [],
        prerequisites: [],
      },
      extension: null,
    },
    checks: {
      firstContact: {
        ruleId: 'fc',
        clause: '4.3',
        satisfied: true,
        how: 'answered',
        calls: ['2025-10-09T09:00:00+08:00'],
        reason: text,
      },
      closingReport: {
        ruleId: 'review',
        clause: '4.6',
        passed: false,
        resubmissionRequired: true,
        failed: [
          { n: 4, field: 'siteInspectionGenuine', name: text, reason: text },
          { n: 8, field: 'replyFormatCompliant', name: text, reason: text },
        ],
      },
    },
    notifications: [
      { ruleId: 'notify.threat', clause: '3.2.2', to: ['peaceOffice'], timing: 'immediately', message: text },
      {
        ruleId: 'notify.daily',
        clause: '2.5',
        to: ['centerHead', 'townLeaderInCharge'],
        timing: 'daily',
        message: text,
      },
    ],
    warnings: [text],
    trace: [],
    ...over,
  };
}

describe('matchDecision', () => {
  it('passes when every written field matches, ignoring the rest', () => {
    expect(
      matchDecision(
        {
          ticketType: 'normal',
          provisional: false,
          deadlines: { complete: { dueDate: '2025-10-14', dueAt: '2025-10-15T00:00:00+08:00', status: 'met' } },
          escalation: { level: 2, supervisor: 'centerHead', redoDueDate: '2025-10-20' },
          reminders: ['due-soon'],
          actions: { return: { allowedNow: false, approvalChain: ['townLeaderInCharge'] }, extension: null },
          checks: { firstContact: { satisfied: true }, closingReport: { passed: false, failed: [4, 8] } },
          notifications: ['peaceOffice', '2.5'],
          warnings: 1,
        },
        decision(),
      ),
    ).toEqual([]);
  });

  it('an empty expectation matches anything', () => {
    expect(matchDecision({}, decision())).toEqual([]);
  });

  it('reports a wrong scalar with its path, expected and actual', () => {
    expect(matchDecision({ ticketType: 'urgent', provisional: true }, decision())).toEqual([
      { path: 'ticketType', expected: 'urgent', actual: 'normal' },
      { path: 'provisional', expected: true, actual: false },
    ]);
  });

  it('ticketType as an object matches id and alsoMatched', () => {
    expect(matchDecision({ ticketType: { id: 'normal', alsoMatched: ['difficult'] } }, decision())).toEqual([]);
    expect(matchDecision({ ticketType: { alsoMatched: ['threat'] } }, decision())).toEqual([
      { path: 'ticketType.alsoMatched', expected: 'threat', actual: ['difficult'] },
    ]);
  });

  describe('deadlines', () => {
    it('are matched by obligation', () => {
      expect(matchDecision({ deadlines: { complete: { dueDate: '2025-10-15', status: 'late' } } }, decision())).toEqual(
        [
          { path: 'deadlines.complete.dueDate', expected: '2025-10-15', actual: '2025-10-14' },
          { path: 'deadlines.complete.status', expected: 'late', actual: 'met' },
        ],
      );
    });

    it('use the last deadline when an obligation appears several times (redo)', () => {
      expect(matchDecision({ deadlines: { redo: { dueDate: '2025-10-20', status: 'pending' } } }, decision())).toEqual(
        [],
      );
      expect(matchDecision({ deadlines: { redo: { dueDate: '2025-10-16' } } }, decision())).toEqual([
        { path: 'deadlines.redo.dueDate', expected: '2025-10-16', actual: '2025-10-20' },
      ]);
    });

    it('report a missing obligation, and `null` demands its absence', () => {
      expect(matchDecision({ deadlines: { revisit: { dueDate: '2025-10-16' }, review: null } }, decision())).toEqual([
        { path: 'deadlines.revisit', expected: { dueDate: '2025-10-16' }, actual: null },
      ]);
      expect(matchDecision({ deadlines: { complete: null } }, decision())).toEqual([
        {
          path: 'deadlines.complete',
          expected: null,
          actual: { dueDate: '2025-10-14', dueAt: '2025-10-15T00:00:00+08:00', status: 'met' },
        },
      ]);
    });

    it('compare instants as instants, whatever their spelling', () => {
      expect(
        matchDecision(
          {
            deadlines: {
              complete: { dueAt: '2025-10-15T00:00+08:00' },
              firstContact: { doneAt: '2025-10-09T01:00:00Z' },
            },
          },
          decision(),
        ),
      ).toEqual([]);
      expect(
        matchDecision({ deadlines: { complete: { dueAt: '2025-10-15T00:00:01+08:00' } } }, decision()),
      ).toHaveLength(1);
    });

    it('`doneAt: null` means not done', () => {
      expect(matchDecision({ deadlines: { redo: { doneAt: null } } }, decision())).toEqual([]);
      expect(matchDecision({ deadlines: { firstContact: { doneAt: null } } }, decision())).toEqual([
        { path: 'deadlines.firstContact.doneAt', expected: null, actual: '2025-10-09T09:00:00+08:00' },
      ]);
    });
  });

  describe('escalation', () => {
    it('null expects no escalation', () => {
      expect(matchDecision({ escalation: null }, decision({ escalation: null }))).toEqual([]);
      expect(matchDecision({ escalation: null }, decision())).toEqual([
        {
          path: 'escalation',
          expected: null,
          actual: { level: 2, supervisor: 'centerHead', redoDueDate: '2025-10-20' },
        },
      ]);
    });

    it('an object expects an escalation with those fields', () => {
      expect(matchDecision({ escalation: { level: 1 } }, decision({ escalation: null }))).toEqual([
        { path: 'escalation', expected: { level: 1 }, actual: null },
      ]);
      expect(matchDecision({ escalation: { level: 1, supervisor: 'centerInformationOfficer' } }, decision())).toEqual([
        { path: 'escalation.level', expected: 1, actual: 2 },
        { path: 'escalation.supervisor', expected: 'centerInformationOfficer', actual: 'centerHead' },
      ]);
    });
  });

  describe('lists are sets of the given items', () => {
    it('every given item must be present, in any order', () => {
      expect(matchDecision({ notifications: ['2.5', 'peaceOffice'] }, decision())).toEqual([]);
      expect(matchDecision({ notifications: ['principalLeader'] }, decision())).toEqual([
        {
          path: 'notifications',
          expected: 'principalLeader',
          actual: [
            { clause: '3.2.2', to: ['peaceOffice'], timing: 'immediately' },
            { clause: '2.5', to: ['centerHead', 'townLeaderInCharge'], timing: 'daily' },
          ],
        },
      ]);
    });

    it('items may be partial objects', () => {
      expect(matchDecision({ notifications: [{ to: ['townLeaderInCharge'], timing: 'daily' }] }, decision())).toEqual(
        [],
      );
      expect(matchDecision({ notifications: [{ to: ['peaceOffice'], timing: 'daily' }] }, decision())).toHaveLength(1);
      expect(matchDecision({ reminders: [{ trigger: 'due-soon', methods: ['phone'] }] }, decision())).toEqual([]);
    });

    it('`{ not: x }` demands absence', () => {
      expect(matchDecision({ reminders: [{ not: 'media-exposed' }] }, decision())).toEqual([]);
      expect(matchDecision({ reminders: [{ not: 'due-soon' }] }, decision())).toEqual([
        { path: 'reminders', expected: { not: 'due-soon' }, actual: 'due-soon' },
      ]);
      expect(matchDecision({ checks: { closingReport: { failed: [4, { not: 6 }] } } }, decision())).toEqual([]);
    });

    it('`[]` demands an empty list', () => {
      expect(matchDecision({ reminders: [] }, decision({ reminders: [] }))).toEqual([]);
      expect(matchDecision({ reminders: [] }, decision())).toEqual([
        { path: 'reminders', expected: [], actual: ['due-soon'] },
      ]);
      expect(matchDecision({ actions: { return: { missingFields: [] } } }, decision())).toEqual([]);
      expect(matchDecision({ checks: { closingReport: { failed: [] } } }, decision())).toEqual([
        { path: 'checks.closingReport.failed', expected: [], actual: [4, 8] },
      ]);
    });

    it('nested scalar lists (approval chains, fields) use the same rule', () => {
      expect(matchDecision({ actions: { return: { approvalChain: ['principalLeader'] } } }, decision())).toEqual([
        {
          path: 'actions.return.approvalChain',
          expected: 'principalLeader',
          actual: ['unitHead', 'townLeaderInCharge'],
        },
      ]);
      expect(matchDecision({ actions: { return: { requiredFields: ['basis', 'reason'] } } }, decision())).toEqual([]);
    });
  });

  it('actions and checks: null vs object', () => {
    expect(matchDecision({ actions: { extension: { allowedNow: true } } }, decision())).toEqual([
      { path: 'actions.extension', expected: { allowedNow: true }, actual: null },
    ]);
    expect(matchDecision({ actions: { return: null } }, decision())).toEqual([
      { path: 'actions.return', expected: null, actual: { allowedNow: false, ruleId: 'return.normal' } },
    ]);
    const none = decision({ checks: { firstContact: null, closingReport: null } });
    expect(matchDecision({ checks: { firstContact: null, closingReport: null } }, none)).toEqual([]);
    expect(matchDecision({ checks: { closingReport: { passed: true } } }, none)).toEqual([
      { path: 'checks.closingReport', expected: { passed: true }, actual: null },
    ]);
    expect(matchDecision({ checks: { firstContact: { satisfied: false, how: null } } }, decision())).toEqual([
      { path: 'checks.firstContact.satisfied', expected: false, actual: true },
      { path: 'checks.firstContact.how', expected: null, actual: 'answered' },
    ]);
  });

  it('warnings: a count or a range', () => {
    expect(matchDecision({ warnings: 0 }, decision())).toEqual([{ path: 'warnings', expected: 0, actual: 1 }]);
    expect(matchDecision({ warnings: { min: 1 } }, decision())).toEqual([]);
    expect(matchDecision({ warnings: { min: 2, max: 3 } }, decision())).toEqual([
      { path: 'warnings', expected: { min: 2, max: 3 }, actual: 1 },
    ]);
  });
});
