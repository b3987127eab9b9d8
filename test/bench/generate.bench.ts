/**
 * Ticket generation alone (issue 13: simulate 1,000,000 tickets in ≤ 15 CPU-s, generation
 * included): CPU time per generated ticket of `generateTickets`, against references in the same
 * run.
 *
 *   npx tsx test/bench/generate.bench.ts                          (200,000 tickets a round, ~1 min)
 *   npx tsx test/bench/generate.bench.ts --count 1000000 --rounds 1
 *   npx tsx test/bench/generate.bench.ts --office xiayang-12345   (another shipped office)
 *   npx tsx test/bench/generate.bench.ts --baseline <module>      (+ an older generator)
 *
 * Sides, each draining the same `generateTickets` options (the shipped default office or `--office`, seed, window
 * 2025-04-14 … 2025-12-31):
 * - `current`: this tree's generator;
 * - `floor`: what no generator can avoid, one `Rng.reseed` per ticket (each ticket's own stream);
 * - `baseline` (with `--baseline`): another module exporting `generateTickets`, e.g. the generator
 *   before a change, written beside the current one so its imports resolve:
 *     git show <commit>:engine/simulate/generate-tickets.ts > engine/simulate/generate-baseline.tmp.ts
 *     npx tsx test/bench/generate.bench.ts --baseline ../../engine/simulate/generate-baseline.tmp.ts
 *   (delete the file afterwards). The bench first checks that both give byte-identical JSON lines
 *   (sha256 over `JSON.stringify(ticket)` + newline, as the frozen-digest test does).
 * Rounds alternate which side goes first; a warm-up round is not counted. CPU time is
 * `process.cpuUsage()` (user + system of the whole process, GC threads included), so the numbers
 * hold on a shared machine better than wall-clock; the ratios are what to compare.
 */
import { createHash } from 'node:crypto';
import Table from 'cli-table3';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { type GenerateTicketsOptions, generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { Rng } from '../../engine/simulate/prng.ts';

type Generate = (options: GenerateTicketsOptions) => Iterable<Ticket>;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--count') ?? 200_000);
const ROUNDS = Number(arg('--rounds') ?? 3);
const BASELINE = arg('--baseline');
const OFFICE = arg('--office');
const SEED = 20251105;

const options: GenerateTicketsOptions = {
  count: COUNT,
  seed: SEED,
  from: '2025-04-14',
  to: '2025-12-31',
  calendar: loadCalendar(),
  ...generatorInputs(OFFICE ? { office: OFFICE } : {}),
};

/** CPU µs of one call of `work`. */
function cpuMicros(work: () => number): { micros: number; check: number } {
  const c0 = process.cpuUsage();
  const check = work();
  const c = process.cpuUsage(c0);
  return { micros: c.user + c.system, check };
}

function drain(generate: Generate): () => number {
  return () => {
    let n = 0;
    for (const t of generate({ ...options, count: COUNT })) n += t.id.length;
    return n;
  };
}

function floor(): number {
  const rng = new Rng(SEED);
  let n = 0;
  for (let i = 0; i < COUNT; i++) n += rng.reseed(SEED, i).uint32() & 1;
  return n;
}

function digest(generate: Generate, count: number): string {
  const h = createHash('sha256');
  for (const t of generate({ ...options, count })) h.update(`${JSON.stringify(t)}\n`);
  return h.digest('hex');
}

const sides: { name: string; work: () => number }[] = [
  { name: 'current', work: drain(generateTickets) },
  { name: 'floor (reseed only)', work: floor },
];
if (BASELINE) {
  const mod = (await import(BASELINE)) as { generateTickets: Generate };
  const check = Math.min(COUNT, 20_000);
  const same = digest(mod.generateTickets, check) === digest(generateTickets, check);
  console.log(`baseline ${BASELINE}: first ${check.toLocaleString()} tickets byte-identical: ${same}`);
  if (!same) process.exitCode = 1;
  sides.push({ name: 'baseline', work: drain(mod.generateTickets) });
}

for (const s of sides) s.work(); // warm-up, not counted
const perTicket = new Map<string, number[]>(sides.map((s) => [s.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) perTicket.get(s.name)?.push(cpuMicros(s.work).micros / COUNT);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const current = median(perTicket.get('current') ?? []);
const table = new Table({ head: ['side', 'CPU µs/ticket (rounds)', 'median', 'CPU-s per 1M', 'ratio to current'] });
const summary: Record<string, number> = {};
for (const s of sides) {
  const xs = perTicket.get(s.name) ?? [];
  const m = median(xs);
  summary[s.name] = Number(m.toFixed(3));
  table.push([s.name, xs.map((x) => x.toFixed(2)).join(' '), m.toFixed(2), m.toFixed(2), (m / current).toFixed(2)]);
}
console.log(
  `${options.ruleset.id}: ${COUNT.toLocaleString()} tickets a round, ${ROUNDS} rounds, Node ${process.version}`,
);
console.log(table.toString());
console.log(JSON.stringify({ count: COUNT, rounds: ROUNDS, medianCpuMicrosPerTicket: summary }));
