/**
 * If the worker thread cannot start or dies, the chunks it held are run on the main thread: the
 * result is still complete and identical, and says why the worker stopped. The tickets here are
 * generated, so the worker was sent slices to make: the main thread makes those itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { simulate } from '../../engine/simulate/simulate.ts';

describe('worker failure', () => {
  it('falls back to the main thread without losing or double-counting a chunk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-worker-'));
    const entry = join(dir, 'broken-worker.mjs');
    writeFileSync(entry, "throw new Error('worker boom');\n");
    try {
      const calendar = loadCalendar();
      const catalog = loadCatalog();
      const run = (o: object) =>
        simulate({
          catalog,
          calendar,
          tickets: generateTickets({
            count: 600,
            seed: 9,
            from: '2025-10-01',
            to: '2025-12-31',
            calendar,
            ...generatorInputs(),
          }),
          asOf: '2026-01-05T12:00:00+08:00',
          ...o,
        });
      const single = await run({ workerFrom: false });
      const broken = await run({ workerFrom: 100, chunkSize: 50, workerEntry: pathToFileURL(entry) });
      expect(broken.summary).toEqual(single.summary);
      expect(broken.stats.workerChunks).toBe(0);
      expect(broken.stats.workerError).toContain('worker boom');
      expect(broken.stats.threads).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
