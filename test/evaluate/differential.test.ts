import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { evaluate } from '../../engine/evaluate/evaluate.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { versionPicker } from '../../engine/simulate/pick-version.ts';
import { loadCases } from '../../engine/testing/load-cases.ts';
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

describe('compiled conditions vs json-rules-engine, every shipped office and every fixture', () => {
  const catalog = loadCatalog();
  const versions = Object.values(catalog.rulesets).flat();
  const pick = versionPicker(versions, catalog.defaultId !== undefined ? { defaultId: catalog.defaultId } : {});
  const agree = async (ticket: Ticket, asOf: string) => {
    const r = pick(ticket);
    const viaEngine = await evaluate(r, calendar, ticket, { asOf, path: 'engine' });
    const viaCompiled = await evaluate(r, calendar, ticket, { asOf, path: 'compiled' });
    expect(viaCompiled).toEqual(viaEngine);
    return viaEngine;
  };

  it('agree on every ticket of the fixtures, at each case’s asOf', async () => {
    const { cases } = loadCases(`${PACKAGE_ROOT}fixtures/tickets`);
    expect(cases.length).toBeGreaterThan(30);
    for (const c of cases) await agree(c.ticket, c.asOf);
  }, 60_000);

  for (const office of Object.keys(catalog.rulesets)) {
    it(`agree on 10,000 generated ${office} tickets`, async () => {
      const inputs = generatorInputs({ catalog, office });
      const types = new Set<string>();
      let i = 0;
      let compared = 0;
      for (const t of generateTickets({
        count: 10_000,
        seed: 7,
        from: '2025-04-14',
        to: '2025-12-31',
        calendar,
        ...inputs,
      })) {
        // asOf walks through the year so tickets are met at every stage, open and closed.
        const asOf = `2025-${String(5 + (i++ % 8)).padStart(2, '0')}-15T10:00:00+08:00`;
        if (t.received > asOf) continue;
        types.add((await agree(t, asOf)).ticketType.id);
        compared++;
      }
      expect(compared).toBeGreaterThan(3_000);
      // The office's own special types are reached, not only its fallback (Xiayang declares one type).
      expect(types.size).toBeGreaterThanOrEqual(Math.min(3, inputs.ruleset.ticketTypes.length));
    }, 120_000);
  }
});
