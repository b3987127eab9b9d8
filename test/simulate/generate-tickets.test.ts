import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fromDayNumber, toDayNumber } from '../../engine/calendar/day-number.ts';
import {
  MS_PER_HOUR,
  MS_PER_MINUTE,
  parseInstant,
  shanghaiDay,
  startOfShanghaiDay,
} from '../../engine/calendar/instant.ts';
import { isWorkingDayNumber } from '../../engine/calendar/is-working-day.ts';
import { workingDaysBetweenNumbers } from '../../engine/calendar/working-days-between.ts';
import { HotlineError } from '../../engine/errors.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { validatorFor } from '../../engine/rules/schemas.ts';
import { type GenerateTicketsOptions, generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { generatorInputs } from '../../engine/simulate/generator-inputs.ts';
import { unitWeights } from '../../engine/simulate/population.ts';
import { Rng, weightedTable } from '../../engine/simulate/prng.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const calendar = loadCalendar();
/** The shipped Sheshan rule set and profile (the default office: tickets carry no `office`). */
const SHESHAN = generatorInputs({ office: 'sheshan-12345' });
const { ruleset, profile } = SHESHAN;
const REVIEW_POINTS = (ruleset.review?.points ?? []).map((p) => p.field);
const MAX_REDOS = ruleset.escalation?.levels.length ?? 0;
const BASE = { count: 10_000, seed: 20250901, from: '2025-09-01', to: '2025-10-31', calendar, ...SHESHAN } as const;
type GeneratedKind = string;

function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of it) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
}

const gen = (o: Partial<GenerateTicketsOptions> = {}) => [...generateTickets({ ...BASE, ...o })];
/** 10,000 tickets shared by the statistical tests. */
const SAMPLE = gen();

/** The generator's kind of a ticket, read back from its fields (threat before urgency: threats may be urgent). */
function kindOf(t: Ticket): GeneratedKind {
  if (t.tags.includes('扬言')) return 'threat';
  if (t.urgency !== '一般') return 'urgent';
  if (t.channel === 'suishenpai') return 'suishenpai';
  if (t.tags.includes('直达快处')) return 'fast-track';
  if (t.tags.includes('市级复核')) return 'city-review';
  if (t.tags.includes('咨询') || t.tags.includes('国办转办')) return 'tagged';
  if (t.tags.includes('三跨')) return 'cross-boundary';
  return 'normal';
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const TOP_KEYS = new Set([
  'id',
  'received',
  'dispatched',
  'accepted',
  'channel',
  'urgency',
  'tags',
  'flags',
  'units',
  'contacts',
  'returnRequests',
  'extensionRequests',
  'completed',
  'closingReport',
  'revisits',
  'redos',
]);
const UNIT_NAMES = new Set(unitWeights(profile).map(([u]) => u));

/** Every broken invariant of a generated ticket, as readable strings (empty when sound). */
function violations(t: Ticket, window: { from: number; to: number; asOf: number }): string[] {
  const bad: string[] = [];
  const ms = (field: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (!INSTANT.test(v)) bad.push(`${field} ${v} is not YYYY-MM-DDTHH:mm:ss+08:00`);
    const x = parseInstant(v);
    if (x > window.asOf) bad.push(`${field} ${v} is after the snapshot`);
    return x;
  };
  const notBefore = (field: string, x: number | undefined, anchorName: string, anchor: number | undefined) => {
    if (x === undefined) return;
    if (anchor === undefined) bad.push(`${field} without ${anchorName}`);
    else if (x < anchor) bad.push(`${field} before ${anchorName}`);
  };
  for (const k of Object.keys(t)) if (!TOP_KEYS.has(k)) bad.push(`unexpected field ${k}`);
  const received = ms('received', t.received) as number;
  if (received < window.from || received >= window.to) bad.push(`received ${t.received} outside the window`);
  const dispatched = ms('dispatched', t.dispatched);
  const accepted = ms('accepted', t.accepted);
  const completed = ms('completed', t.completed);
  notBefore('dispatched', dispatched, 'received', received);
  notBefore('accepted', accepted, 'dispatched', dispatched);
  notBefore('completed', completed, 'accepted', accepted);
  if (dispatched !== undefined && dispatched - received < 10 * MS_PER_MINUTE) bad.push('dispatched < 10 min');
  if (accepted !== undefined && dispatched !== undefined && accepted - dispatched < 5 * MS_PER_MINUTE) {
    bad.push('accepted < 5 min after dispatch');
  }
  if (t.units?.primary !== undefined && !UNIT_NAMES.has(t.units.primary)) bad.push(`unknown unit ${t.units.primary}`);
  for (const u of t.units?.secondary ?? [])
    if (!UNIT_NAMES.has(u) || u === t.units?.primary) bad.push(`bad secondary ${u}`);
  if ((t.units === undefined) !== (accepted === undefined)) bad.push('units iff accepted');
  if (t.flags?.outOfJurisdiction && dispatched !== undefined) bad.push('out-of-jurisdiction ticket dispatched');
  let prev = -Infinity;
  for (const [i, c] of (t.contacts ?? []).entries()) {
    const at = ms(`contacts[${i}]`, c.at) as number;
    notBefore(`contacts[${i}]`, at, 'accepted', accepted);
    if (at < prev) bad.push('contacts out of order');
    prev = at;
    if (completed !== undefined && at > completed) bad.push('contact after completion');
  }
  prev = -Infinity;
  for (const [i, r] of (t.returnRequests ?? []).entries()) {
    const at = ms(`returnRequests[${i}]`, r.at) as number;
    notBefore(`returnRequests[${i}]`, at, 'accepted', accepted);
    if (at < prev) bad.push('returns out of order');
    prev = at;
    if (completed !== undefined && at > completed) bad.push('return after completion');
    if (!['pending', 'approved', 'rejected', 'refused'].includes(r.outcome ?? ''))
      bad.push(`return outcome ${r.outcome}`);
  }
  for (const [i, e] of (t.extensionRequests ?? []).entries()) {
    const at = ms(`extensionRequests[${i}]`, e.at) as number;
    notBefore(`extensionRequests[${i}]`, at, 'accepted', accepted);
    if (completed !== undefined && at > completed) bad.push('extension after completion');
    if (!Number.isInteger(e.workdays) || e.workdays < 1 || e.workdays > 5) bad.push(`extension workdays ${e.workdays}`);
  }
  if ((t.closingReport === undefined) !== (completed === undefined)) bad.push('closingReport iff completed');
  if (t.closingReport) {
    const keys = Object.keys(t.closingReport).sort();
    if (keys.join() !== [...REVIEW_POINTS].sort().join()) bad.push(`closing report keys ${keys}`);
    if (Object.values(t.closingReport).some((v) => typeof v !== 'boolean')) bad.push('closing report not boolean');
  }
  // Revisits and redos alternate: revisit, redo, revisit, …, each after the one before.
  const revisits = (t.revisits ?? []).map((r, i) => ms(`revisits[${i}]`, r.at) as number);
  const redos = (t.redos ?? []).map((r, i) => ms(`redos[${i}]`, r.at) as number);
  for (const [i, at] of revisits.entries()) notBefore(`revisits[${i}]`, at, 'completed', completed);
  for (const [i, at] of redos.entries()) notBefore(`redos[${i}]`, at, 'completed', completed);
  if (redos.length > MAX_REDOS) bad.push(`more than ${MAX_REDOS} redos`);
  if (redos.length > revisits.length || revisits.length > redos.length + 1)
    bad.push('revisits and redos do not alternate');
  for (let i = 0; i < redos.length; i++) {
    if ((redos[i] as number) < (revisits[i] as number)) bad.push(`redo ${i} before its revisit`);
    if (i + 1 < revisits.length && (revisits[i + 1] as number) < (redos[i] as number))
      bad.push(`revisit ${i + 1} before redo`);
  }
  for (const r of t.revisits ?? []) if (r.level !== 'town') bad.push('revisit not town level');
  return bad;
}

/** [from, to) and the snapshot as instants; a date as `to` or `asOf` means the end of that day. */
const windowOf = (from: string, to: string, asOf?: string) => {
  const end = (x: string) => (/^\d{4}-\d{2}-\d{2}$/.test(x) ? parseInstant(x) + 24 * MS_PER_HOUR : parseInstant(x));
  const t = end(to);
  return { from: parseInstant(from), to: t, asOf: asOf ? end(asOf) : t };
};

describe('prng', () => {
  it('is reproducible per (seed, stream) and differs across seeds and streams', () => {
    const seq = (seed: number, stream = 0) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 8 }, () => r.uint32());
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    expect(seq(1, 0)).not.toEqual(seq(1, 1));
    expect(seq(2 ** 40)).not.toEqual(seq(0));
    const r = new Rng(9);
    r.uint32();
    r.uint32();
    expect(r.reseed(9).uint32()).toBe(seq(9)[0]);
  });

  it('draws uniform floats, integers in range and weighted values in proportion', () => {
    const r = new Rng(42);
    let sum = 0;
    const ints = new Map<number, number>();
    const table = weightedTable([
      ['a', 1],
      ['b', 3],
      ['c', 0],
      ['d', 6],
    ] as const);
    const picks: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      const k = r.int(1, 6);
      ints.set(k, (ints.get(k) ?? 0) + 1);
      picks[r.weighted(table)]! += 1;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
    expect([...ints.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const c of ints.values()) expect(Math.abs(c / n - 1 / 6)).toBeLessThan(0.01);
    expect(picks.c).toBe(0);
    expect(Math.abs(picks.a! / n - 0.1)).toBeLessThan(0.01);
    expect(Math.abs(picks.b! / n - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(picks.d! / n - 0.6)).toBeLessThan(0.01);
  });
});

describe('generateTickets', () => {
  it('gives identical tickets for the same seed and different ones for another seed', () => {
    const a = JSON.stringify(gen({ count: 500 }));
    expect(JSON.stringify(gen({ count: 500 }))).toBe(a);
    expect(JSON.stringify(gen({ count: 500, seed: BASE.seed + 1 }))).not.toBe(a);
  });

  it('numbers tickets GEN-<seed>-000001 … in order of receipt, inside the window', () => {
    const ids = SAMPLE.map((t) => t.id);
    expect(ids[0]).toBe(`GEN-${BASE.seed}-000001`);
    expect(ids[9_999]).toBe(`GEN-${BASE.seed}-010000`);
    expect(new Set(ids).size).toBe(10_000);
    const received = SAMPLE.map((t) => parseInstant(t.received));
    for (let i = 1; i < received.length; i++) expect(received[i]! >= received[i - 1]!).toBe(true);
    const w = windowOf(BASE.from, BASE.to);
    expect(received[0]! - w.from).toBeLessThan(24 * MS_PER_HOUR);
    expect(w.to - received[9_999]!).toBeLessThan(24 * MS_PER_HOUR);
    expect(take(generateTickets({ ...BASE, count: 1_234_567 }), 1)[0]?.id).toBe(`GEN-${BASE.seed}-0000001`);
  });

  it('keeps every ordering invariant on 10,000 tickets', () => {
    const w = windowOf(BASE.from, BASE.to);
    const broken = SAMPLE.flatMap((t) => violations(t, w).map((v) => `${t.id}: ${v}`));
    expect(broken.slice(0, 10)).toEqual([]);
  });

  it('keeps every invariant for any window, seed, count and snapshot (property)', () => {
    const first = toDayNumber('2025-01-01');
    const last = toDayNumber('2026-12-01');
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (day, span, seed, count, lag) => {
          const from = fromDayNumber(day);
          const to = fromDayNumber(day + span);
          const asOf = fromDayNumber(day + span + lag);
          const tickets = [...generateTickets({ count, seed, from, to, asOf, calendar, ...SHESHAN })];
          expect(tickets).toHaveLength(count);
          const w = windowOf(from, to, asOf);
          for (const t of tickets) expect(violations(t, w)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accepts instants as bounds and leaves out whatever happens after the snapshot', () => {
    const from = '2025-10-09T12:00:00+08:00';
    const to = '2025-10-09T14:00:00+08:00';
    const tickets = gen({ count: 300, from, to });
    const w = windowOf(from, to);
    for (const t of tickets) expect(violations(t, w)).toEqual([]);
    // Two hours of tickets, seen at 14:00: hardly any is completed, some are not accepted yet.
    expect(tickets.filter((t) => t.accepted === undefined).length).toBeGreaterThan(10);
    expect(tickets.filter((t) => t.completed !== undefined).length).toBeLessThan(30);
    const later = gen({ count: 300, from, to, asOf: '2025-12-31' });
    expect(later.filter((t) => t.completed !== undefined).length).toBeGreaterThan(280);
    // Same tickets, further along: the snapshot only cuts, it does not change what happened.
    tickets.forEach((t, i) => {
      const l = later[i] as Ticket;
      expect(l.received).toBe(t.received);
      if (t.dispatched) expect(l.dispatched).toBe(t.dispatched);
      if (t.accepted) expect(l.accepted).toBe(t.accepted);
      expect(l.contacts?.slice(0, t.contacts?.length ?? 0) ?? []).toEqual(t.contacts ?? []);
    });
  });

  it('draws the mix of a town hotline', () => {
    const n = SAMPLE.length;
    const share = (pred: (t: Ticket) => boolean) => (SAMPLE.filter(pred).length / n) * 100;
    const normal = share((t) => kindOf(t) === 'normal');
    expect(normal).toBeGreaterThan(60);
    expect(normal).toBeLessThan(80);
    const total = profile.kinds.reduce((s, k) => s + k.weight, 0);
    expect(profile.kinds.map((k) => k.id).sort()).toEqual(
      ['normal', 'urgent', 'threat', 'suishenpai', 'fast-track', 'city-review', 'tagged', 'cross-boundary'].sort(),
    );
    for (const { id: kind, weight } of profile.kinds) {
      const pct = (weight / total) * 100;
      const got = share((t) => kindOf(t) === kind);
      expect(Math.abs(got - pct), `${kind}: ${got}% vs ${pct}%`).toBeLessThan(Math.max(1.2, pct * 0.25));
    }
    expect(share((t) => t.flags?.mediaExposed === true)).toBeLessThan(2);
    expect(share((t) => t.flags?.mediaExposed === true)).toBeGreaterThan(0.4);
    expect(share((t) => t.flags?.outOfJurisdiction === true)).toBeLessThan(1.2);
    expect(share((t) => t.returnRequests !== undefined)).toBeGreaterThan(3.5);
    expect(share((t) => t.returnRequests !== undefined)).toBeLessThan(6.5);
    const normals = SAMPLE.filter((t) => kindOf(t) === 'normal' && t.accepted);
    const ext = (normals.filter((t) => t.extensionRequests).length / normals.length) * 100;
    expect(ext).toBeGreaterThan(4);
    expect(ext).toBeLessThan(8);
    const completed = SAMPLE.filter((t) => t.completed);
    expect(completed.length / n).toBeGreaterThan(0.85);
    const failed = completed.filter((t) => Object.values(t.closingReport ?? {}).includes(false)).length;
    expect(failed / completed.length).toBeGreaterThan(0.07);
    expect(failed / completed.length).toBeLessThan(0.13);
    const firstResults = SAMPLE.flatMap((t) => (t.revisits?.[0] ? [t.revisits[0].result] : []));
    const pct = (r: string) => (firstResults.filter((x) => x === r).length / firstResults.length) * 100;
    expect(Math.abs(pct('满意') - 60)).toBeLessThan(3);
    expect(Math.abs(pct('基本满意') - 20)).toBeLessThan(2.5);
    expect(Math.abs(pct('一般') - 8)).toBeLessThan(2);
    expect(Math.abs(pct('不满意') - 12)).toBeLessThan(2);
    expect(SAMPLE.some((t) => (t.redos?.length ?? 0) >= 2)).toBe(true);
  });

  it('times things like a town office: more on working days, dispatch within a working day, most completions on time', () => {
    const perDay = new Map<number, number>();
    for (const t of SAMPLE) {
      const d = shanghaiDay(parseInstant(t.received));
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
    }
    let work = 0;
    let workDays = 0;
    let rest = 0;
    let restDays = 0;
    for (let d = toDayNumber(BASE.from); d <= toDayNumber(BASE.to); d++) {
      if (isWorkingDayNumber(calendar, d)) {
        work += perDay.get(d) ?? 0;
        workDays++;
      } else {
        rest += perDay.get(d) ?? 0;
        restDays++;
      }
    }
    expect(work / workDays).toBeGreaterThan((2 * rest) / restDays);
    const daytime = SAMPLE.filter((t) => {
      const h = (parseInstant(t.received) - startOfShanghaiDay(shanghaiDay(parseInstant(t.received)))) / MS_PER_HOUR;
      return h >= 8 && h < 18;
    });
    expect(daytime.length / SAMPLE.length).toBeGreaterThan(0.7);
    // 4.1: dispatched by 24:00 of the first working day after the day received.
    for (const t of SAMPLE) {
      if (!t.dispatched) continue;
      const gap = workingDaysBetweenNumbers(
        calendar,
        shanghaiDay(parseInstant(t.received)),
        shanghaiDay(parseInstant(t.dispatched)),
      );
      expect(gap, t.id).toBeLessThanOrEqual(1);
    }
    // Normal tickets: most done within 5 working days of acceptance, some late, none absurd.
    const normal = SAMPLE.filter((t) => kindOf(t) === 'normal' && t.completed && !t.extensionRequests);
    const wd = normal.map((t) =>
      workingDaysBetweenNumbers(
        calendar,
        shanghaiDay(parseInstant(t.accepted!)),
        shanghaiDay(parseInstant(t.completed!)),
      ),
    );
    const late = wd.filter((x) => x > 5).length / wd.length;
    expect(late).toBeGreaterThan(0.02);
    expect(late).toBeLessThan(0.15);
    expect(Math.max(...wd)).toBeLessThanOrEqual(10);
  });

  it('validates against rules/schema/ticket.schema.json', () => {
    const validate = validatorFor('ticket.schema.json');
    const failures: string[] = [];
    for (const t of SAMPLE.slice(0, 2_000)) {
      const ok: boolean = validate(t);
      if (!ok) failures.push(`${t.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('is lazy: five tickets of a billion come at once, and 100,000 stream without being kept', async () => {
    const t0 = performance.now();
    const five = take(generateTickets({ ...BASE, count: 1_000_000_000 }), 5);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(five.map((t) => t.id)).toEqual([1, 2, 3, 4, 5].map((i) => `GEN-${BASE.seed}-000000000${i}`));
    // Holding 100,000 tickets takes ~250 MB. Streamed, every ticket can be collected once consumed.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const refs: WeakRef<Ticket>[] = [];
    let n = 0;
    for (const t of generateTickets({ ...BASE, count: 100_000 })) {
      if (n++ % 1_000 === 0) refs.push(new WeakRef(t));
    }
    expect(n).toBe(100_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    expect(refs.filter((r) => r.deref() !== undefined).length).toBeLessThan(5);
  });

  it('refuses bad options with a code and a message in both languages', () => {
    const codeOf = (o: Partial<GenerateTicketsOptions>) => {
      try {
        generateTickets({ ...BASE, ...o });
        return null;
      } catch (e) {
        expect(e).toBeInstanceOf(HotlineError);
        const err = e as HotlineError;
        expect(err.text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(err.text.en).not.toBe(err.text.zh);
        return err.code;
      }
    };
    expect(codeOf({ count: -1 })).toBe('GENERATE_COUNT_INVALID');
    expect(codeOf({ count: 1.5 })).toBe('GENERATE_COUNT_INVALID');
    expect(codeOf({ seed: -3 })).toBe('GENERATE_SEED_INVALID');
    expect(codeOf({ from: '2025-02-30' })).toBe('GENERATE_DATE_INVALID');
    expect(codeOf({ to: 'next week' })).toBe('GENERATE_DATE_INVALID');
    expect(codeOf({ from: '2025-11-01', to: '2025-10-01' })).toBe('GENERATE_RANGE_INVALID');
    expect(codeOf({ asOf: '2025-10-15' })).toBe('GENERATE_AS_OF_INVALID');
    expect(codeOf({ from: '2025-10-01', to: '2025-10-01' })).toBeNull();
    expect(gen({ count: 0 })).toEqual([]);
  });
});

describe('hotline generate', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('npx', ['tsx', 'engine/cli/main.ts', 'generate', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });

  it('prints one JSON ticket per line', async () => {
    const r = await run(['--count', '3', '--seed', '1', '--from', '2025-09-01', '--to', '2025-10-31']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const tickets = lines.map((l) => JSON.parse(l) as Ticket);
    expect(tickets.map((t) => t.id)).toEqual(['GEN-1-000001', 'GEN-1-000002', 'GEN-1-000003']);
    const same = [
      ...generateTickets({ count: 3, seed: 1, from: '2025-09-01', to: '2025-10-31', calendar, ...SHESHAN }),
    ];
    expect(tickets).toEqual(same);
  });

  it('exits 1 with a message on a bad date, in Chinese or English', async () => {
    const [zh, en, count] = await Promise.all([
      run(['--count', '3', '--from', '2025-13-01', '--to', '2025-10-31']),
      run(['--count', '3', '--from', '2025-10-31', '--to', '2025-09-01', '--lang', 'en']),
      run(['--count', '0', '--from', '2025-09-01', '--to', '2025-10-31']),
    ]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('--from');
    expect(zh.stderr).toMatch(/不是有效日期/);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/not after the start/);
    expect(count.code).toBe(1);
    expect(count.stderr).toContain('--count');
  });

  it('takes the office (--ruleset) and the population profile (--profile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-generate-'));
    try {
      // Only urgent tickets: the profile is the whole mix.
      const urgent = { ...profile, kinds: profile.kinds.filter((k) => k.id === 'urgent') };
      const file = join(dir, 'population.yaml');
      writeFileSync(file, stringify(urgent));
      const window = ['--count', '20', '--from', '2025-09-01', '--to', '2025-09-30'];
      const [ok, unknown, missing] = await Promise.all([
        run([...window, '--ruleset', 'sheshan-12345', '--profile', file]),
        run([...window, '--ruleset', 'nowhere-12345', '--lang', 'en']),
        run([...window, '--profile', join(dir, 'none.yaml'), '--lang', 'en']),
      ]);
      expect(ok.code, ok.stderr).toBe(0);
      const tickets = ok.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Ticket);
      expect(tickets).toHaveLength(20);
      for (const t of tickets) expect(['紧急', '次紧急']).toContain(t.urgency);
      // The default office's tickets carry no `office`.
      expect(tickets.some((t) => 'office' in t)).toBe(false);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('nowhere-12345');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/no population profile/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes one YAML file per ticket into a directory, and refuses more than 10,000 files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-generate-'));
    try {
      const out = join(dir, 'tickets');
      const ok = await run([
        '--count',
        '4',
        '--seed',
        '5',
        '--from',
        '2025-09-01',
        '--to',
        '2025-09-30',
        '--format',
        'yaml',
        '--out',
        out,
      ]);
      expect(ok.code).toBe(0);
      const files = readdirSync(out).sort();
      expect(files).toEqual(['GEN-5-000001.yaml', 'GEN-5-000002.yaml', 'GEN-5-000003.yaml', 'GEN-5-000004.yaml']);
      const text = readFileSync(join(out, files[0]!), 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
      expect((parse(text) as Ticket).id).toBe('GEN-5-000001');
      const many = await run([
        '--count',
        '10001',
        '--from',
        '2025-09-01',
        '--to',
        '2025-09-30',
        '--format',
        'yaml',
        '--out',
        join(dir, 'many'),
      ]);
      expect(many.code).toBe(1);
      expect(many.stderr).toContain('10000');
      expect(existsSync(join(dir, 'many'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
