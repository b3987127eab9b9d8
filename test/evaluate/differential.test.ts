import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { evaluate } from '../../engine/evaluate/evaluate.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { ticketArb } from './ticket-arbitrary.ts';

// The compiled path must give exactly the decisions of the json-rules-engine path (the reference).
let ruleset: Ruleset;
let calendar: Calendar;
beforeAll(() => {
  ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
  calendar = loadCalendar();
});

describe('compiled conditions vs json-rules-engine', () => {
  it('agree on 10,000 generated tickets, trace included', async () => {
    let fired = 0;
    await fc.assert(
      fc.asyncProperty(ticketArb, async ({ ticket, asOf }) => {
        const viaEngine = await evaluate(ruleset, calendar, ticket, { asOf, path: 'engine' });
        const viaCompiled = await evaluate(ruleset, calendar, ticket, { asOf, path: 'compiled' });
        expect(viaCompiled).toEqual(viaEngine);
        if (viaEngine.ticketType.id !== 'normal') fired++;
      }),
      { numRuns: 10_000, seed: 20251001 },
    );
    // The generator reaches the special types, not only the fallback.
    expect(fired).toBeGreaterThan(2_000);
  }, 120_000);
});
