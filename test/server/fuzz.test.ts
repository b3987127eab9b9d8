/**
 * Fuzzing `POST /v1/decisions` (fast-check): random values and mutations of a valid ticket —
 * deleted fields, wrong types, huge strings, unicode, nested junk, invalid dates — in single and
 * batch bodies, with random asOf. The service answers 200 or a 4xx with the error shape; never 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeApp, post, testApp, ticket } from './helpers.ts';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp({ maxBatch: 20 });
});
afterAll(async () => {
  await disposeApp(app);
});

const full = ticket({
  contacts: [{ at: '2025-09-30T11:00:00+08:00', answered: true }],
  returnRequests: [{ at: '2025-09-30T12:00:00+08:00', disputeKind: 'territory', reason: true }],
  extensionRequests: [{ at: '2025-10-09T10:00:00+08:00', workdays: 3, approved: true }],
  completed: '2025-10-13T10:00:00+08:00',
  revisits: [{ at: '2025-10-14T10:00:00+08:00', result: '不满意', resolved: false, level: 'city' }],
  flags: { mediaExposed: true },
  tags: ['扬言'],
});

const badDates = [
  '2025-02-30T10:00:00+08:00',
  '2025-13-01T00:00',
  '9999-99-99',
  '',
  'T',
  '2025-09-30T25:61',
  '+275760-09-13T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2150-01-01T00:00:00+08:00',
  '1970-01-01T00:00:00+14:00',
  '2025-09-30T10:00:00+99:99',
  '２０２５-09-30',
];
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...badDates),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => '漢'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((d) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < d; i++) v = i % 2 ? [v] : { k: v };
    return v;
  }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v) ?? 'null')),
);

/** Paths of `full`, top level and one level into lists and objects. */
const paths: string[][] = Object.entries(full).flatMap(([k, v]) => {
  const inner =
    Array.isArray(v) && v[0] && typeof v[0] === 'object'
      ? Object.keys(v[0]).map((f) => [k, '0', f])
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.keys(v).map((f) => [k, f])
        : [];
  return [[k], ...inner];
});

type Mutation = { kind: 'delete' | 'set'; path: string[]; value?: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: junk }),
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.constantFrom<string[]>(['extra'], ['units', 'tertiary'], ['contacts', '5', 'at']),
    value: junk,
  }),
);

function mutate(base: unknown, muts: Mutation[]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const m of muts) {
    let node = copy;
    for (const p of m.path.slice(0, -1)) {
      if (node[p] === null || typeof node[p] !== 'object') node[p] = {};
      node = node[p] as Record<string, unknown>;
    }
    const last = m.path.at(-1)!;
    if (m.kind === 'delete') delete node[last];
    else node[last] = m.value;
  }
  return copy;
}

const ticketArb = fc.oneof(
  { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(full, ms)) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.constant(full) },
);
const bodyArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        ticket: ticketArb,
        asOf: fc.option(fc.oneof(fc.constantFrom(...badDates, '2025-10-10T12:00:00+08:00'), fc.string()), {
          nil: undefined,
        }),
      },
      { requiredKeys: ['ticket'] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ tickets: fc.array(ticketArb, { maxLength: 25 }) }) },
  { weight: 1, arbitrary: junk.map((j) => ({ junk: j })) },
);

describe('fuzz POST /v1/decisions', () => {
  it('never answers 5xx; every 4xx has the error shape', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom('', '?path=compiled', '?lang=en'), async (body, query) => {
        const res = await post(app, `/v1/decisions${query}`, body);
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status === 200) return;
        expect(res.status, JSON.stringify(json).slice(0, 500)).toBeGreaterThanOrEqual(400);
        expect(res.status, JSON.stringify(json).slice(0, 500)).toBeLessThan(500);
        expect(typeof json.code).toBe('string');
        expect(typeof json.message).toBe('string');
        expect(Array.isArray(json.issues)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500), seed: Number(process.env.FUZZ_SEED ?? 20251010) },
    );
    if (process.env.FUZZ_SEED) console.log(Object.fromEntries(seen));
    expect(seen.get(200) ?? 0).toBeGreaterThan(10);
    expect(seen.get(400) ?? 0).toBeGreaterThan(100);
  }, 120_000);

  it('random bytes as the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        const res = await post(app, '/v1/decisions', text);
        expect(res.status).toBeLessThan(500);
        expect(res.status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
