/**
 * Synthetic tickets for simulations, benchmarks and demos: realistic in shape and timing,
 * reproducible from a seed, streamed one at a time (a million tickets never sit in memory).
 *
 * What a generated ticket looks like (`generateTickets({ count, seed, from, to, calendar })`):
 * - ids `GEN-<seed>-000001` …, numbered in order of `received`;
 * - `received` spread over [from, to) with a day/hour profile: working days weigh more than
 *   weekends and holidays (official calendar), office hours more than evenings and nights;
 * - the mix of a town hotline (`TICKET_MIX`): ~70 % normal, 5 % urgent/sub-urgent, 3 % threat,
 *   8 % Suishenpai, 4 % fast-track, 2 % city review, 5 % consultation / State Council transfer,
 *   3 % cross-boundary (三跨), plus rare flags;
 * - the unit's work in office time (08:30–17:30 on working days; urgent and threat tickets round
 *   the clock): dispatch, acceptance, double calls, return and extension applications,
 *   completion (mostly on time, some late), the closing-report review, revisits and, after an
 *   unsatisfied or unresolved revisit, redos and further revisits (up to four redos, 2.4);
 * - a snapshot as of `asOf` (default: the end of the window): nothing that would happen after
 *   it is in the ticket, so tickets received near the end are still open, some not accepted yet.
 *
 * No personal data of any kind (clause 2.10): only the `Ticket` fields, unit names from a fixed
 * list, booleans for the application and review fields. Never reads a clock; never `Math.random`.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { isDateString } from '../calendar/day-number.ts';
import {
  formatInstant,
  type Instant,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  parseInstant,
  shanghaiDay,
  startOfShanghaiDay,
} from '../calendar/instant.ts';
import { isWorkingDayNumber } from '../calendar/is-working-day.ts';
import { HotlineError } from '../errors.ts';
import type { RevisitResult, Ticket } from '../evaluate/types.ts';
import type { DisputeKind } from '../rules/types.ts';
import { Rng, weightedTable } from './prng.ts';

export interface GenerateTicketsOptions {
  /** How many tickets (a non-negative integer). */
  count: number;
  /** Any integer 0 … 2^53−1; the same seed gives the same tickets. */
  seed: number;
  /** Start of the window: a date `YYYY-MM-DD` (00:00 Shanghai) or an instant. */
  from: string;
  /** End of the window: a date (included, up to 24:00) or an instant (excluded). */
  to: string;
  calendar: Calendar;
  /**
   * Snapshot: events after it are left out. A date means the end of that day. Not before the end
   * of the window. Default: the end of the window.
   */
  asOf?: string;
}

/** Kinds the generator draws (its own labels; the rule set decides the ticket type). */
export type GeneratedKind =
  | 'normal'
  | 'urgent'
  | 'threat'
  | 'suishenpai'
  | 'fast-track'
  | 'city-review'
  | 'tagged'
  | 'cross-boundary';

/** Share of each kind, in percent. */
export const TICKET_MIX: Readonly<Record<GeneratedKind, number>> = Object.freeze({
  normal: 70,
  urgent: 5,
  threat: 3,
  suishenpai: 8,
  'fast-track': 4,
  'city-review': 2,
  tagged: 5,
  'cross-boundary': 3,
});

/** Probability of each flag, independently. */
export const FLAG_RATES = Object.freeze({
  mediaExposed: 0.01,
  sensitive: 0.01,
  groupComplaint: 0.005,
  outOfJurisdiction: 0.005,
});

/** Plausible handling units of a Shanghai suburban town (Sheshan), with how often each gets a ticket. */
export const UNIT_WEIGHTS: readonly (readonly [string, number])[] = Object.freeze([
  ['城管中队', 14],
  ['城建中心', 9],
  ['市场监管所', 8],
  ['物业办', 8],
  ['社区事务受理服务中心', 4],
  ['生态环境办', 4],
  ['派出所', 4],
  ['房管办', 3],
  ['规划建设管理办', 3],
  ['社会事业办', 3],
  ['劳动保障所', 3],
  ['农业服务中心', 3],
  ['水务站', 2],
  ['交警中队', 2],
  ['社区卫生服务中心', 2],
  ['应急管理办', 2],
  ['平安办', 1],
  ['经济发展办', 1],
  ['营商服务中心', 1],
  ['文体中心', 1],
  ...Array.from({ length: 9 }, (_, i) => [`村委会(${i + 1})`, 2.2] as const),
  ...Array.from({ length: 12 }, (_, i) => [`居委会(${i + 1})`, 1.6] as const),
]);

const UNITS = weightedTable(UNIT_WEIGHTS);
const KINDS = weightedTable(Object.entries(TICKET_MIX) as [GeneratedKind, number][]);
const CHANNELS = weightedTable<Ticket['channel']>([
  ['hotline', 86],
  ['app', 7],
  ['web', 5],
  ['other', 2],
]);
const DISPUTES = weightedTable<DisputeKind>([
  ['territory', 40],
  ['facility', 25],
  ['authority', 25],
  ['other', 10],
]);
type Outcome = 'pending' | 'approved' | 'rejected' | 'refused';
const FIRST_OUTCOMES = weightedTable<Outcome>([
  ['pending', 10],
  ['approved', 45],
  ['rejected', 30],
  ['refused', 15],
]);
const SECOND_OUTCOMES = weightedTable<Outcome>([
  ['pending', 10],
  ['approved', 55],
  ['rejected', 35],
]);
const FIRST_REVISIT = weightedTable<RevisitResult>([
  ['满意', 60],
  ['基本满意', 20],
  ['一般', 8],
  ['不满意', 12],
]);
const LATER_REVISIT = weightedTable<RevisitResult>([
  ['满意', 35],
  ['基本满意', 30],
  ['一般', 15],
  ['不满意', 20],
]);
const RESOLVED_RATE: Record<RevisitResult, number> = { 满意: 0.98, 基本满意: 0.92, 一般: 0.7, 不满意: 0.25 };

export const REVIEW_POINTS = [
  'firstContactRecordCorrect',
  'factsReasonable',
  'demandsComplete',
  'siteInspectionGenuine',
  'outcomeConsistent',
  'satisfactionFilled',
  'replyComplete',
  'replyFormatCompliant',
] as const;

/** At most this many redo rounds (the four escalation levels of 2.4). */
export const MAX_REDOS = 4;

/** Office hours on working days, as ms after midnight (Shanghai). */
const OPEN = 8 * MS_PER_HOUR + 30 * MS_PER_MINUTE;
const CLOSE = 17 * MS_PER_HOUR + 30 * MS_PER_MINUTE;
/** One working day of office time, in minutes. */
const WD = (CLOSE - OPEN) / MS_PER_MINUTE;

/** Relative weight of each half hour of the day for `received` (Shanghai local time). */
const HALF_HOUR_WEIGHTS: readonly number[] = Array.from({ length: 48 }, (_, s) => {
  const h = s / 2;
  if (h < 6) return 0.08;
  if (h < 8) return 0.5;
  if (h < 12) return 3;
  if (h < 13.5) return 1.6;
  if (h < 17.5) return 2.6;
  if (h < 20) return 1;
  return 0.35;
});
const NON_WORKING_DAY_WEIGHT = 0.4;

function bad(code: string, zh: string, en: string): HotlineError {
  return new HotlineError(code, { zh, en });
}

/** Parses a window bound: a date or an instant; a date as `to` means the end of that day. */
function bound(value: string, which: 'from' | 'to' | 'asOf', name: string = which): Instant {
  let t: Instant;
  try {
    t = parseInstant(value);
  } catch {
    throw bad(
      'GENERATE_DATE_INVALID',
      `${name} 的值“${value}”不是有效日期或时间，应为 YYYY-MM-DD 或 ISO 8601 时间（如 2025-09-01 或 2025-09-01T08:00:00+08:00）`,
      `${name}: "${value}" is not a valid date or instant; expected YYYY-MM-DD or ISO 8601 (e.g. 2025-09-01 or 2025-09-01T08:00:00+08:00)`,
    );
  }
  return which !== 'from' && isDateString(value.trim()) ? t + MS_PER_DAY : t;
}

/** The window [from, to) as instants, validated; `names` label the bounds in messages (`--from`). */
export function generationWindow(
  from: string,
  to: string,
  names: { from: string; to: string } = { from: 'from', to: 'to' },
): { fromMs: Instant; toMs: Instant } {
  const fromMs = bound(from, 'from', names.from);
  const toMs = bound(to, 'to', names.to);
  if (toMs <= fromMs) {
    throw bad(
      'GENERATE_RANGE_INVALID',
      `结束（${to}）早于或等于开始（${from}），时间窗口为空`,
      `the end (${to}) is not after the start (${from}); the window is empty`,
    );
  }
  return { fromMs, toMs };
}

/** `GEN-<seed>-000001`: at least six digits, more when `count` needs them. */
export function generatedId(seed: number, index: number, count: number): string {
  const width = Math.max(6, String(count).length);
  return `GEN-${seed}-${String(index + 1).padStart(width, '0')}`;
}

/** Working-day facts and office-time arithmetic, memoised per generator run. */
class OfficeClock {
  private readonly memo = new Map<number, boolean>();
  constructor(private readonly calendar: Calendar) {}

  isWorking(day: number): boolean {
    let w = this.memo.get(day);
    if (w === undefined) {
      w = isWorkingDayNumber(this.calendar, day);
      this.memo.set(day, w);
    }
    return w;
  }

  nextWorkingDay(day: number): number {
    let d = day + 1;
    while (!this.isWorking(d)) d++;
    return d;
  }

  /**
   * `minutes` of office time after t (08:30–17:30 on working days), to the second. A start
   * outside office hours waits for the next opening, so the result is never less than t + minutes,
   * and `WD` minutes from any t land at or before 17:30 of the first working day after t's day.
   */
  addOffice(t: Instant, minutes: number): Instant {
    let left = Math.max(1, Math.round(minutes * 60)) * 1000;
    let day = shanghaiDay(t);
    let clock = t - startOfShanghaiDay(day);
    if (!this.isWorking(day) || clock >= CLOSE) {
      day = this.nextWorkingDay(day);
      clock = OPEN;
    } else if (clock < OPEN) clock = OPEN;
    for (;;) {
      const avail = CLOSE - clock;
      if (left <= avail) return startOfShanghaiDay(day) + clock + left;
      left -= avail;
      day = this.nextWorkingDay(day);
      clock = OPEN;
    }
  }
}

/** Clock minutes after t, to the second. */
function addClock(t: Instant, minutes: number): Instant {
  return t + Math.max(1, Math.round(minutes * 60)) * 1000;
}

/**
 * The distribution of `received` over the window: half-hour slots weighted by day kind and hour,
 * sampled by inverse CDF from ascending uniforms, so tickets come out in time order.
 */
class ReceivedProfile {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly cum: Float64Array;
  private slot = 0;

  constructor(fromMs: Instant, toMs: Instant, clock: OfficeClock) {
    const firstDay = shanghaiDay(fromMs);
    const lastDay = shanghaiDay(toMs - 1);
    const n = (lastDay - firstDay + 1) * 48;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.cum = new Float64Array(n);
    let k = 0;
    let total = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      const dayWeight = clock.isWorking(day) ? 1 : NON_WORKING_DAY_WEIGHT;
      const base = startOfShanghaiDay(day);
      for (let s = 0; s < 48; s++) {
        const a = Math.max(base + s * 30 * MS_PER_MINUTE, fromMs);
        const b = Math.min(base + (s + 1) * 30 * MS_PER_MINUTE, toMs);
        if (b <= a) continue;
        total += dayWeight * (HALF_HOUR_WEIGHTS[s] as number) * ((b - a) / (30 * MS_PER_MINUTE));
        this.starts[k] = a;
        this.ends[k] = b;
        this.cum[k] = total;
        k++;
      }
    }
    this.starts = this.starts.subarray(0, k);
    this.ends = this.ends.subarray(0, k);
    this.cum = this.cum.subarray(0, k);
  }

  /** The instant at quantile u ∈ [0, 1]; calls must come with non-decreasing u. */
  at(u: number): Instant {
    const cum = this.cum;
    const last = cum.length - 1;
    const target = u * (cum[last] as number);
    while (this.slot < last && (cum[this.slot] as number) <= target) this.slot++;
    const lo = this.slot === 0 ? 0 : (cum[this.slot - 1] as number);
    const hi = cum[this.slot] as number;
    const frac = hi > lo ? Math.min(1, Math.max(0, (target - lo) / (hi - lo))) : 0;
    const a = this.starts[this.slot] as number;
    const b = this.ends[this.slot] as number;
    return a + frac * (b - a);
  }
}

interface ReturnRequest {
  at: string;
  disputeKind?: DisputeKind;
  reason?: boolean;
  basis?: boolean;
  suggestedAssignee?: boolean;
  siteVerification?: boolean;
  attachments?: boolean;
  legalCitation?: boolean;
  emergencyMeasures?: boolean;
  outcome?: Outcome;
}

interface ExtensionRequest {
  at: string;
  workdays: number;
  reason?: boolean;
  plan?: boolean;
  approved?: boolean;
}

/** Everything one ticket needs besides its own random stream. */
interface Context {
  seed: number;
  count: number;
  asOf: Instant;
  clock: OfficeClock;
  rng: Rng;
}

/** Upper bound of the on-time completion period, and how to count it. */
function completionOffset(
  ctx: Context,
  kind: GeneratedKind,
  accepted: Instant,
  extensionWorkdays: number,
  late: boolean,
): Instant {
  const { rng, clock } = ctx;
  const office = (loWd: number, hiWd: number, lean: boolean) =>
    clock.addOffice(accepted, (lean ? rng.skewed(loWd, hiWd) : rng.float(loWd, hiWd)) * WD);
  const lean = rng.chance(0.5);
  switch (kind) {
    case 'urgent':
      return addClock(accepted, 60 * (late ? rng.float(20, 36) : lean ? rng.skewed(1, 20) : rng.float(1, 20)));
    case 'suishenpai': {
      // 3 natural days: until 24:00 of the third day after acceptance.
      const end = startOfShanghaiDay(shanghaiDay(accepted) + 4);
      const onTimeMinutes = (end - accepted) / MS_PER_MINUTE - 1;
      return late
        ? addClock(end, rng.float(60, 3 * 24 * 60))
        : addClock(accepted, lean ? rng.skewed(120, onTimeMinutes) : rng.float(120, onTimeMinutes));
    }
    case 'threat':
      return late ? office(2, 4, false) : office(0.25, 2, lean);
    case 'fast-track':
    case 'city-review':
    case 'tagged':
      return late ? office(3, 6, false) : office(0.5, 3, lean);
    case 'cross-boundary': {
      const limit = extensionWorkdays > 0 ? 10 : 5;
      return late ? office(limit, limit + 4, false) : office(2, limit, lean);
    }
    default: {
      const limit = 5 + Math.min(5, extensionWorkdays);
      return late ? office(limit, limit + 4, false) : office(0.5, limit, lean);
    }
  }
}

/** Double calls: most answered within hours; some a run of unanswered calls 30–120 min apart. */
function makeContacts(ctx: Context, accepted: Instant, fast: boolean): { at: Instant; answered: boolean }[] {
  const { rng, clock } = ctx;
  let t: Instant;
  if (fast) t = addClock(accepted, rng.float(2, 30));
  else {
    const r = rng.next();
    t =
      r < 0.9
        ? clock.addOffice(accepted, rng.skewed(5, 240))
        : r < 0.97
          ? clock.addOffice(accepted, rng.float(240, WD))
          : clock.addOffice(accepted, rng.float(WD, 2 * WD));
  }
  const calls: { at: Instant; answered: boolean }[] = [];
  const r = rng.next();
  if (r < 0.82) {
    if (rng.chance(0.2)) {
      calls.push({ at: t, answered: false });
      t = addClock(t, rng.float(10, 90));
    }
    calls.push({ at: t, answered: true });
  } else if (r < 0.97) {
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i++) {
      if (i > 0) t = addClock(t, rng.float(30, 120));
      calls.push({ at: t, answered: false });
    }
    if (rng.chance(0.5)) calls.push({ at: addClock(t, rng.float(60, 600)), answered: true });
  } else {
    calls.push({ at: t, answered: false });
  }
  return calls;
}

function makeReturns(ctx: Context, accepted: Instant, special: boolean): { at: Instant; req: ReturnRequest }[] {
  const { rng, asOf } = ctx;
  const out: { at: Instant; req: ReturnRequest }[] = [];
  // 3.2.5: special tickets apply within 1 hour of acceptance; 4.2: others within 24 hours.
  let at = special
    ? addClock(accepted, rng.chance(0.85) ? rng.float(10, 60) : rng.float(60, 120))
    : addClock(accepted, 60 * (rng.chance(0.85) ? rng.float(0.5, 24) : rng.float(24, 40)));
  const disputeKind = special ? undefined : rng.weighted(DISPUTES);
  for (let round = 0; round < 2; round++) {
    const req: ReturnRequest = { at: formatInstant(at) };
    if (special) req.emergencyMeasures = rng.chance(0.9);
    else {
      req.disputeKind = disputeKind;
      req.reason = rng.chance(0.96);
      req.basis = rng.chance(0.9);
      req.suggestedAssignee = rng.chance(0.9);
      if (disputeKind === 'territory' || disputeKind === 'facility') {
        req.siteVerification = rng.chance(0.85);
        req.attachments = rng.chance(0.85);
      } else if (disputeKind === 'authority') req.legalCitation = rng.chance(0.85);
    }
    const decided = addClock(at, 60 * rng.float(1, 24));
    const outcome = rng.weighted(round === 0 ? FIRST_OUTCOMES : SECOND_OUTCOMES);
    req.outcome = decided > asOf ? 'pending' : outcome;
    out.push({ at, req });
    // 2.1: after a rejection or refusal the unit may apply again up the escalated chain.
    if (!(req.outcome === 'rejected' || req.outcome === 'refused') || !rng.chance(0.35)) break;
    at = addClock(decided, 60 * rng.float(1, 8));
  }
  return out;
}

function makeExtension(
  ctx: Context,
  accepted: Instant,
  kind: GeneratedKind,
): { at: Instant; req: ExtensionRequest; approved: boolean } {
  const { rng, clock, asOf } = ctx;
  const cross = kind === 'cross-boundary';
  // 4.4: apply within 5 working days of acceptance (a few late).
  const at = clock.addOffice(
    accepted,
    WD * (cross ? rng.float(0.3, 3) : rng.chance(0.95) ? rng.float(0.5, 4.8) : rng.float(5, 6)),
  );
  const req: ExtensionRequest = {
    at: formatInstant(at),
    workdays: cross ? (rng.chance(0.8) ? 5 : rng.int(3, 4)) : rng.int(1, 5),
    reason: rng.chance(0.97),
    plan: rng.chance(0.9),
  };
  const decided = addClock(at, 60 * rng.float(2, 30));
  const approved = rng.chance(0.85);
  if (decided <= asOf) req.approved = approved;
  return { at, req, approved };
}

function makeClosingReport(rng: Rng): Record<string, boolean> {
  const report: Record<string, boolean> = {};
  for (const p of REVIEW_POINTS) report[p] = true;
  if (rng.chance(0.1)) {
    const failures = rng.chance(0.7) ? 1 : 2;
    for (let i = 0; i < failures; i++) report[rng.pick(REVIEW_POINTS)] = false;
  }
  return report;
}

type Revisit = NonNullable<Ticket['revisits']>[number];

function makeRevisits(ctx: Context, completed: Instant): { revisits: Revisit[]; redos: { at: string }[] } {
  const { rng, clock, asOf } = ctx;
  const revisits: Revisit[] = [];
  const redos: { at: string }[] = [];
  let at = clock.addOffice(completed, rng.chance(0.95) ? rng.skewed(30, 1.5 * WD) : rng.float(1.5 * WD, 4 * WD));
  let table = FIRST_REVISIT;
  for (;;) {
    if (at > asOf) break;
    const result = rng.weighted(table);
    const resolved = rng.chance(RESOLVED_RATE[result] ?? 0);
    revisits.push({ at: formatInstant(at), result, resolved, level: 'town' });
    if (!(result === '不满意' || !resolved) || redos.length >= MAX_REDOS || !rng.chance(0.65)) break;
    // 2.4: redo within 2 working days (some late), then the center revisits again.
    const redo = clock.addOffice(at, WD * (rng.chance(0.9) ? rng.float(0.3, 1.8) : rng.float(2, 3)));
    if (redo > asOf) break;
    redos.push({ at: formatInstant(redo) });
    at = clock.addOffice(redo, rng.float(30, 240));
    table = LATER_REVISIT;
  }
  return { revisits, redos };
}

function makeTicket(ctx: Context, index: number, received: Instant): Ticket {
  const { rng, clock, asOf } = ctx;
  rng.reseed(ctx.seed, index);
  const kind = rng.weighted(KINDS);
  const channel: Ticket['channel'] = kind === 'suishenpai' ? 'suishenpai' : rng.weighted(CHANNELS);
  const urgency: Ticket['urgency'] =
    kind === 'urgent' ? (rng.chance(0.4) ? '紧急' : '次紧急') : kind === 'threat' && rng.chance(0.25) ? '紧急' : '一般';
  const tags: string[] =
    kind === 'threat'
      ? ['扬言']
      : kind === 'fast-track'
        ? ['直达快处']
        : kind === 'city-review'
          ? ['市级复核']
          : kind === 'tagged'
            ? [rng.chance(0.7) ? '咨询' : '国办转办']
            : kind === 'cross-boundary'
              ? ['三跨']
              : [];
  let flags: Ticket['flags'];
  for (const f of ['mediaExposed', 'sensitive', 'groupComplaint', 'outOfJurisdiction'] as const) {
    if (!rng.chance(FLAG_RATES[f])) continue;
    flags ??= {};
    flags[f] = true;
  }
  // Fields in the order a reader expects: times first, then the ticket's categories.
  const t = { id: generatedId(ctx.seed, index, ctx.count), received: formatInstant(received) } as Ticket;
  const finish = (): Ticket => {
    t.channel = channel;
    t.urgency = urgency;
    t.tags = tags;
    if (flags) t.flags = flags;
    return t;
  };
  // 4.1: out-of-jurisdiction tickets go back to the district office, never to a unit.
  if (flags?.outOfJurisdiction) return finish();

  const fast = urgency !== '一般' || kind === 'threat';
  const special = kind !== 'normal' && kind !== 'cross-boundary';
  // 4.1: the center dispatches within 1 working day; urgent and threat tickets at once.
  const dispatched = fast
    ? addClock(received, rng.float(10, 45))
    : clock.addOffice(
        received,
        rng.chance(0.55) ? rng.float(10, 60) : rng.chance(0.67) ? rng.float(60, 240) : rng.float(240, WD),
      );
  if (dispatched > asOf) return finish();
  t.dispatched = formatInstant(dispatched);
  // 3.1: the unit accepts within 1 working day (a few take up to 1.5).
  const r = rng.next();
  const accepted = fast
    ? addClock(dispatched, rng.float(5, 30))
    : clock.addOffice(
        dispatched,
        r < 0.5
          ? rng.float(5, 60)
          : r < 0.8
            ? rng.float(60, 300)
            : r < 0.95
              ? rng.float(300, WD)
              : rng.float(WD, 1.5 * WD),
      );
  if (accepted > asOf) return finish();
  t.accepted = formatInstant(accepted);
  finish();

  const primary = rng.weighted(UNITS);
  const secondary: string[] = [];
  const nSecondary = kind === 'cross-boundary' ? rng.int(1, 3) : rng.chance(0.06) ? 1 : 0;
  for (let guard = 0; secondary.length < nSecondary && guard < 20; guard++) {
    const u = rng.weighted(UNITS);
    if (u !== primary && !secondary.includes(u)) secondary.push(u);
  }
  t.units = secondary.length > 0 ? { primary, secondary } : { primary };

  let lastEvent = accepted;
  const contacts = makeContacts(ctx, accepted, fast);
  for (const c of contacts) lastEvent = Math.max(lastEvent, c.at);
  const shownContacts = contacts
    .filter((c) => c.at <= asOf)
    .map((c) => ({ at: formatInstant(c.at), answered: c.answered }));
  if (shownContacts.length > 0) t.contacts = shownContacts;

  if (rng.chance(0.05)) {
    const returns = makeReturns(ctx, accepted, special);
    for (const x of returns) lastEvent = Math.max(lastEvent, x.at);
    const shown = returns.filter((x) => x.at <= asOf).map((x) => x.req);
    if (shown.length > 0) t.returnRequests = shown;
  }

  let extensionWorkdays = 0;
  if ((kind === 'normal' && rng.chance(0.06)) || (kind === 'cross-boundary' && rng.chance(0.6))) {
    const ext = makeExtension(ctx, accepted, kind);
    lastEvent = Math.max(lastEvent, ext.at);
    if (ext.at <= asOf) t.extensionRequests = [ext.req];
    if (ext.approved) extensionWorkdays = ext.req.workdays;
  }

  const late = rng.chance(kind === 'normal' ? 0.07 : 0.05);
  const completed = Math.max(
    completionOffset(ctx, kind, accepted, extensionWorkdays, late),
    addClock(lastEvent, rng.float(15, 90)),
  );
  if (completed > asOf) return t;
  t.completed = formatInstant(completed);
  t.closingReport = makeClosingReport(rng);

  const { revisits, redos } = makeRevisits(ctx, completed);
  if (revisits.length > 0) t.revisits = revisits;
  if (redos.length > 0) t.redos = redos;
  return t;
}

function* run(
  count: number,
  seed: number,
  fromMs: Instant,
  toMs: Instant,
  asOf: Instant,
  calendar: Calendar,
): Generator<Ticket, void, undefined> {
  const clock = new OfficeClock(calendar);
  const profile = new ReceivedProfile(fromMs, toMs, clock);
  const order = new Rng(seed, Number.MAX_SAFE_INTEGER);
  const ctx: Context = { seed, count, asOf, clock, rng: new Rng(seed) };
  const lastSecond = Math.ceil(toMs / 1000) * 1000 - 1000;
  // Ascending uniforms one at a time (order statistics): the remaining mass shrinks by
  // U^(1/k) with k tickets left, so no sorting and nothing held.
  let remaining = 1;
  let prev = -Infinity;
  for (let i = 0; i < count; i++) {
    remaining *= Math.exp(Math.log(order.nextOpen()) / (count - i));
    let received = Math.floor(profile.at(1 - remaining) / 1000) * 1000;
    if (received < fromMs) received = fromMs;
    if (received > lastSecond) received = Math.max(fromMs, lastSecond);
    if (received < prev) received = prev;
    prev = received;
    yield makeTicket(ctx, i, received);
  }
}

/**
 * Streams `count` synthetic tickets received in [from, to), in order of `received`. Validates its
 * options at once (throws `HotlineError`), then generates lazily: take five of a billion and
 * only five are made.
 */
export function generateTickets(options: GenerateTicketsOptions): Generator<Ticket, void, undefined> {
  const { count, seed, from, to, calendar } = options;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw bad(
      'GENERATE_COUNT_INVALID',
      `数量“${count}”无效，应为非负整数`,
      `count ${count} is not a non-negative integer`,
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw bad(
      'GENERATE_SEED_INVALID',
      `种子“${seed}”无效，应为 0 至 ${Number.MAX_SAFE_INTEGER} 之间的整数`,
      `seed ${seed} is not an integer between 0 and ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  const { fromMs, toMs } = generationWindow(from, to);
  const asOf = options.asOf === undefined ? toMs : bound(options.asOf, 'asOf');
  if (asOf < toMs) {
    throw bad(
      'GENERATE_AS_OF_INVALID',
      `快照时刻（${options.asOf}）早于时间窗口结束（${to}）：窗口内收到的工单必须都已收到`,
      `the snapshot (${options.asOf}) is before the end of the window (${to}): every ticket in the window must have been received`,
    );
  }
  return run(count, seed, fromMs, toMs, asOf, calendar);
}
