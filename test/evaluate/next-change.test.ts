import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../../engine/calendar/instant.ts';
import type { DecisionCore } from '../../engine/evaluate/core-types.ts';
import { evaluateCoreSync } from '../../engine/evaluate/decide-core.ts';
import { evaluateSync } from '../../engine/evaluate/evaluate.ts';
import { renderDecision, renderWarnings } from '../../engine/evaluate/render-decision.ts';
import { sameCore } from '../../engine/evaluate/same-core.ts';
import { ticketView, timelineOf } from '../../engine/evaluate/timeline.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { loadCases } from '../../engine/testing/index.ts';
import { generatedAtStages } from './generated-stages.ts';
import { stableKey } from './stable-key.ts';
import { ticketArb } from './ticket-arbitrary.ts';

const OFFICES = 'test/fixtures/rules/offices';
const catalog = loadCatalog([OFFICES, RULES_DIR]);
const calendar = loadCalendar();
const sheshan = catalog.rulesets['sheshan-12345']![0]!;

/** The decision of the ticket as it stood at `asOf` (no later event), decided at `at`. */
function at(ruleset: Ruleset, ticket: Ticket, asOf: string, when: number) {
  const frozen = ticketView(ticket, timelineOf(ticket, parseInstant(asOf)));
  return evaluateSync(ruleset, calendar, frozen, { asOf: formatInstant(when), explain: false, trace: false });
}

/** nextChangeAt's promise: the same decision up to 1 ms before it, a different one at it; null: the same a year on. */
function checkNextChange(ruleset: Ruleset, ticket: Ticket, asOf: string): 'changes' | 'never' {
  const d = evaluateSync(ruleset, calendar, ticket, { asOf, explain: false, trace: false });
  const key = stableKey(d);
  if (d.nextChangeAt === null) {
    for (const days of [1, 30, 400]) {
      expect(stableKey(at(ruleset, ticket, asOf, parseInstant(asOf) + days * 86_400_000))).toBe(key);
    }
    return 'never';
  }
  const next = parseInstant(d.nextChangeAt);
  expect(next).toBeGreaterThan(parseInstant(asOf));
  expect(stableKey(at(ruleset, ticket, asOf, next - 1))).toBe(key);
  expect(stableKey(at(ruleset, ticket, asOf, next))).not.toBe(key);
  return 'changes';
}

describe('nextChangeAt', () => {
  // A normal ticket accepted Tue 2025-09-30 10:00, first contact made at 11:00. Its completion
  // limit (3.1, 5个工作日) skips the National Day holiday 10-01…10-08 and counts the make-up
  // working Saturday 10-11: 10-09, 10-10, 10-11, 10-13, 10-14 → due 10-14 24:00. Due-soon (4.5,
  // fewer than 3 working days left) starts at 00:00 of Sat 10-11: on 10-10 three are left (10-11,
  // 10-13, 10-14), on 10-11 two. The return window (24小时) closed at 10-01 10:00, before asOf.
  const ticket: Ticket = {
    id: 'NC-1',
    received: '2025-09-30T09:00:00+08:00',
    dispatched: '2025-09-30T09:30:00+08:00',
    accepted: '2025-09-30T10:00:00+08:00',
    channel: 'hotline',
    urgency: '一般',
    tags: [],
    contacts: [{ at: '2025-09-30T11:00:00+08:00', answered: true }],
  };

  it('a quiet ticket next changes when due-soon starts (Sat 10-11, a make-up working day)', () => {
    const d = evaluateSync(sheshan, calendar, ticket, { asOf: '2025-10-01T12:00:00+08:00' });
    expect(d.nextChangeAt).toBe('2025-10-11T00:00:00+08:00');
    expect(d.deadlines.find((x) => x.obligation === 'complete')?.status).toBe('pending');
  });

  it('then when the completion deadline and the extension window (5个工作日, also 10-14) end', () => {
    const d = evaluateSync(sheshan, calendar, ticket, { asOf: '2025-10-11T00:00:00+08:00' });
    expect(d.deadlines.find((x) => x.obligation === 'complete')?.status).toBe('due-soon');
    expect(d.nextChangeAt).toBe('2025-10-15T00:00:00+08:00');
  });

  it('events after asOf do not count: the same answer whatever the ticket later records', () => {
    const later = { ...ticket, completed: '2025-10-12T15:00:00+08:00' };
    const d = evaluateSync(sheshan, calendar, later, { asOf: '2025-10-01T12:00:00+08:00' });
    expect(d.nextChangeAt).toBe('2025-10-11T00:00:00+08:00');
  });

  it('holds on 2,000 generated tickets: same decision at nextChangeAt − 1 ms, a different one at it', () => {
    const seen = { changes: 0, never: 0 };
    fc.assert(
      fc.property(ticketArb, ({ ticket: t, asOf }) => {
        seen[checkNextChange(sheshan, t, asOf)]++;
      }),
      { numRuns: 2_000, seed: 20261203 },
    );
    expect(seen.changes).toBeGreaterThan(500);
    expect(seen.never).toBeGreaterThan(10);
  }, 120_000);

  for (const [office, dir] of Object.entries({
    'sheshan-12345': 'fixtures/tickets',
    'daning-12345': 'fixtures/tickets/daning-12345',
    'xiayang-12345': 'fixtures/tickets/xiayang-12345',
    'qingxi-12345': `${OFFICES}/qingxi-12345/cases`,
  })) {
    it(`holds on every fixture case of ${office}`, () => {
      const cases = loadCases(dir).cases.filter((c) => (c.ticket.office ?? 'sheshan-12345') === office);
      expect(cases.length).toBeGreaterThan(5);
      for (const c of cases) {
        const ruleset = catalog.rulesets[office]!.findLast((r) => r.effective.from <= c.ticket.received.slice(0, 10));
        checkNextChange(ruleset ?? catalog.rulesets[office]![0]!, c.ticket, c.asOf);
      }
    });
  }

  // sameCore is nextChangeAt's comparison: it must answer exactly as comparing the written
  // decisions would, on every office's own shapes (overdue ladders, reviews, extensions, warnings).
  const frozenCore = (ruleset: Ruleset, ticket: Ticket, asOf: string, when: number) => {
    const frozen = ticketView(ticket, timelineOf(ticket, parseInstant(asOf)));
    return evaluateCoreSync(ruleset, calendar, frozen, { asOf: when, trace: false });
  };
  const written = (c: DecisionCore) => stableKey(renderDecision(c, { explain: false, nextChange: false }));
  const texts = (c: DecisionCore) => renderWarnings(c.warnings, c.ruleset);
  const compare = (ruleset: Ruleset, ticket: Ticket, asOf: string, seen: { same: number; different: number }) => {
    const base = evaluateCoreSync(ruleset, calendar, ticket, { asOf: parseInstant(asOf), trace: false });
    const t0 = parseInstant(asOf);
    for (const later of [1, 7, 31, 400].map((days) => frozenCore(ruleset, ticket, asOf, t0 + days * 86_400_000))) {
      const expected = written(later) === written(base);
      expect(sameCore(base, later, texts)).toBe(expected);
      expect(sameCore(later, base, texts)).toBe(expected);
      seen[expected ? 'same' : 'different']++;
    }
  };

  it('sameCore answers as the written decisions’ stable keys do (1,000 generated tickets, each a day, a week, a month and 400 days on)', () => {
    const seen = { same: 0, different: 0 };
    fc.assert(
      fc.property(ticketArb, ({ ticket: t, asOf }) => compare(sheshan, t, asOf, seen)),
      { numRuns: 1_000, seed: 20261204 },
    );
    expect(seen.same).toBeGreaterThan(100);
    expect(seen.different).toBeGreaterThan(100);
  }, 120_000);

  const shipped = loadCatalog();
  for (const office of Object.keys(shipped.rulesets)) {
    it(`sameCore answers as the stable keys do on 2,000 generated ${office} tickets`, () => {
      const seen = { same: 0, different: 0 };
      for (const c of generatedAtStages({ catalog: shipped, calendar, office, count: 2_000, seed: 11 }))
        compare(c.ruleset, c.ticket, c.asOf, seen);
      expect(seen.same).toBeGreaterThan(500);
      expect(seen.different).toBeGreaterThan(500);
    }, 120_000);
  }
});
