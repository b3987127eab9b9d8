import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { frozenDigests, frozenTickets } from './frozen-digest.ts';

// Sheshan's decisions and explanations do not move when the engine is generalised (issue 11: the
// office words move from TypeScript into the rule set's YAML). The 10,000 tickets were generated
// once and frozen (test/fixtures/frozen/sheshan-10k.jsonl.gz), so a generator change cannot hide a
// decision change; sheshan-10k.digests.gz holds, per ticket, a digest of its whole decision (decision
// id and revision aside) and one of its zh and en explanations, as the engine made them on 2026-12-04 (counting texts with readable dates; every other field checked unchanged).
// A deliberate change of Sheshan decisions regenerates the digests (see frozen-digest.ts) and says why
// in its commit.
describe('Sheshan decisions over 10,000 frozen tickets', () => {
  it('are unchanged, explanations included', () => {
    const expected = gunzipSync(readFileSync('test/fixtures/frozen/sheshan-10k.digests.gz'))
      .toString('utf8')
      .split('\n')
      .filter(Boolean);
    const ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
    const actual = frozenDigests(ruleset, loadCalendar());
    const tickets = frozenTickets();
    const changed = (part: 0 | 1) =>
      actual.flatMap((d, i) => (d.split(' ')[part] === expected[i]?.split(' ')[part] ? [] : [tickets[i]!.id]));
    expect(actual.length).toBe(10_000);
    const decisions = changed(0);
    const words = changed(1);
    expect({ decisions: decisions.length, first: decisions.slice(0, 5) }).toEqual({ decisions: 0, first: [] });
    expect({ explanations: words.length, first: words.slice(0, 5) }).toEqual({ explanations: 0, first: [] });
  }, 120_000);
});
