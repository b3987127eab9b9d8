import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/evaluate/decide.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { rulesetOfDecision } from '../../engine/rules/select-version.ts';
import { loadCases, runCase } from '../../engine/testing/index.ts';

// Every hand-worked case of fixtures/tickets (each date counted by hand in the case file's comments),
// run through the shipped rules on both paths: json-rules-engine (the reference) and compiled.
const catalog = loadCatalog();
const calendar = loadCalendar();
const { cases, diagnostics } = loadCases('fixtures/tickets');

describe('fixtures/tickets', () => {
  it('all case files are valid and there are at least 40 cases', () => {
    expect(diagnostics).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(`${c.name} (${c.file}:${c.line})`, async () => {
      for (const path of ['engine', 'compiled'] as const) {
        const result = await runCase(c, (ticket, asOf) => decide(catalog, calendar, ticket, { asOf, path }), {
          rulesetOf: (d) => rulesetOfDecision(catalog, d),
        });
        expect({ path, diffs: result.diffs, error: result.error ?? null }).toEqual({ path, diffs: [], error: null });
      }
      const [a, b] = await Promise.all(
        (['engine', 'compiled'] as const).map((path) => decide(catalog, calendar, c.ticket, { asOf: c.asOf, path })),
      );
      expect(b).toEqual(a);
    });
  }
});
