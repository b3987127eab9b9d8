/**
 * Fuzzing `POST /v1/calendar/impact` (fast-check): random bodies, and mutations of the
 * HYPOTHETICAL 2027 notice (values replaced by junk, keys dropped, dates moved, the notice as
 * text or object, calendars as text). The answer is 200 or a 4xx with the error shape; never 5xx.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { disposeApp, post, testApp } from './helpers.ts';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp({ maxBatch: 5 });
});
afterAll(async () => {
  await disposeApp(app);
});

const NOTICE_TEXT = readFileSync('test/fixtures/calendars/hypothetical-2027-notice.yaml', 'utf8');
const NOTICE = parse(NOTICE_TEXT) as Record<string, unknown>;
const TICKET = { id: 'F-1', received: '2026-12-28T09:00:00+08:00', accepted: '2026-12-28T09:00:00+08:00', tags: [] };

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    '2027-02-30',
    '2026-12-01',
    '2099-01-01',
    '',
    '２０２７-01-01',
    'year: [',
    '*a',
    '&a [*a, *a]',
    null,
    -1,
    1e308,
  ),
);

/** Replaces one value somewhere in the notice (walking a random path) or deletes the key. */
function mutate(value: unknown, path: number[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value as object);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  if (remove && path.length === 1) delete copy[key];
  else copy[key] = mutate(copy[key], path.slice(1), replacement, remove);
  return copy;
}

const status = async (body: unknown) => {
  const res = await post(app, '/v1/calendar/impact', body);
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${res.status}: ${text.slice(0, 300)}`);
  if (res.status >= 400)
    expect(JSON.parse(text)).toMatchObject({ code: expect.any(String), issues: expect.any(Array) });
  return res.status;
};

describe('POST /v1/calendar/impact never answers 5xx', () => {
  it('random bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            notice: junk,
            calendar: junk,
            tickets: fc.oneof(fc.array(junk, { maxLength: 3 }), junk),
            asOf: junk,
            ruleset: junk,
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          expect(await status(body)).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('mutated notices, as objects and as YAML text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
        junk,
        fc.boolean(),
        fc.boolean(),
        async (path, replacement, remove, asText) => {
          const notice = mutate(NOTICE, path, replacement, remove);
          const body = {
            notice: asText ? JSON.stringify(notice) : notice,
            tickets: [TICKET],
            asOf: '2027-01-06T12:00:00+08:00',
          };
          expect(await status(body)).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a whole calendar as text, cut at random places', async () => {
    const shipped = readFileSync('rules/calendars/cn-mainland.yaml', 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.nat(shipped.length), fc.string({ maxLength: 20 }), async (at, insert) => {
        const calendar = shipped.slice(0, at) + insert + shipped.slice(at + insert.length);
        expect(await status({ calendar, tickets: [TICKET] })).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
