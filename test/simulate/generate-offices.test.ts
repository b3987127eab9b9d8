/**
 * The two other shipped offices have population profiles: 10,000 tickets each (fixed seed, received
 * 2025-04-14 … 2025-12-31, inside the shipped calendar's 2025–2026) carry their office, pass the
 * ticket schema, decide without error as of 2026-07-15, and reach every ticket type of the rule set
 * in about the profile's shares.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../engine/evaluate/evaluate.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { validatorFor } from '../../engine/rules/schemas.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { type GeneratorInputs, generatorInputs } from '../../engine/simulate/generator-inputs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const calendar = loadCalendar();
const ASOF = '2026-07-15T00:00:00+08:00';
const WINDOW = { count: 10_000, seed: 20250414, from: '2025-04-14', to: '2025-12-31', calendar } as const;

type Sample = GeneratorInputs & { tickets: Ticket[]; types: string[] };
const samples = new Map<string, Sample>();
/** Generated and decided once per office, shared by the tests. */
function sample(office: string): Sample {
  let s = samples.get(office);
  if (!s) {
    s = makeSample(office);
    samples.set(office, s);
  }
  return s;
}

function makeSample(office: string): Sample {
  const inputs = generatorInputs({ office });
  const tickets = [...generateTickets({ ...WINDOW, ...inputs })];
  const types = tickets.map((t) => evaluateSync(inputs.ruleset, calendar, t, { asOf: ASOF }).ticketType.id);
  return { ...inputs, tickets, types };
}

/** Share (%) of each ticket type among the decisions. */
function shares(types: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of types) m.set(t, (m.get(t) ?? 0) + 1);
  return new Map([...m].map(([k, n]) => [k, (n / types.length) * 100]));
}

/** The profile's share (%) of each ticket type: the kinds' weights summed by type. */
function profileShares(kinds: { ticketType: string; weight: number }[]): Map<string, number> {
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  const m = new Map<string, number>();
  for (const k of kinds) m.set(k.ticketType, (m.get(k.ticketType) ?? 0) + (k.weight / total) * 100);
  return m;
}

const close = (got: number, want: number) => Math.abs(got - want) < Math.max(1.2, want * 0.25);

describe.each(['daning-12345', 'xiayang-12345'])('generated tickets of %s', (office) => {
  const s = sample(office);

  it('carry the office and pass the ticket schema', () => {
    expect(s.tickets).toHaveLength(10_000);
    const validate = validatorFor('ticket.schema.json');
    const failures: string[] = [];
    for (const t of s.tickets) {
      expect(t.office).toBe(office);
      const ok: boolean = validate(t);
      if (!ok) failures.push(`${t.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('decide without error and reach every ticket type of the rule set', () => {
    // `sample` decided all 10,000 (evaluateSync throws on an invalid ticket).
    expect(s.types).toHaveLength(10_000);
    expect(new Set(s.types)).toEqual(new Set(s.ruleset.ticketTypes.map((t) => t.id)));
    // Every kind names a type of the rule set and every type has a kind.
    expect(new Set(s.profile.kinds.map((k) => k.ticketType))).toEqual(new Set(s.ruleset.ticketTypes.map((t) => t.id)));
  });
});

describe('daning-12345: types in the profile’s shares', () => {
  const s = sample('daning-12345');

  it('consultation, supervision, help-complaint, complex and unlisted as the weights say', () => {
    const want = profileShares(s.profile.kinds);
    // A complex item is one whose extension was approved (approvedRate); an unapproved one stays a
    // help/complaint item, since the complex kind's categories are 求助/投诉. Profile: complex 6 of
    // 100, approvedRate 0.85 → 5.1 %; help-complaint 48 + 6 × 0.15 = 48.9 %.
    const rate = s.profile.extensions.approvedRate;
    const complex = want.get('complex') as number;
    want.set('complex', complex * rate);
    want.set('help-complaint', (want.get('help-complaint') as number) + complex * (1 - rate));
    expect(want.get('complex')).toBeCloseTo(5.1, 5);
    const got = shares(s.types);
    for (const [type, pct] of want) {
      const g = got.get(type) ?? 0;
      expect(close(g, pct), `${type}: ${g}% vs ${pct}%`).toBe(true);
    }
  });

  it('complex items carry an approved extension request; other types carry none', () => {
    s.tickets.forEach((t: Ticket, i) => {
      const approved = t.extensionRequests?.some((e) => e.approved === true) === true;
      expect(approved, t.id).toBe(s.types[i] === 'complex');
    });
  });
});

describe('xiayang-12345: calls and warning tickets from the rule set', () => {
  const s = sample('xiayang-12345');

  it('has one type only, calls the citizen after acceptance, and redoes only after 不满倾向, at most once', () => {
    expect(new Set(s.types)).toEqual(new Set(['ticket']));
    const accepted = s.tickets.filter((t) => t.accepted);
    // The rule set's first-contact limit (no first-contact topic): calls on nearly every accepted ticket.
    expect(accepted.filter((t) => t.contacts !== undefined).length / accepted.length).toBeGreaterThan(0.95);
    // One escalation level: at most one second handling, each after a revisit with 不满倾向.
    const redone = s.tickets.filter((t) => t.redos);
    expect(redone.length).toBeGreaterThan(500);
    for (const t of redone) {
      expect(t.redos).toHaveLength(1);
      expect(t.revisits?.[0]?.result).toBe('不满倾向');
    }
  });
});

// The office flag is --ruleset; --from and --to are required.
describe('hotline generate --ruleset daning-12345', () => {
  it('prints five tickets of the office', async () => {
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'npx',
        [
          'tsx',
          'engine/cli/main.ts',
          'generate',
          '--ruleset',
          'daning-12345',
          '--count',
          '5',
          '--from',
          '2025-09-01',
          '--to',
          '2025-09-30',
        ],
        { cwd: ROOT },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(r.code, r.stderr).toBe(0);
    const tickets = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Ticket);
    expect(tickets).toHaveLength(5);
    for (const t of tickets) expect(t.office).toBe('daning-12345');
  }, 120_000);
});
