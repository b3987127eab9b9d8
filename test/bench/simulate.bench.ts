/**
 * End-to-end simulation throughput (issue 5): 1,000,000 generated tickets through `simulate()` on
 * the compiled path (streamed from the generator, counted chunk by chunk, a worker thread joining
 * after 50,000), against json-rules-engine (the engine path, on a 50,000-ticket subset,
 * extrapolated) and a hand-written function (decisions.bench.ts's `plainDecision`, over the same
 * generated tickets), with memory at 100k and at 1M tickets.
 *
 *   npx tsx test/bench/simulate.bench.ts                 (1,000,000 tickets; ~40 s on a 2-core box)
 *   npx tsx test/bench/simulate.bench.ts --count 200000  (shorter)
 *
 * Per core: the rate over the first 50,000 tickets (one thread; the worker joins after them), and
 * tickets per CPU-second of the whole process (`process.cpuUsage()` sums every thread, GC helper
 * threads and the worker's start-up included). Ratios use the one-thread rates, measured alike.
 * On a shared machine the wall-clock numbers move with other load; run it twice.
 * Memory: RSS sampled after every chunk (max up to 100k, max up to the end) and the kernel's peak
 * (`process.resourceUsage().maxRSS`): streaming keeps them flat however long the batch.
 * Target (shared/DESIGN.md): ≥ 100k tickets/s per core on the compiled path.
 */
import Table from 'cli-table3';
import { parseInstant } from '../../engine/calendar/instant.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { simulate } from '../../engine/simulate/simulate.ts';
import { plainDecision } from './decisions.bench.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const COUNT = arg('--count', 1_000_000);
const SUBSET = arg('--engine-subset', 50_000);
const SEED = 20251105;
const AS_OF = '2026-01-01T12:00:00+08:00';
const MB = 1024 * 1024;

const calendar = loadCalendar();
const catalog = loadCatalog();
const sheshan = generatorInputs({ catalog });
const tickets = (count: number) =>
  generateTickets({ count, seed: SEED, from: '2025-04-14', to: '2025-12-31', calendar, ...sheshan });

interface Run {
  tickets: number;
  wallS: number;
  cpuS: number;
  threads: number;
  /** Tickets per second over the first `SUBSET` tickets (one thread: the worker joins after them). */
  firstSegment: number;
  rssAt100kMB?: number;
  rssEndMB?: number;
}

async function timed(
  f: (sample: (done: number) => void) => Promise<{ tickets: number; threads: number }>,
): Promise<Run> {
  let rss100k = 0;
  let rssMax = 0;
  let firstSegment = 0;
  const sample = (done: number) => {
    if (firstSegment === 0 && done >= SUBSET) firstSegment = (done / (performance.now() - t0)) * 1000;
    const rss = process.memoryUsage.rss();
    rssMax = Math.max(rssMax, rss);
    if (done <= 100_000) rss100k = Math.max(rss100k, rss);
  };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await f(sample);
  const wallS = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  firstSegment ||= r.tickets / wallS;
  return {
    ...r,
    wallS,
    firstSegment,
    cpuS: (c.user + c.system) / 1e6,
    rssAt100kMB: rss100k / MB,
    rssEndMB: rssMax / MB,
  };
}

const viaSimulate = (path: 'compiled' | 'engine', count: number) =>
  timed(async (sample) => {
    const r = await simulate({
      catalog,
      calendar,
      tickets: tickets(count),
      asOf: AS_OF,
      path,
      trusted: true,
      onProgress: (p) => sample(p.done),
    });
    if (r.summary.tickets.evaluated !== count)
      throw new Error(`only ${r.summary.tickets.evaluated} of ${count} decided`);
    return { tickets: count, threads: r.stats.threads };
  });

const viaPlain = (count: number) =>
  timed(async (sample) => {
    const asOf = parseInstant(AS_OF);
    const byStatus = new Map<string, number>();
    let n = 0;
    for (const t of tickets(count)) {
      const d = plainDecision(calendar, t, asOf);
      const k = `${d.type}:${d.status}`;
      byStatus.set(k, (byStatus.get(k) ?? 0) + 1);
      if (++n % 2_000 === 0) sample(n);
    }
    return { tickets: n, threads: 1 };
  });

// Warm-up (rules compiled, calendar years built, JIT), not timed.
await simulate({ catalog, calendar, tickets: tickets(3_000), asOf: AS_OF, trusted: true, workerFrom: false });
await simulate({
  catalog,
  calendar,
  tickets: tickets(500),
  asOf: AS_OF,
  path: 'engine',
  trusted: true,
  workerFrom: false,
});

const compiled = await viaSimulate('compiled', COUNT);
const engine = await viaSimulate('engine', SUBSET);
const plain = await viaPlain(COUNT);
const { maxRSS } = process.resourceUsage();

const perCore = (r: Run) => r.tickets / r.cpuS;
const perWall = (r: Run) => r.tickets / r.wallS;
const table = new Table({
  head: [
    'run',
    'tickets',
    'threads',
    'wall s',
    'CPU s',
    'tickets/s (wall)',
    `1 thread, first ${SUBSET / 1000}k`,
    'per CPU-second',
    'RSS ≤100k MB',
    'RSS max MB',
  ],
  style: { head: [], border: [], compact: true },
});
const row = (name: string, r: Run) =>
  table.push([
    name,
    r.tickets,
    r.threads,
    r.wallS.toFixed(1),
    r.cpuS.toFixed(1),
    Math.round(perWall(r)),
    Math.round(r.firstSegment),
    Math.round(perCore(r)),
    r.rssAt100kMB?.toFixed(0) ?? '',
    r.rssEndMB?.toFixed(0) ?? '',
  ]);
row('simulate, compiled path', compiled);
row(`simulate, json-rules-engine (subset)`, engine);
row('hand-written function', plain);
console.log(table.toString());
const engine1M = COUNT / perWall(engine);
console.log(
  `json-rules-engine extrapolated to ${COUNT.toLocaleString('en')} tickets: ~${Math.round(engine1M)} s wall on ${engine.threads} thread(s), ~${Math.round(COUNT / perCore(engine))} CPU-s; compiled took ${compiled.wallS.toFixed(0)} s wall, ${compiled.cpuS.toFixed(0)} CPU-s. Peak RSS (kernel) ${(maxRSS / 1024).toFixed(0)} MB.`,
);
console.log(
  JSON.stringify({
    bench: 'simulate',
    node: process.version,
    tickets: COUNT,
    threads: compiled.threads,
    compiledOneThread: Math.round(compiled.firstSegment),
    compiledWall: Math.round(perWall(compiled)),
    compiledPerCpuSecond: Math.round(perCore(compiled)),
    engineOneThread: Math.round(engine.firstSegment),
    enginePerCpuSecond: Math.round(perCore(engine)),
    engineSubset: SUBSET,
    plainOneThread: Math.round(plain.firstSegment),
    compiledVsEngine: +(compiled.firstSegment / engine.firstSegment).toFixed(2),
    plainVsCompiled: +(plain.firstSegment / compiled.firstSegment).toFixed(1),
    rssAt100kMB: Math.round(compiled.rssAt100kMB ?? 0),
    rssAt1MMB: Math.round(compiled.rssEndMB ?? 0),
    maxRssMB: Math.round(maxRSS / 1024),
    targetPerCore: 100_000,
  }),
);
