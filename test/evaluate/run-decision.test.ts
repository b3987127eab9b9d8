/**
 * The json-rules-engine path judges a decision in one run (run-decision.ts): the ticket types,
 * then the effects once the deadlines are counted, plus one trigger run per judged revisit.
 */
import { Engine } from 'json-rules-engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../engine/evaluate/evaluate.ts';
import { enginesFor } from '../../engine/evaluate/rules-engine.ts';
import { runDecision } from '../../engine/evaluate/run-decision.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';

const calendar = loadCalendar();
const ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
const base: Ticket = {
  id: 'SS-2025-0930-401',
  received: '2025-09-30T08:30:00+08:00',
  dispatched: '2025-09-30T09:00:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
};

afterEach(() => vi.restoreAllMocks());

describe('one json-rules-engine run per decision', () => {
  it('a ticket without revisits: one run, the ticket types judged before the effects', async () => {
    const run = vi.spyOn(Engine.prototype, 'run');
    const d = await evaluate(ruleset, calendar, base, { asOf: '2025-10-10T12:00:00+08:00', path: 'engine' });
    expect(run).toHaveBeenCalledTimes(1);
    // The trace keeps the phases' order: every ticket type, then the reminders and notifications.
    const kinds = d.trace!.map((t) => t.kind);
    const lastType = kinds.lastIndexOf('ticketType');
    expect(lastType).toBe(ruleset.ticketTypes.length - 1);
    expect(kinds.slice(lastType + 1).every((k) => k === 'reminder' || k === 'notification')).toBe(true);
  });
  it('one more run per judged revisit (the escalation trigger)', async () => {
    const run = vi.spyOn(Engine.prototype, 'run');
    const ticket: Ticket = {
      ...base,
      completed: '2025-10-14T16:00:00+08:00',
      revisits: [
        { at: '2025-10-22T10:00:00+08:00', result: '不满意', resolved: false, level: 'town' },
        { at: '2025-10-28T10:00:00+08:00', result: '不满意', resolved: false, level: 'town' },
      ],
    };
    const d = await evaluate(ruleset, calendar, ticket, { asOf: '2025-10-29T11:00:00+08:00', path: 'engine' });
    expect(run).toHaveBeenCalledTimes(3);
    expect(d.escalation?.level).toBeGreaterThan(0);
  });
  it('calls `between` once with the ticket types’ trace, and effects see the facts it wrote', async () => {
    const e = enginesFor(ruleset);
    const facts = { channel: 'hotline', urgency: '一般', tags: [], accepted: true, completed: false } as Record<
      string,
      unknown
    >;
    const seen: number[] = [];
    const answer = await runDecision(e, facts as never, (classify) => {
      seen.push(classify.length);
      facts.ticketType = 'normal';
      facts.isDueSoon = true;
      facts.overdueObligations = [];
    });
    expect(seen).toEqual([ruleset.ticketTypes.length]);
    expect(answer.classify.map((t) => t.ruleId)).toEqual(ruleset.ticketTypes.map((t) => t.id));
    // The due-soon reminder reads isDueSoon, known only after `between`: it fired.
    const dueSoon = ruleset.reminders.find((r) => JSON.stringify(r.when).includes('isDueSoon'));
    expect(dueSoon).toBeDefined();
    expect(answer.effects.find((t) => t.ruleId === dueSoon!.id)?.fired).toBe(true);
  });
  it('an error between the phases rejects the decision (nothing half-made)', async () => {
    const e = enginesFor(ruleset);
    await expect(
      runDecision(e, { channel: 'hotline', tags: [] } as never, () => {
        throw new Error('no ticket type');
      }),
    ).rejects.toThrow('no ticket type');
  });
});
