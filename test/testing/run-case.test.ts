import { describe, expect, it } from 'vitest';
import { HotlineError } from '../../engine/errors.ts';
import type { Decision, Ticket } from '../../engine/evaluate/types.ts';
import { runCase, runCases } from '../../engine/testing/run-case.ts';
import type { TicketCase } from '../../engine/testing/types.ts';

const ticket: Ticket = {
  id: 'SS-1',
  received: '2025-09-30T08:30:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
};

const testCase: TicketCase = {
  name: '普通工单',
  clauses: ['3.1'],
  file: 'fixtures/tickets/x.yaml',
  line: 3,
  col: 3,
  asOf: '2025-10-01T00:00:00+08:00',
  ticket,
  expect: { ticketType: 'normal', escalation: null },
};

/** Just enough of a decision for the expectation above. */
function decisionFor(type: 'normal' | 'urgent'): Decision {
  return {
    ticketType: { id: type, name: { zh: '', en: '' }, clause: '3.1', ruleId: type, alsoMatched: [] },
    escalation: null,
  } as unknown as Decision;
}

describe('runCase', () => {
  it('passes the ticket and asOf to the injected decide function', async () => {
    const calls: [Ticket, string][] = [];
    const result = await runCase(testCase, (t, asOf) => {
      calls.push([t, asOf]);
      return decisionFor('normal');
    });
    expect(calls).toEqual([[ticket, '2025-10-01T00:00:00+08:00']]);
    expect(result).toEqual({ name: '普通工单', file: 'fixtures/tickets/x.yaml', line: 3, passed: true, diffs: [] });
  });

  it('accepts an async decide function and reports differences', async () => {
    const result = await runCase(testCase, async () => decisionFor('urgent'));
    expect(result.passed).toBe(false);
    expect(result.diffs).toEqual([{ path: 'ticketType', expected: 'normal', actual: 'urgent' }]);
  });

  it('fails a case whose decision throws, with the error', async () => {
    const result = await runCase(testCase, () => {
      throw new HotlineError('RULESET_NOT_FOUND', { zh: '没有适用的规则版本', en: 'no rule-set version in force' });
    });
    expect(result.passed).toBe(false);
    expect(result.error).toBe('RULESET_NOT_FOUND: no rule-set version in force');
    expect(result.diffs).toEqual([{ path: '(decision)', expected: 'a decision', actual: result.error }]);
  });

  it('runCases keeps the order of the cases', async () => {
    const results = await runCases([testCase, { ...testCase, name: '第二个' }], () => decisionFor('normal'));
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['普通工单', true],
      ['第二个', true],
    ]);
  });
});
