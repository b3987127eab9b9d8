/**
 * Memory stays bounded by the draft cache: 2,000 distinct drafts (the shipped version with a
 * different comment each, so a different revision each), each decided on — which prepares its
 * compiled conditions — grow the heap by no more than a few cache-fulls. Before the bounded cache,
 * caches keyed by revision kept every draft's engines: with the cache made unbounded
 * (draftCacheSize 100,000, checked 2026-12-04) the 1,500 drafts after the warm-up add ~250 MB, far
 * over the 40 MB allowed (2,000 rather than 5,000 drafts keeps the test under a minute on CI).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, disposeApp, post, testApp, ticket } from './helpers.ts';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const CACHE = 8;
let app: ReturnType<typeof testApp>;
let shipped: Record<string, string>;
beforeAll(async () => {
  app = testApp({ draftCacheSize: CACHE });
  shipped = ((await (await app.request('/v1/rulesets/sheshan-12345/2025-04-14/files')).json()) as Body).files;
});
afterAll(async () => {
  await disposeApp(app);
});

const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

describe('draft cache', () => {
  it('2,000 distinct drafts: heap growth bounded by the cache, not by the drafts seen', async () => {
    const decideUnder = async (n: number) => {
      const files = { ...shipped, 'index.yaml': `${shipped['index.yaml']}\n# draft ${n}\n` };
      const res = await post(app, '/v1/decisions', {
        ticket: ticket(),
        asOf: '2025-10-10T12:00:00+08:00',
        rules: { draft: { files } },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Body;
    };
    const first = await decideUnder(0);
    for (let n = 1; n < 500; n++) await decideUnder(n);
    const warm = heapMb();
    let last: Body = first;
    for (let n = 500; n < 2_000; n++) last = await decideUnder(n);
    const after = heapMb();
    // Each draft is its own revision, and decides as the shipped rules do.
    expect(last.ruleset.revision).not.toBe(first.ruleset.revision);
    expect(last.deadlines).toEqual(first.deadlines);
    console.log(`draft memory: heap ${warm.toFixed(1)} MB after 500 drafts, ${after.toFixed(1)} MB after 2,000`);
    expect(after - warm).toBeLessThan(40);
  }, 300_000);
});
