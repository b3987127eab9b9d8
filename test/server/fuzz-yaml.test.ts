/**
 * Fuzzing every POST route with YAML (fast-check): random YAML-ish texts (anchors, aliases, tags,
 * flow and block nesting, unicode, control characters), mutated shipped rule files, drafts with
 * random file names, as bodies and inside JSON. The service answers 2xx or a 4xx with the error
 * shape; never a 5xx, and nothing is logged as unhandled.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, disposeApp, post, testApp, ticket } from './helpers.ts';

let app: ReturnType<typeof testApp>;
let shipped: Record<string, string>;
beforeAll(async () => {
  app = testApp({ maxBatch: 5, compareSyncLimit: 5 });
  shipped = ((await (await app.request('/v1/rulesets/sheshan-12345/2025-04-14/files')).json()) as Body).files;
});
afterAll(async () => {
  await disposeApp(app);
});

const token = fc.constantFrom(
  'a',
  'k',
  ':',
  ': ',
  '- ',
  '\n',
  '\n  ',
  '  ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '!!str ',
  '!!binary ',
  '!<tag:x> ',
  '? ',
  '|',
  '>',
  '#',
  '"',
  "'",
  '---\n',
  '...\n',
  '<<: *a',
  '%YAML 1.2\n',
  '\t',
  '\u0000',
  '漢',
  '😀',
  '1e999',
  '2025-13-45',
  'null',
  '~',
  'period: ',
  '5个工作日',
  'clause: ',
  'include:\n  - ',
  '../../',
  '/etc/passwd',
);
const yamlText: fc.Arbitrary<string> = fc.oneof(
  fc.array(token, { maxLength: 80 }).map((t) => t.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc
    .integer({ min: 1, max: 12 })
    .map((n) =>
      [
        'a: &a [x, x, x, x, x, x, x, x]',
        ...Array.from({ length: n }, (_, i) => `b${i}: &a${i + 1} [*a${i || ''}, *a${i || ''}, *a${i || ''}]`),
      ].join('\n'),
    ),
);
/** A shipped file with a slice replaced by random YAML. */
const mutatedFile = fc
  .tuple(
    fc.constantFrom('index.yaml', 'ticket-types.yaml', 'returns.yaml', 'escalation.yaml'),
    fc.nat(),
    fc.nat(),
    yamlText,
  )
  .map(([name, a, b, junk]) => {
    const text = shipped[name]!;
    const i = a % text.length;
    return [name, text.slice(0, i) + junk + text.slice(i + (b % 200))] as const;
  });
const fileName = fc.oneof(
  fc.constantFrom(
    'index.yaml',
    'returns.yaml',
    'x/y.yaml',
    'index.yaml/a.yaml',
    '../a.yaml',
    '/abs.yaml',
    'a\\b.yaml',
    '',
    '.',
    'a'.repeat(300),
  ),
  fc.string({ maxLength: 40 }),
);
const draft = fc.oneof(
  mutatedFile.map(([name, text]) => ({ ...shipped, [name]: text })),
  fc.dictionary(fileName, yamlText, { maxKeys: 4 }).map((d) => ({ ...d, 'index.yaml': d['index.yaml'] ?? '' })),
  fc.dictionary(fileName, fc.anything({ maxDepth: 2 }), { maxKeys: 3 }),
);

const asOf = '2025-10-10T12:00:00+08:00';
const yamlHeaders = { 'content-type': 'application/yaml' };
const sends: [string, fc.Arbitrary<() => Response | Promise<Response>>][] = [
  [
    'POST /v1/validate (YAML body)',
    fc.tuple(yamlText, fc.option(fileName)).map(
      ([t, f]) =>
        () =>
          app.request(`/v1/validate${f ? `?filename=${encodeURIComponent(f)}` : ''}`, {
            method: 'POST',
            headers: yamlHeaders,
            body: t,
          }),
    ),
  ],
  [
    'POST /v1/validate (JSON text + filename)',
    fc.tuple(yamlText, fc.option(fileName)).map(
      ([text, filename]) =>
        () =>
          post(app, '/v1/validate', filename === null ? { text } : { text, filename }),
    ),
  ],
  ['POST /v1/validate (draft)', draft.map((files) => () => post(app, '/v1/validate', { files }))],
  [
    'POST /v1/assessments (YAML)',
    yamlText.map((t) => () => app.request('/v1/assessments', { method: 'POST', headers: yamlHeaders, body: t })),
  ],
  [
    'POST /v1/assessments (CSV)',
    yamlText.map(
      (t) => () => app.request('/v1/assessments', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: t }),
    ),
  ],
  [
    'POST /v1/decisions (draft)',
    draft.map((files) => () => post(app, '/v1/decisions', { ticket: ticket(), asOf, rules: { draft: { files } } })),
  ],
  [
    'POST /v1/simulations (draft)',
    draft.map((files) => () => post(app, '/v1/simulations', { files, tickets: [ticket()], asOf })),
  ],
  [
    'POST /v1/compare (draft)',
    draft.map(
      (files) => () =>
        post(app, '/v1/compare', { base: '2025-04-14', candidate: { files }, tickets: [ticket()], asOf }),
    ),
  ],
  ['POST /v1/deadlines (YAML-ish JSON)', yamlText.map((t) => () => post(app, '/v1/deadlines', { from: t, period: t }))],
  [
    'POST /v1/tickets/generated (YAML-ish JSON)',
    yamlText.map((t) => () => post(app, '/v1/tickets/generated', { seed: t, index: t })),
  ],
  [
    'POST routes with a YAML body they do not take',
    fc.tuple(fc.constantFrom('/v1/decisions', '/v1/simulations', '/v1/compare', '/v1/deadlines'), yamlText).map(
      ([route, t]) =>
        () =>
          app.request(route, { method: 'POST', headers: yamlHeaders, body: t }),
    ),
  ],
];

describe('YAML fuzz: never a 5xx', () => {
  it.each(sends)(
    '%s',
    async (_, send) => {
      await fc.assert(
        fc.asyncProperty(send, async (go) => {
          const res = await go();
          const text = await res.text();
          expect(res.status, text.slice(0, 300)).toBeLessThan(500);
          if (res.status >= 400)
            expect(JSON.parse(text)).toMatchObject({ code: expect.any(String), issues: expect.any(Array) });
        }),
        { numRuns: 200, seed: 20251010 },
      );
      expect(app.logs.lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    },
    120_000,
  );
});
