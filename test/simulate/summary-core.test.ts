import { describe, expect, it } from 'vitest';
import { evaluateCore } from '../../engine/evaluate/evaluate.ts';
import { renderDecision } from '../../engine/evaluate/render-decision.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import { selectVersion } from '../../engine/rules/select-version.ts';
import { addCore, addDecision, emptySummary, finishSummary } from '../../engine/simulate/summary.ts';
import { loadCases } from '../../engine/testing/index.ts';
import { FROZEN_AS_OF, frozenTickets } from '../evaluate/frozen-digest.ts';

// A simulation counts each decision from its numeric core (`addCore`), never writing the decision.
// The counts must be exactly those of the written decision (`addDecision(renderDecision(core))`):
// over every fixture case of the four offices and 2,000 of the frozen Sheshan tickets, on the
// json-rules-engine path (the reference).
const OFFICES = 'test/fixtures/rules/offices';
const catalog = loadCatalog([OFFICES, RULES_DIR]);
const calendar = loadCalendar();

const folders: Record<string, string> = {
  'sheshan-12345': 'fixtures/tickets',
  'daning-12345': 'fixtures/tickets/daning-12345',
  'xiayang-12345': 'fixtures/tickets/xiayang-12345',
  'qingxi-12345': `${OFFICES}/qingxi-12345/cases`,
};

describe('counting the core equals counting the written decision', () => {
  for (const [office, dir] of Object.entries(folders)) {
    it(`${office}: every fixture case`, async () => {
      const { cases } = loadCases(dir);
      const own = cases.filter((c) => (c.ticket.office ?? 'sheshan-12345') === office);
      expect(own.length).toBeGreaterThan(5);
      const viaCore = emptySummary();
      const viaDecision = emptySummary();
      for (const c of own) {
        const ruleset = selectVersion(catalog, office, c.ticket.received);
        const core = await evaluateCore(ruleset, calendar, c.ticket, { asOf: c.asOf, path: 'engine' });
        addCore(viaCore, core);
        addDecision(viaDecision, renderDecision(core));
      }
      expect(finishSummary(viaCore)).toEqual(finishSummary(viaDecision));
      expect(viaCore.tickets.evaluated).toBe(own.length);
    });
  }

  it('sheshan-12345: 2,000 frozen generated tickets (levels, reminders, checks all reached)', async () => {
    const ruleset = catalog.rulesets['sheshan-12345']![0]!;
    const viaCore = emptySummary();
    const viaDecision = emptySummary();
    for (const t of frozenTickets().slice(0, 2_000)) {
      const core = await evaluateCore(ruleset, calendar, t, { asOf: FROZEN_AS_OF, path: 'engine', trace: false });
      addCore(viaCore, core);
      addDecision(viaDecision, renderDecision(core, { explain: false }));
    }
    expect(finishSummary(viaCore)).toEqual(finishSummary(viaDecision));
    // The sample reaches what the counts distinguish: escalation, reminders, both checks, warnings.
    expect(Object.keys(viaCore.escalation).length).toBeGreaterThan(1);
    expect(Object.keys(viaCore.reminders).length).toBeGreaterThan(0);
    expect(viaCore.checks.closingReport.failed).toBeGreaterThan(0);
    expect(viaCore.checks.firstContact.satisfied).toBeGreaterThan(0);
    expect(viaCore.withWarnings).toBeGreaterThan(0);
  }, 60_000);
});
