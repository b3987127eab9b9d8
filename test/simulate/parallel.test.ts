/**
 * Large batches use a worker thread (started through a .mjs bootstrap that registers tsx, so it
 * works under tsx, `node --import tsx` and vitest alike). Whatever chunks the worker takes, the
 * result must be exactly the single-threaded one: here the worker is forced in after 300 tickets,
 * with chunks of 100.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog, type RulesetCatalog } from '../../engine/rules/load-catalog.ts';
import { loadRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import { compare } from '../../engine/simulate/compare.ts';
import { GeneratedSlices, generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { simulate } from '../../engine/simulate/simulate.ts';
import type { TicketInput } from '../../engine/simulate/types.ts';
import { DRAFT_DIR, withoutStats } from './helpers.ts';

let calendar: Calendar;
let catalog: RulesetCatalog;
beforeAll(() => {
  calendar = loadCalendar();
  catalog = loadCatalog();
});

const FORCED = { workerFrom: 300, chunkSize: 100 } as const;
const SINGLE = { workerFrom: false } as const;

/** 1,500 generated tickets with a few broken ones among them (each must be reported, in order). */
function* mixed(calendar: Calendar): Generator<TicketInput> {
  let i = 0;
  for (const t of generateTickets({
    count: 1_500,
    seed: 5,
    from: '2025-11-01',
    to: '2026-01-10',
    calendar,
    ...generatorInputs(),
  })) {
    if (++i % 250 === 0) yield { file: `broken-${i}.json`, value: { ...t, accepted: 'yesterday' } };
    else if (i % 333 === 0)
      yield { ...t, received: '2020-01-01T00:00:00+08:00' } as Ticket; // no version in force
    else yield t;
  }
}

describe('worker thread path = single thread path', () => {
  it('simulate: same summary, rejections and decisions, in the same order', async () => {
    const run = (o: object) =>
      simulate({
        catalog,
        calendar,
        tickets: mixed(calendar),
        asOf: '2026-01-12T12:00:00+08:00',
        keepDecisions: true,
        ...o,
      });
    const [single, forced] = [await run(SINGLE), await run(FORCED)];
    expect(single.stats.threads).toBe(1);
    expect(forced.stats.threads).toBe(2);
    expect(forced.stats.workerChunks).toBeGreaterThan(0);
    expect(forced.stats.workerChunks).toBeLessThan(forced.stats.chunks);
    expect(JSON.stringify(forced.summary)).toBe(JSON.stringify(single.summary));
    expect(forced.rejected).toEqual(single.rejected);
    expect(forced.decisions).toEqual(single.decisions);
    expect(single.summary.tickets.rejected).toBe(10);
    expect(single.rejected.items.map((r) => r.issues[0]?.code)).toContain('RULESET_NOT_IN_FORCE');
    expect(single.rejected.items.find((r) => r.file === 'broken-250.json')?.issues[0]).toMatchObject({
      path: 'accepted',
      code: 'TICKET_TIMESTAMP_INVALID',
    });
  }, 120_000);

  it('a batch known to be big enough starts the worker with its first chunk; one of unknown size only once that many were read', async () => {
    const run = (total: number | undefined) =>
      simulate({
        catalog,
        calendar,
        tickets: mixed(calendar),
        asOf: '2026-01-12T12:00:00+08:00',
        workerFrom: 1_500,
        chunkSize: 100,
        ...(total !== undefined ? { total } : {}),
      });
    const [known, unknown] = [await run(1_500), await run(undefined)];
    // 1,500 tickets, threshold 1,500: known in advance, the worker helps from the start; unknown,
    // the threshold is reached only after the last chunk was read, so the worker never starts.
    expect(known.stats.threads).toBe(2);
    expect(known.stats.workerChunks).toBeGreaterThan(0);
    expect(unknown.stats.threads).toBe(1);
    expect(JSON.stringify(known.summary)).toBe(JSON.stringify(unknown.summary));
  }, 120_000);

  it('compare: same totals, groups and tickets, in the same order', async () => {
    const base = loadRulesetDir(join(RULES_DIR, 'sheshan-12345/2025-04-14'));
    const candidate = loadRulesetDir(DRAFT_DIR);
    const run = (o: object) =>
      compare({ base, candidate, calendar, tickets: mixed(calendar), asOf: '2026-01-12T12:00:00+08:00', ...o });
    const [single, forced] = [await run(SINGLE), await run(FORCED)];
    expect(forced.stats.workerChunks).toBeGreaterThan(0);
    expect(withoutStats(forced)).toEqual(withoutStats(single));
    expect(single.totals.keptUnderBase).toBeGreaterThan(100);
    expect(single.totals.changed).toBeGreaterThan(100);
    expect(single.groups.find((g) => g.kind === 'deadline' && g.ruleId === 'normal.complete')?.outcomes).toEqual({
      '-1': single.groups.find((g) => g.kind === 'deadline' && g.ruleId === 'normal.complete')?.tickets,
    });
  }, 120_000);

  it('generated tickets: each thread makes its own slices; same summary and decisions as the tickets sent', async () => {
    const options = { count: 1_200, seed: 9, from: '2025-11-01', to: '2026-01-10', calendar, ...generatorInputs() };
    const run = (tickets: Iterable<TicketInput>, o: object) =>
      simulate({ catalog, calendar, tickets, asOf: '2026-01-12T12:00:00+08:00', keepDecisions: true, ...o });
    // The same tickets as a plain array (sent to the worker) and as the generator (made by the worker).
    const sent = await run([...generateTickets(options)], FORCED);
    const made = await run(generateTickets(options), FORCED);
    const single = await run(generateTickets(options), SINGLE);
    expect(made.stats.threads).toBe(2);
    expect(made.stats.workerChunks).toBeGreaterThan(0);
    expect(made.summary.tickets.evaluated).toBe(1_200);
    expect(JSON.stringify(made.summary)).toBe(JSON.stringify(sent.summary));
    expect(JSON.stringify(single.summary)).toBe(JSON.stringify(sent.summary));
    expect(made.decisions).toEqual(sent.decisions);
  }, 120_000);
});

describe('GeneratedSlices', () => {
  it('slices taken in order (with gaps) are the tickets at those positions of the whole batch', () => {
    const options = { count: 500, seed: 3, from: '2025-09-20', to: '2025-10-20', calendar, ...generatorInputs() };
    const all = [...generateTickets(options)];
    const slices = new GeneratedSlices(options, calendar);
    expect(slices.take(0, 7)).toEqual(all.slice(0, 7));
    expect(slices.take(100, 250)).toEqual(all.slice(100, 250));
    expect(slices.take(490, 600)).toEqual(all.slice(490)); // past the end: up to the last
    expect(() => slices.take(10, 20)).toThrow(RangeError); // behind the cursor
  });
});
