/**
 * The generator's output for the Sheshan rule set and profile is frozen: moving the office's
 * policy from code into the rule set and the population profile must not change a single byte.
 *
 * How the digests were made: before the refactor (commit "Frozen digests of generated tickets"),
 * the then hard-coded generator (no rule set, no profile: Sheshan's policy was in the code)
 * produced each option set below; every ticket was written as
 * `JSON.stringify(ticket)` plus a newline — exactly one line of the JSONL the CLI writes — and the
 * sha256 of the concatenation recorded. The same computation here must give the same hex. Any
 * change in a value, in a field's order or in the order of random draws changes the digest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';

const calendar = loadCalendar();
/** The shipped Sheshan rule set and profile; Sheshan is the default office, so tickets carry no `office`. */
const sheshan = generatorInputs({ office: 'sheshan-12345' });

const FROZEN = [
  {
    options: { count: 20_000, seed: 20250901, from: '2025-09-01', to: '2025-10-31' },
    sha256: 'd949f326d19f85306a82dad6f9791ca27b33d86051bd96fc8048877784eed367',
  },
  {
    options: { count: 20_000, seed: 1, from: '2025-04-14', to: '2025-12-31' },
    sha256: 'fa4bf4c529076129f390ad8b1dd12d422ddd6f746a8c850d41475c739e335201',
  },
  {
    // Spring Festival 2026, snapshot ten days after the window: most tickets closed, some redone.
    options: { count: 20_000, seed: 987654321, from: '2026-01-20', to: '2026-02-28', asOf: '2026-03-10' },
    sha256: '30413d69227291528271cbb9c08566ae0d602bd1321c38e893e403f29f56b52f',
  },
  {
    // National Day week, instants as bounds: dense, mostly open tickets.
    options: {
      count: 20_000,
      seed: 42,
      from: '2025-09-30T12:00:00+08:00',
      to: '2025-10-09T12:00:00+08:00',
      asOf: '2025-10-09T12:00:00+08:00',
    },
    sha256: '6ada1fbdc9cfeca38ed675c637e65e4c90f70391dce97c923a8d9c226a454d2a',
  },
] as const;

function digest(tickets: Iterable<Ticket>): string {
  const h = createHash('sha256');
  for (const t of tickets) h.update(`${JSON.stringify(t)}\n`);
  return h.digest('hex');
}

describe('generated tickets for Sheshan are byte-identical to the frozen digests', () => {
  for (const { options, sha256 } of FROZEN) {
    it(`seed ${options.seed}, ${options.from} … ${options.to}`, () => {
      expect(digest(generateTickets({ ...options, calendar, ...sheshan }))).toBe(sha256);
    });
  }

  it('reproduces the frozen 10,000 tickets of test/fixtures/frozen (generated before the refactor) byte for byte', () => {
    // The differential test's tickets (test/evaluate/frozen-sheshan.test.ts) came from the old generator:
    // seed 20251203, 2025-06-01 … 2026-06-30, as of 2026-07-15 00:00.
    const frozen = gunzipSync(readFileSync('test/fixtures/frozen/sheshan-10k.jsonl.gz')).toString('utf8');
    let out = '';
    for (const t of generateTickets({
      count: 10_000,
      seed: 20251203,
      from: '2025-06-01',
      to: '2026-06-30',
      asOf: '2026-07-15T00:00:00+08:00',
      calendar,
      ...sheshan,
    }))
      out += `${JSON.stringify(t)}\n`;
    expect(out.length).toBe(frozen.length);
    expect(out === frozen).toBe(true);
  });

  it('the digest sees a one-byte change', () => {
    const tickets = [...generateTickets({ ...FROZEN[0].options, count: 3, calendar, ...sheshan })];
    const before = digest(tickets);
    (tickets[2] as Ticket).received = (tickets[2] as Ticket).received.replace(/.$/, '1');
    expect(digest(tickets)).not.toBe(before);
  });
});
