/**
 * Working-day arithmetic benchmark: `addWorkingDays(calendar, date, n)` (the string API) against
 * chinese-days' `findWorkday(n, date)` on the same random inputs, in the same run.
 *
 *   npx tsx test/bench/calendar.bench.ts            (about 7 s)
 *
 * Target (shared/DESIGN.md, "Targets"): ≥ 1M addWorkingDays per second per core, and faster than
 * chinese-days. Reported as calls/s and as a ratio measured round by round (never a timed test).
 *
 * Semantics: for n ≥ 1, findWorkday(n, date) does not count the start day — the 1st working day
 * after a working day is the next one, exactly as addWorkingDays (Civil Code art. 201). They differ
 * only at n = 0 (findWorkday moves a rest day to the next working day; addWorkingDays returns the
 * day itself), so the inputs use n = 1…15 and are compared as they are.
 *
 * Time zone: chinese-days parses `YYYY-MM-DD` as UTC midnight but reads dates back with local-time
 * getters (also when it builds its tables at import), so west of UTC every answer is a day off.
 * The script pins its own zone to Asia/Shanghai before importing it; the engine never reads the
 * local zone, so this changes nothing on our side.
 */
import { addWorkingDays } from '../../engine/calendar/add-working-days.ts';
import { fromDayNumber, toDayNumber } from '../../engine/calendar/day-number.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';

process.env.TZ = 'Asia/Shanghai';
const { default: chineseDays } = await import('chinese-days');

const INPUTS = 200_000;
const ROUNDS = 7;
/** addWorkingDays passes over all inputs per round (one pass is only ~40 ms). */
const OURS_PASSES = 5;
/** chinese-days takes ~12 µs a call: each round times a different slice of this many inputs. */
const THEIRS_SLICE = 15_000;
const SEED = 20251001;

/** mulberry32: a small seeded PRNG, so every run times the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const calendar = loadCalendar();
const rand = prng(SEED);
const first = toDayNumber('2025-01-01');
const span = toDayNumber('2026-12-31') - first + 1;
const dates: string[] = new Array(INPUTS);
const ns = new Int32Array(INPUTS);
for (let i = 0; i < INPUTS; i++) {
  // Dates up to 2026-12-31 + 15 working days reach into 2027, where chinese-days has no data
  // either; keep every answer inside 2026 so that both sides know the days they count.
  let d: string;
  let n: number;
  do {
    d = fromDayNumber(first + Math.floor(rand() * span));
    n = 1 + Math.floor(rand() * 15);
  } while (addWorkingDays(calendar, d, n) > '2026-12-31');
  dates[i] = d;
  ns[i] = n;
}

let sink = 0;

function timeBaseline(): number {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < INPUTS; i++) s += (dates[i] as string).length + (ns[i] as number);
  const ms = performance.now() - t0;
  sink += s;
  return ms / INPUTS;
}

function timeOurs(): number {
  const t0 = performance.now();
  let s = 0;
  for (let p = 0; p < OURS_PASSES; p++) {
    for (let i = 0; i < INPUTS; i++) s += addWorkingDays(calendar, dates[i] as string, ns[i] as number).charCodeAt(9);
  }
  const ms = performance.now() - t0;
  sink += s;
  return ms / (INPUTS * OURS_PASSES);
}

function timeTheirs(round: number): number {
  const start = (round * THEIRS_SLICE) % (INPUTS - THEIRS_SLICE);
  const t0 = performance.now();
  let s = 0;
  for (let i = start; i < start + THEIRS_SLICE; i++) {
    s += chineseDays.findWorkday(ns[i] as number, dates[i] as string).charCodeAt(9);
  }
  const ms = performance.now() - t0;
  sink += s;
  return ms / THEIRS_SLICE;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

const tzOffset = new Date(2025, 0, 1).getTimezoneOffset();
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
console.log(
  `calendar benchmark — node ${process.version}, TZ ${tz} (UTC${tzOffset <= 0 ? '+' : '-'}${Math.abs(tzOffset) / 60})`,
);
console.log(`${fmt(INPUTS)} random (date, n) inputs, dates 2025-01-01…2026-12-31, n 1…15, seed ${SEED}`);

// 1. Same answers on every input.
const tv = performance.now();
let mismatches = 0;
const examples: string[] = [];
for (let i = 0; i < INPUTS; i++) {
  const ours = addWorkingDays(calendar, dates[i] as string, ns[i] as number);
  const theirs = chineseDays.findWorkday(ns[i] as number, dates[i] as string);
  if (ours !== theirs) {
    mismatches++;
    if (examples.length < 5) examples.push(`${dates[i]} + ${ns[i]}: ours ${ours}, chinese-days ${theirs}`);
  }
}
const startWorking = dates.filter((d) => isWorkingDay(calendar, d)).length;
console.log(
  `verified all ${fmt(INPUTS)} inputs in ${((performance.now() - tv) / 1000).toFixed(1)} s: ${mismatches} mismatches ` +
    `(${fmt(startWorking)} start on a working day, ${fmt(INPUTS - startWorking)} on a rest day)`,
);
for (const e of examples) console.log(`  mismatch: ${e}`);
console.log(
  `  n = 0 differs by design: findWorkday(0, '2025-10-01') = ${chineseDays.findWorkday(0, '2025-10-01')}, ` +
    `addWorkingDays(cal, '2025-10-01', 0) = ${addWorkingDays(calendar, '2025-10-01', 0)}`,
);

// 2. Warm-up (JIT, year indexes, chinese-days' tables).
for (let w = 0; w < 3; w++) {
  timeBaseline();
  timeOurs();
}
for (let w = 0; w < 2; w++) timeTheirs(ROUNDS + w);

// 3. Timed rounds, alternating which side goes first.
interface Round {
  baselineNs: number;
  oursNs: number;
  theirsNs: number;
}
const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const baselineNs = timeBaseline() * 1e6;
  let oursNs: number;
  let theirsNs: number;
  if (r % 2 === 0) {
    oursNs = timeOurs() * 1e6;
    theirsNs = timeTheirs(r) * 1e6;
  } else {
    theirsNs = timeTheirs(r) * 1e6;
    oursNs = timeOurs() * 1e6;
  }
  rounds.push({ baselineNs, oursNs, theirsNs });
}

const perSec = (ns: number) => 1e9 / ns;
console.log('');
console.log('round | baseline ns/call | addWorkingDays calls/s | findWorkday calls/s | ratio');
console.log('------+------------------+------------------------+---------------------+-------');
rounds.forEach((r, i) => {
  console.log(
    `${String(i + 1).padStart(5)} | ${r.baselineNs.toFixed(2).padStart(16)} | ${fmt(perSec(r.oursNs)).padStart(22)} | ` +
      `${fmt(perSec(r.theirsNs)).padStart(19)} | ${(r.theirsNs / r.oursNs).toFixed(1).padStart(5)}×`,
  );
});
const oursMedian = median(rounds.map((r) => r.oursNs));
const theirsMedian = median(rounds.map((r) => r.theirsNs));
const baselineMedian = median(rounds.map((r) => r.baselineNs));
const ratioMedian = median(rounds.map((r) => r.theirsNs / r.oursNs));
console.log(
  `median | ${baselineMedian.toFixed(2).padStart(16)} | ${fmt(perSec(oursMedian)).padStart(22)} | ` +
    `${fmt(perSec(theirsMedian)).padStart(19)} | ${ratioMedian.toFixed(1).padStart(5)}×`,
);
console.log('');
console.log(
  `addWorkingDays: ${oursMedian.toFixed(1)} ns/call (${(oursMedian - baselineMedian).toFixed(1)} ns net of the loop), ` +
    `target ≥ 1,000,000 calls/s: ${perSec(oursMedian) >= 1e6 ? 'met' : 'NOT met'}; ` +
    `faster than chinese-days: ${ratioMedian > 1 ? 'yes' : 'NO'} (median ratio ${ratioMedian.toFixed(1)}×)`,
);

const summary = {
  bench: 'calendar.addWorkingDays',
  node: process.version,
  tz,
  inputs: INPUTS,
  rounds: ROUNDS,
  oursCallsPerSec: Math.round(perSec(oursMedian)),
  chineseDaysCallsPerSec: Math.round(perSec(theirsMedian)),
  medianRatio: Number(ratioMedian.toFixed(2)),
  baselineNsPerCall: Number(baselineMedian.toFixed(2)),
  oursNsPerCall: Number(oursMedian.toFixed(1)),
  mismatches,
  targetMet: perSec(oursMedian) >= 1e6 && ratioMedian > 1,
  sink: sink % 997,
};
console.log(JSON.stringify(summary));
