/**
 * Decisions per second (issue 4): json-rules-engine against the compiled conditions and against a
 * hand-written plain function making the same core decision (ticket type, completion deadline,
 * its status), in the same run, with allocation per decision.
 *
 *   npx tsx test/bench/decisions.bench.ts            (about 40 s on a 2-core box)
 *
 * Inputs: 20,000 generated tickets (seed 20251001, received 2025-04-14…2025-12-31, asOf
 * 2026-01-01 12:00), cycled. Variants, each warmed up, then timed in rounds (median reported):
 * - `plain`: the hand-written function below (type by the shipped rules' conditions — 三跨 alone is
 *   not difficult, an approved extension is; 3.1–3.3's completion limit from acceptance with the
 *   requested extension days; a closing report failing a point does not complete;
 *   met/late/pending/due-soon/overdue) — 1,000,000 evaluations;
 * - `judge:compiled` / `judge:engine`: only the conditions (ticket type + reminders and
 *   notifications) over precomputed facts, compiled vs json-rules-engine (one run, as a decision
 *   makes it) — 100,000 each;
 * - `decision:compiled` / `decision:engine`: a full `evaluate()` decision (deadlines, actions,
 *   checks, explanations, trace) — 100,000 compiled; the engine path is time-bounded (~15 s)
 *   because it runs at ~2k/s here, and says how many it did;
 * - `core:batch`: what simulations run — the numeric core (`evaluateCoreSync`, compiled, no
 *   Promise, no strings) counted into a summary (`addCore`) — 100,000;
 * - `decision:batch`: the core plus the `Decision` written from it (`evaluateSync`) without
 *   explanations and trace — 100,000.
 * Rates are per wall-clock second and per CPU-second of the process (`process.cpuUsage`), the
 * median of 3 rounds; `× hand-written` is the CPU-second rate over that of `plain` in the same run.
 * Before timing, every plain answer is checked against the full decision (mismatches printed).
 *
 * Allocation: Node 20 has no allocated-bytes counter (`v8.getHeapStatistics()` lacks
 * `total_allocated_bytes`), so the script re-runs itself as
 * `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx` and, per
 * variant, takes `heapUsed` after `gc()` and after a batch small enough that no GC runs in between
 * (a PerformanceObserver counts GCs; a batch during which one ran is marked as a lower bound).
 * Bytes per evaluation = heap growth / evaluations.
 */
import { execFileSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Table from 'cli-table3';
import { addWorkingDayNumbers } from '../../engine/calendar/add-working-days.ts';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import {
  type Instant,
  MS_PER_HOUR,
  parseInstant,
  shanghaiDay,
  startOfShanghaiDay,
} from '../../engine/calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../../engine/calendar/working-days-between.ts';
import { evaluate, evaluateCoreSync, evaluateSync } from '../../engine/evaluate/evaluate.ts';
import { type Facts, ticketFacts } from '../../engine/evaluate/facts.ts';
import { compiledJudge } from '../../engine/evaluate/judge.ts';
import { enginesFor } from '../../engine/evaluate/rules-engine.ts';
import { runDecision } from '../../engine/evaluate/run-decision.ts';
import { ticketView, timelineOf } from '../../engine/evaluate/timeline.ts';
import type { DeadlineStatus, Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { addCore, emptySummary } from '../../engine/simulate/summary.ts';

export interface PlainDecision {
  type: string;
  /** Completion deadline (epoch ms), null before acceptance. */
  dueAt: Instant | null;
  status: DeadlineStatus | null;
}

const HOURS: Record<string, number> = { urgent: 20 };
/** 4.6: the closing report's review fields, read from the shipped rule set's review topic (no second copy). */
const REVIEW_FIELDS: readonly string[] = (loadCatalog().rulesets['sheshan-12345']?.[0]?.review?.points ?? []).map(
  (p) => p.field,
);
const NATURAL: Record<string, number> = { suishenpai: 3 };
const WORKDAYS: Record<string, number> = {
  threat: 2,
  'city-review': 3,
  'fast-track': 3,
  tagged: 3,
  difficult: 10,
  normal: 5,
};

/**
 * The core decision of the shipped 2025-04-14 rules written by hand: no rule files, no engine.
 * Kept deliberately plain (it is the yardstick, not a second engine).
 */
export function plainDecision(calendar: Calendar, t: Ticket, asOf: Instant): PlainDecision {
  const known = (s: string | undefined) => (s === undefined ? null : parseInstant(s) <= asOf ? parseInstant(s) : null);
  const accepted = known(t.accepted);
  // 4.6 (review.blocksCompletion): a closing report failing any of the eight points does not complete.
  const reported = known(t.completed);
  const report = t.closingReport;
  const completed = reported !== null && report && REVIEW_FIELDS.some((f) => report[f] !== true) ? null : reported;
  const approved = (t.extensionRequests ?? [])
    .filter((e) => e.approved === true && parseInstant(e.at) <= asOf)
    .sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
  const tags = t.tags;
  // 3.3: a 三跨 tag alone is not difficult; only an approved extension (4.4) makes a ticket difficult.
  const type =
    t.urgency === '紧急' || t.urgency === '次紧急'
      ? 'urgent'
      : tags.includes('扬言')
        ? 'threat'
        : tags.includes('市级复核')
          ? 'city-review'
          : t.channel === 'suishenpai' || tags.includes('随申拍')
            ? 'suishenpai'
            : tags.includes('直达快处')
              ? 'fast-track'
              : tags.includes('咨询') || tags.includes('国办转办')
                ? 'tagged'
                : approved.length > 0
                  ? 'difficult'
                  : 'normal';
  if (accepted === null) return { type, dueAt: null, status: null };
  let dueAt: Instant;
  let lastDay = 0;
  const hours = HOURS[type];
  if (hours !== undefined) dueAt = accepted + hours * MS_PER_HOUR;
  else {
    let n = NATURAL[type] ?? WORKDAYS[type]!;
    // 4.4 (grant: requested-days): the normal limit plus the days of the last approval, at most 5.
    if (type === 'difficult') n = 5 + Math.min(Math.max(1, Math.floor(approved.at(-1)!.workdays)), 5);
    const d0 = shanghaiDay(accepted);
    lastDay = NATURAL[type] !== undefined ? d0 + n : addWorkingDayNumbers(calendar, d0, n);
    dueAt = startOfShanghaiDay(lastDay + 1);
  }
  const onTime = (x: Instant) => (hours !== undefined ? x <= dueAt : x < dueAt);
  let status: DeadlineStatus;
  if (completed !== null) status = onTime(completed) ? 'met' : 'late';
  else if (!onTime(asOf)) status = 'overdue';
  else
    status =
      hours === undefined && workingDaysBetweenNumbers(calendar, shanghaiDay(asOf), lastDay) < 3
        ? 'due-soon'
        : 'pending';
  return { type, dueAt, status };
}

const TICKETS = 20_000;
const AS_OF = '2026-01-01T12:00:00+08:00';

interface Setup {
  calendar: Calendar;
  ruleset: Ruleset;
  tickets: Ticket[];
  facts: Facts[];
  asOfMs: Instant;
}

function setup(): Setup {
  const calendar = loadCalendar();
  const ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
  const tickets = [
    ...generateTickets({
      count: TICKETS,
      seed: 20251001,
      from: '2025-04-14',
      to: '2025-12-31',
      calendar,
      ...generatorInputs({ catalog: loadCatalog() }),
    }),
  ];
  const asOfMs = parseInstant(AS_OF);
  const facts = tickets.map((t) => {
    const timeline = timelineOf(t, asOfMs);
    return ticketFacts(ticketView(t, timeline), timeline, calendar);
  });
  return { calendar, ruleset, tickets, facts, asOfMs };
}

type Variant = { name: string; evals: number; run: (i: number) => unknown; maxSeconds?: number };

function variants(s: Setup): Variant[] {
  const summary = emptySummary();
  const later = { ticketType: 'normal', isDueSoon: false, overdueObligations: [] };
  const compiled = compiledJudge(s.ruleset);
  const engines = enginesFor(s.ruleset);
  const nothingBetween = () => undefined;
  return [
    { name: 'plain', evals: 1_000_000, run: (i) => plainDecision(s.calendar, s.tickets[i % TICKETS]!, s.asOfMs) },
    {
      name: 'judge:compiled',
      evals: 100_000,
      run: (i) => {
        const f = s.facts[i % TICKETS]!;
        compiled.classify(f);
        return compiled.effects({ ...f, ...later });
      },
    },
    {
      // The ticket types and the effects in one json-rules-engine run, as a decision runs them.
      name: 'judge:engine',
      evals: 100_000,
      run: (i) => runDecision(engines, { ...s.facts[i % TICKETS]!, ...later }, nothingBetween),
    },
    {
      name: 'decision:compiled',
      evals: 100_000,
      run: (i) => evaluate(s.ruleset, s.calendar, s.tickets[i % TICKETS]!, { asOf: AS_OF, path: 'compiled' }),
    },
    {
      // What a simulation counts: the numeric core, counted into a summary, no Decision written.
      name: 'core:batch',
      evals: 100_000,
      run: (i) =>
        addCore(
          summary,
          evaluateCoreSync(s.ruleset, s.calendar, s.tickets[i % TICKETS]!, { asOf: AS_OF, trace: false }),
        ),
    },
    {
      name: 'decision:batch',
      evals: 100_000,
      run: (i) =>
        evaluateSync(s.ruleset, s.calendar, s.tickets[i % TICKETS]!, { asOf: AS_OF, explain: false, trace: false }),
    },
    {
      name: 'decision:engine',
      evals: 100_000,
      maxSeconds: 15,
      run: (i) => evaluate(s.ruleset, s.calendar, s.tickets[i % TICKETS]!, { asOf: AS_OF, path: 'engine' }),
    },
  ];
}

/** Runs `evals` evaluations in 3 rounds (or until `maxSeconds`), returns evaluations and median rate. */
async function time(
  v: Variant,
): Promise<{ evals: number; seconds: number; perSecond: number; cpuSeconds: number; perCpuSecond: number }> {
  for (let i = 0; i < Math.min(2_000, v.evals / 10); i++) await v.run(i);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let evals = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  const per = Math.ceil(v.evals / 3);
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let i = 0;
    for (; i < per; i++) {
      await v.run(r * per + i);
      if (v.maxSeconds && (i & 255) === 0 && performance.now() - t0 > (v.maxSeconds * 1000) / 3) break;
    }
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    rates.push(i / s);
    cpuRates.push(i / cpu);
    evals += i;
    seconds += s;
    cpuSeconds += cpu;
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  return { evals, seconds, perSecond: rates[1]!, cpuSeconds, perCpuSecond: cpuRates[1]! };
}

function mismatches(s: Setup): Promise<{ checked: number; mismatched: string[] }> {
  return (async () => {
    const mismatched: string[] = [];
    for (const t of s.tickets) {
      const d = await evaluate(s.ruleset, s.calendar, t, { asOf: AS_OF, path: 'compiled' });
      const c = d.deadlines.find((x) => x.obligation === 'complete');
      const p = plainDecision(s.calendar, t, s.asOfMs);
      const want = { type: d.ticketType.id, dueAt: c ? parseInstant(c.dueAt) : null, status: c?.status ?? null };
      if (JSON.stringify(want) !== JSON.stringify(p)) mismatched.push(t.id);
    }
    return { checked: s.tickets.length, mismatched };
  })();
}

/** Child mode: heap growth per evaluation with GC kept out of the batch (see the header). */
async function allocProbe(): Promise<void> {
  const s = setup();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  let gcs = 0;
  const obs = new PerformanceObserver((l) => {
    gcs += l.getEntries().length;
  });
  obs.observe({ entryTypes: ['gc'] });
  const batch: Record<string, number> = {
    'decision:batch': 2_000,
    'core:batch': 4_000,
    plain: 20_000,
    'judge:compiled': 5_000,
    'judge:engine': 400,
    'decision:compiled': 800,
    'decision:engine': 300,
  };
  const out: Record<string, { bytes: number; gcDuringBatch: boolean }> = {};
  for (const v of variants(s)) {
    for (let i = 0; i < 500; i++) await v.run(i); // warm up
    const n = batch[v.name]!;
    gc();
    await new Promise((r) => setTimeout(r, 20));
    const before = gcs;
    const h0 = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) await v.run(1_000 + i);
    const h1 = process.memoryUsage().heapUsed;
    await new Promise((r) => setTimeout(r, 20));
    out[v.name] = { bytes: Math.round((h1 - h0) / n), gcDuringBatch: gcs !== before };
  }
  obs.disconnect();
  process.stdout.write(JSON.stringify(out));
}

function allocations(): Record<string, { bytes: number; gcDuringBatch: boolean }> | null {
  const flags = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', '--import', 'tsx'];
  try {
    const text = execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--alloc-probe'], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    });
    return JSON.parse(text);
  } catch (e) {
    process.stderr.write(`allocation probe failed: ${String(e)}\n`);
    return null;
  }
}

async function main(): Promise<void> {
  const s = setup();
  const check = await mismatches(s);
  const results: Record<string, Awaited<ReturnType<typeof time>>> = {};
  for (const v of variants(s)) results[v.name] = await time(v);
  const alloc = allocations();
  const ref = results['decision:engine']!.perSecond;
  const table = new Table({
    style: { head: [], border: [], compact: true },
    head: [
      'variant',
      'evaluations',
      's',
      'per second',
      'per CPU-second',
      'µs each',
      '× hand-written',
      '× json-rules-engine decision',
      'bytes each',
    ],
  });
  for (const [name, r] of Object.entries(results)) {
    const a = alloc?.[name];
    table.push([
      name,
      r.evals,
      r.seconds.toFixed(1),
      Math.round(r.perSecond),
      Math.round(r.perCpuSecond),
      (1e6 / r.perSecond).toFixed(2),
      (r.perCpuSecond / results.plain!.perCpuSecond).toFixed(3),
      (r.perSecond / ref).toFixed(2),
      a ? `${a.gcDuringBatch ? '≥' : ''}${a.bytes}` : 'n/a',
    ]);
  }
  console.log(table.toString());
  console.log(
    `plain vs full decision (type, complete dueAt, status): ${check.checked} checked, ${check.mismatched.length} mismatched${check.mismatched.length ? ` (${check.mismatched.slice(0, 5).join(', ')})` : ''}`,
  );
  const rate = (k: string) => Math.round(results[k]!.perSecond);
  console.log(
    JSON.stringify({
      bench: 'decisions',
      node: process.version,
      plainPerSec: rate('plain'),
      judgeCompiledPerSec: rate('judge:compiled'),
      judgeEnginePerSec: rate('judge:engine'),
      decisionCompiledPerSec: rate('decision:compiled'),
      decisionBatchPerSec: rate('decision:batch'),
      coreBatchPerSec: rate('core:batch'),
      coreBatchPerCpuSec: Math.round(results['core:batch']!.perCpuSecond),
      coreBatchVsPlain: +(results['core:batch']!.perCpuSecond / results.plain!.perCpuSecond).toFixed(3),
      decisionEnginePerSec: rate('decision:engine'),
      compiledVsEngine: +(results['decision:compiled']!.perSecond / ref).toFixed(2),
      plainVsCompiled: +(results.plain!.perSecond / results['decision:compiled']!.perSecond).toFixed(1),
      bytesPerDecision: alloc ? Object.fromEntries(Object.entries(alloc).map(([k, v]) => [k, v.bytes])) : null,
      mismatches: check.mismatched.length,
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--alloc-probe')) await allocProbe();
  else await main();
}
