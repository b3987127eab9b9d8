/**
 * HTTP benchmark: `POST /v1/decisions` (one fixture ticket, on the json-rules-engine path, on the
 * compiled path, and as the lean `?view=summary` answer) against the trivial `GET /healthz` (and
 * the even smaller `GET /v1/ping`), measured in the same run with autocannon (programmatic API),
 * 50 connections, bounded in time. The routes run in `--rounds` rounds (default 3, `--duration`
 * seconds each, default 4), the order reversed every other round so that a noisy neighbour does not
 * always land on the same route; each figure is the median over the rounds, and each ratio (to
 * `/healthz`, and summary ÷ default) the median of the rounds' own ratios. Each route's answer size
 * (bytes of one body) is printed with it.
 *
 *   npx tsx test/bench/http.bench.ts                    (child-process server, ~90 s)
 *   npx tsx test/bench/http.bench.ts --mode in-process  (server and load generator share a thread)
 *   npx tsx test/bench/http.bench.ts --duration 10 --rounds 1 --connections 50 --log
 *
 * Target (shared/DESIGN.md, "Targets"): the decision endpoint at ≥ 50% of the trivial route's
 * throughput, p99 ≤ 10 ms at 50 connections on loopback. Reported as ratios, never a timed test.
 *
 * Modes. `child` (default) runs `server/main.ts` in its own process, so the server has one core
 * to itself and autocannon the other: what a deployment sees. `in-process` serves from this
 * process, so autocannon's own work (it parses every response) competes with the server on one
 * event loop and both routes are capped by the load generator — it understates the gap between
 * them. The request log is off unless `--log` (it writes one line per request to stderr).
 *
 * Figures: README.md, "Performance" (dated, with the profiles of what is left). Since 12-04 the
 * decision endpoint decides each ticket once in numbers and writes the summary, the decision and
 * its explanation from that core; `?view=summary` writes no full decision at all.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { startServer } from '../../server/main.ts';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface Result {
  requests: Histogram & { total: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'child' },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    log: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

const TICKET = {
  id: 'SS-2025-0930-001',
  received: '2025-09-30T08:30:00+08:00',
  dispatched: '2025-09-30T09:00:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
  units: { primary: '佘山镇城市建设管理中心' },
};
const DECISION = JSON.stringify({ ticket: TICKET, asOf: '2025-10-10T17:00:00+08:00' });

async function serveChild(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const args = [
    '--import',
    'tsx',
    join(PACKAGE_ROOT, 'server/main.ts'),
    '--port',
    '0',
    '--data-dir',
    dataDir,
    ...(values.log ? [] : ['--quiet']),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', values.log ? 'ignore' : 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

async function serveHere(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const s = await startServer({ port: 0, dataDir, watch: false, ...(values.log ? {} : { logger: false }) });
  return { url: s.url, stop: s.close };
}

async function load(url: string, path: string, post: boolean, seconds: number): Promise<Result> {
  return autocannon({
    url: `${url}${path}`,
    connections,
    duration: seconds,
    ...(post ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: DECISION } : {}),
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
const server = values.mode === 'in-process' ? await serveHere(dataDir) : await serveChild(dataDir);
const routes = [
  { name: 'GET /healthz (trivial)', path: '/healthz', post: false },
  { name: 'GET /v1/ping', path: '/v1/ping', post: false },
  { name: 'POST /v1/decisions?path=engine', path: '/v1/decisions?path=engine', post: true },
  { name: 'POST /v1/decisions (default: compiled)', path: '/v1/decisions', post: true },
  { name: 'POST /v1/decisions?explain=none', path: '/v1/decisions?explain=none', post: true },
  { name: 'POST /v1/decisions?view=summary', path: '/v1/decisions?view=summary', post: true },
];
/** The size of one answer's body. */
async function bodyBytes(url: string, path: string, post: boolean): Promise<number> {
  const res = await fetch(`${url}${path}`, {
    ...(post ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: DECISION } : {}),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}
const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const runs = new Map<string, Result[]>(routes.map((r) => [r.path, []]));
const bytes = new Map<string, number>();
try {
  for (const r of routes) await load(server.url, r.path, r.post, 2); // warm up JIT and caches
  for (const r of routes) bytes.set(r.path, await bodyBytes(server.url, r.path, r.post));
  for (let round = 0; round < rounds; round++) {
    for (const r of round % 2 ? [...routes].reverse() : routes) {
      runs.get(r.path)!.push(await load(server.url, r.path, r.post, duration));
    }
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
/** The median over the rounds of one route's figure, or of its ratio to another route's. */
const med = (path: string, f: (x: Result) => number) => median(runs.get(path)!.map(f));
const ratioOf = (path: string, to: string) =>
  median(runs.get(path)!.map((x, i) => x.requests.average / runs.get(to)![i]!.requests.average));
const rows = routes.map((r) => ({
  name: r.name,
  path: r.path,
  bytes: bytes.get(r.path)!,
  rps: med(r.path, (x) => x.requests.average),
  p50: med(r.path, (x) => x.latency.p50),
  p99: med(r.path, (x) => x.latency.p99),
  avg: med(r.path, (x) => x.latency.average),
  bad: runs.get(r.path)!.reduce((n, x) => n + x.non2xx + x.errors, 0),
  ratio: ratioOf(r.path, '/healthz'),
}));

const trivial = rows[0]!;
console.log(
  `\nmode=${values.mode} connections=${connections} rounds=${rounds}×${duration}s log=${values.log} node=${process.version}\n`,
);
console.log('route                                   req/s     p50 ms   p99 ms   avg ms   ratio  non-2xx    bytes');
for (const r of rows) {
  const ratio = r.ratio;
  console.log(
    `${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(8)} ${r.avg.toFixed(2).padStart(8)} ${(ratio * 100).toFixed(0).padStart(6)}% ${String(r.bad).padStart(8)} ${String(r.bytes).padStart(8)}`,
  );
}
const full = rows.find((r) => r.path === '/v1/decisions')!;
const summary = rows.find((r) => r.path === '/v1/decisions?view=summary')!;
console.log(
  `\nsummary ÷ default: ${ratioOf(summary.path, full.path).toFixed(2)}× the req/s, ${((summary.bytes / full.bytes) * 100).toFixed(0)}% of the bytes`,
);
const verdict = (r: (typeof rows)[number]) => ({ ratioOk: r.ratio >= 0.5, p99Ok: r.p99 <= 10 });
console.log(`targets: decisions ≥ 50% of trivial req/s, p99 ≤ 10 ms`);
for (const r of rows.filter((x) => x.path.startsWith('/v1/decisions'))) {
  console.log(`  ${r.name}: ${JSON.stringify(verdict(r))}`);
}
console.log(JSON.stringify({ mode: values.mode, connections, rounds, duration, trivial: trivial.name, rows }));
