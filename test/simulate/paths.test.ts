/**
 * Batches run on the compiled path by default; json-rules-engine stays the reference. The
 * decision-by-decision differential test is test/evaluate/differential.test.ts; here the whole
 * simulation summary must come out the same on both paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog, type RulesetCatalog } from '../../engine/rules/load-catalog.ts';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { simulate } from '../../engine/simulate/simulate.ts';
import { loadCases } from '../../engine/testing/load-cases.ts';

let calendar: Calendar;
let catalog: RulesetCatalog;
beforeAll(() => {
  calendar = loadCalendar();
  catalog = loadCatalog();
});

const both = async (tickets: () => Iterable<never> | Iterable<unknown>, asOf: string) => {
  const run = (path: 'engine' | 'compiled') =>
    simulate({ catalog, calendar, tickets: tickets() as Iterable<never>, asOf, path, workerFrom: false });
  return { engine: await run('engine'), compiled: await run('compiled') };
};

describe('simulate: compiled path = engine path', () => {
  it('defaults to the compiled path', async () => {
    const r = await simulate({ catalog, calendar, tickets: [], asOf: '2026-01-01' });
    expect(r.meta.path).toBe('compiled');
    expect(r.summary.tickets.total).toBe(0);
  });

  it('over every ticket of the fixtures in fixtures/tickets, at each case’s asOf', async () => {
    const { cases, diagnostics } = loadCases(`${PACKAGE_ROOT}fixtures/tickets`);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byAsOf = new Map<string, unknown[]>();
    for (const c of cases) byAsOf.set(c.asOf, [...(byAsOf.get(c.asOf) ?? []), c.ticket]);
    expect(byAsOf.size).toBeGreaterThan(10);
    let decided = 0;
    for (const [asOf, tickets] of byAsOf) {
      const { engine, compiled } = await both(() => tickets as never, asOf);
      expect(compiled.summary).toEqual(engine.summary);
      expect(compiled.rejected).toEqual(engine.rejected);
      decided += compiled.summary.tickets.evaluated;
    }
    expect(decided).toBe(cases.length);
  }, 60_000);

  it('over 2,000 generated tickets (every type, escalations, failed reviews)', async () => {
    const gen = () =>
      generateTickets({
        count: 2_000,
        seed: 20251001,
        from: '2025-09-01',
        to: '2025-12-31',
        calendar,
        ...generatorInputs(),
      });
    const { engine, compiled } = await both(gen as never, '2026-01-05T12:00:00+08:00');
    expect(compiled.summary).toEqual(engine.summary);
    const s = compiled.summary;
    expect(s.tickets).toEqual({ total: 2_000, evaluated: 2_000, rejected: 0 });
    expect(Object.keys(s.byType).length).toBeGreaterThanOrEqual(7);
    expect(s.escalation.none).toBeLessThan(2_000);
    expect(s.checks.firstContact.unsatisfied).toBeGreaterThan(0);
    expect(s.checks.closingReport.failed).toBeGreaterThan(0);
    expect(Object.keys(s.checks.closingReport.failedPoints).length).toBeGreaterThan(3);
  }, 120_000);
});
