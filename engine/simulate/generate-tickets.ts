/**
 * Synthetic tickets for simulations, benchmarks and demos: realistic in shape and timing,
 * reproducible from a seed, streamed one at a time (a million tickets never sit in memory).
 *
 * Two inputs say what the tickets look like (`generateTickets({ count, seed, from, to, calendar,
 * ruleset, profile })`):
 * - the RULE SET gives every limit: the completion period of each kind's ticket type (and of an
 *   extension's), the dispatch and acceptance limits, the return window of each ticket type and
 *   whether an escalated chain allows a second application, the extension window and cap, the
 *   first-contact window, calls and interval, the escalation trigger, the number of levels (at
 *   most that many redos) and their redo periods, the closing report's review points. A topic the
 *   office lacks means no such events (no extension requests without an extension rule for the
 *   type, no contacts without a first-contact topic or limit, no redos without escalation, no
 *   closing report without a review topic). Two things the rule set may state without a topic:
 *   a type's own first-contact limit (calls within it, met by the first answered one), and a type
 *   reached only by an approved extension (its unit applies within the type's limit). A type with
 *   no completion limit at all is timed by the profile's `completion.assumedLimit`;
 * - the POPULATION PROFILE (`population.ts`, `rules/<office>/population.yaml`) gives the mix: the
 *   kinds with their shares and what each sets on a ticket, channels, flags, units, revisit
 *   results and how often things happen.
 *
 * What a generated ticket looks like:
 * - ids `GEN-<seed>-000001` …, numbered in order of `received`;
 * - `received` spread over [from, to) with a day/hour profile: working days weigh more than
 *   weekends and holidays (official calendar), office hours more than evenings and nights;
 * - the unit's work in office time (08:30–17:30 on working days; round-the-clock kinds at any
 *   hour): dispatch, acceptance, double calls, return and extension applications, completion
 *   (mostly on time, some late), the closing-report review, revisits and, after a revisit that
 *   triggers escalation, redos and further revisits;
 * - a snapshot as of `asOf` (default: the end of the window): nothing that would happen after
 *   it is in the ticket, so tickets received near the end are still open, some not accepted yet;
 * - `office: <rule-set id>` unless the rule set is `defaultOffice` (tickets without `office` go
 *   to the default rule set, and leaving it out keeps the default office's tickets unchanged).
 *
 * No personal data of any kind: only the `Ticket` fields, unit names from the profile, booleans
 * for the application and review fields. Never reads a clock; never `Math.random`.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { isDateString } from '../calendar/day-number.ts';
import {
  type Instant,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseInstant,
  shanghaiDay,
  startOfShanghaiDay,
} from '../calendar/instant.ts';
import { type Period, parsePeriod } from '../calendar/period.ts';
import { HotlineError } from '../errors.ts';
import { type CompiledCondition, compileCondition } from '../evaluate/compile-condition.ts';
import type { RevisitResult, Ticket } from '../evaluate/types.ts';
import type {
  DisputeKind,
  ExtensionRule,
  Obligation,
  ReturnField,
  ReturnRule,
  Ruleset,
  TicketTypeRule,
} from '../rules/types.ts';
import { InstantText } from './generate-instant-text.ts';
import { addClock, OfficeClock, WD } from './generate-office-clock.ts';
import {
  type Choice,
  type KindProfile,
  type PopulationProfile,
  type ReturnOutcome,
  type TicketFlag,
  unitWeights,
} from './population.ts';
import { Rng, type WeightedTable, weightedTable } from './prng.ts';

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
  /** The office's rule set: every limit the generator needs is read from it. */
  ruleset: Ruleset;
  /** The office's population mix (`loadProfile`). */
  profile: PopulationProfile;
  /**
   * The rules folder's default rule set (`rulesets.yaml`): tickets of that office leave `office`
   * out (they go there anyway); others carry `office: <ruleset id>`. Without it every ticket carries it.
   */
  defaultOffice?: string;
}

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

type Outcome = ReturnOutcome;

/** One kind of the profile with what the rule set says about its ticket type. */
interface KindPlan {
  profile: KindProfile;
  /** The type's `special` (特殊工单): its returns follow the special rule's shape. */
  special: boolean;
  completion: Period;
  /** Office minutes the unit has to accept the ticket. */
  acceptMinutes: number;
  returns?: { rule: ReturnRule; window: Period };
  /**
   * Without `rule`: the type is reached only by an approved application and the rule set has no
   * extension rule for it: the window is the type's own completion limit and nothing is added.
   */
  extension?: { rule?: ExtensionRule; windowDays: number; cap: number };
  /** Calls to the citizen: from the first-contact topic, or from the type's own first-contact limit. */
  firstContact?: FirstContactPlan;
}

interface FirstContactPlan {
  windowMinutes: number;
  unansweredCalls: number;
  intervalMinutes: number;
}

/**
 * Without a first-contact topic (no call rules) a first-contact limit is met by the first answered
 * call; the generator's runs of unanswered calls then take these (not limits, just the call pattern).
 */
const CALLS_WITHOUT_TOPIC = { unansweredCalls: 2, intervalMinutes: 60 } as const;

/** A field and the chance it is set (true). */
type FieldChance<F extends string> = readonly [F, number];

function fieldChances<F extends string>(fields: Partial<Record<F, number>>): FieldChance<F>[] {
  return Object.entries(fields) as [F, number][];
}

/** The rule set and the profile, compiled once per run. */
interface Plan {
  kinds: WeightedTable<KindPlan>;
  channels: WeightedTable<Ticket['channel']>;
  units: WeightedTable<string>;
  flags: PopulationProfile['flags'];
  notDispatched: readonly TicketFlag[];
  defaultUrgency: Ticket['urgency'];
  secondaryUnitRate: number;
  dispatchMinutes: number;
  returns: PopulationProfile['returns'];
  disputes: WeightedTable<DisputeKind>;
  firstOutcomes: WeightedTable<Outcome>;
  againOutcomes: WeightedTable<Outcome>;
  extensions: PopulationProfile['extensions'];
  /** The profile's field chances as lists, in the profile's order (drawn in that order). */
  returnFields: readonly FieldChance<ReturnField>[];
  specialReturnFields: readonly FieldChance<ReturnField>[];
  returnFieldsByDispute: Partial<Record<DisputeKind, readonly FieldChance<ReturnField>[]>>;
  extensionFields: readonly FieldChance<'reason' | 'plan'>[];
  reviewFields?: readonly string[];
  /** Every review point passed, in the rule set's order: copied per completed ticket. */
  reviewPassed?: Readonly<Record<string, boolean>>;
  closingReport: PopulationProfile['closingReport'];
  firstRevisit: WeightedTable<RevisitResult>;
  laterRevisit: WeightedTable<RevisitResult>;
  resolvedRate: ReadonlyMap<RevisitResult, number>;
  /** The escalation trigger, when the rule set has escalation. */
  trigger?: CompiledCondition;
  /** Redo period of each level, in days (at most this many redos). */
  redoDays: readonly number[];
  redoRate: number;
  /** `office` on every ticket, unless the rule set is the default. */
  office?: string;
}

/** Office minutes of a limit: working and natural days as office days, hours as minutes. */
function officeMinutes(p: Period): number {
  return p.unit === 'hour' ? p.amount * 60 : p.amount * WD;
}

/** A limit in office days (hours as a share of an office day). */
function officeDays(p: Period): number {
  return p.unit === 'hour' ? (p.amount * 60) / WD : p.amount;
}

/** A window in clock hours. */
function clockHours(p: Period): number {
  return p.unit === 'hour' ? p.amount : p.amount * 24;
}

/** The type's condition asks for an approved extension (a top-level `extensionApproved = true`). */
function reachedByApproval(type: TicketTypeRule): boolean {
  return (
    'all' in type.when &&
    type.when.all.some(
      (c) => 'fact' in c && c.fact === 'extensionApproved' && c.operator === 'equal' && c.value === true,
    )
  );
}

function planError(zh: string, en: string): HotlineError {
  return new HotlineError('GENERATE_PROFILE_INVALID', { zh, en });
}

function table<T>(rows: readonly { value: T; weight: number }[]): WeightedTable<T> {
  return weightedTable(rows.map((r) => [r.value, r.weight] as const));
}

/** Reads every limit from the rule set and checks the profile against it. */
export function compilePlan(ruleset: Ruleset, profile: PopulationProfile, defaultOffice?: string): Plan {
  if (profile.office !== ruleset.id) {
    throw planError(
      `人群构成属于“${profile.office}”，而规则集是“${ruleset.id}”`,
      `the population profile is for "${profile.office}", the rule set is "${ruleset.id}"`,
    );
  }
  const types = new Map(ruleset.ticketTypes.map((t) => [t.id, t]));
  const revisitLadder = ruleset.escalation?.trigger === 'overdue' ? undefined : ruleset.escalation;
  const fallback: TicketTypeRule | undefined =
    ruleset.ticketTypes.find((t) => 'all' in t.when && t.when.all.length === 0) ?? ruleset.ticketTypes.at(-1);
  const limitOf = (type: TicketTypeRule, obligation: Obligation): string | undefined =>
    (
      type.deadlines.find((x) => x.obligation === obligation) ??
      fallback?.deadlines.find((x) => x.obligation === obligation) ??
      ruleset.commonDeadlines.find((x) => x.obligation === obligation)
    )?.period;
  const fc = ruleset.firstContact;
  const topicContact: FirstContactPlan | undefined = fc && {
    windowMinutes: officeMinutes(parsePeriod(fc.window.period)),
    unansweredCalls: fc.unansweredCallsNeeded,
    intervalMinutes: clockHours(parsePeriod(fc.minInterval)) * 60,
  };
  const kinds = profile.kinds.map((k): [KindPlan, number] => {
    const type = types.get(k.ticketType);
    if (!type) {
      throw planError(
        `种类“${k.id}”的工单类型“${k.ticketType}”不在规则集 ${ruleset.id} 中（有：${[...types.keys()].join('、')}）`,
        `kind "${k.id}": ticket type "${k.ticketType}" is not in the rule set ${ruleset.id} (it has: ${[...types.keys()].join(', ')})`,
      );
    }
    // A type the rule set gives no completion limit is timed by the profile's assumed working days.
    const limit = limitOf(type, 'complete');
    const assumed = k.completion.assumedLimit;
    if (limit === undefined && assumed === undefined) {
      throw planError(
        `规则集 ${ruleset.id} 没有工单类型“${type.id}”的办结时限（可在种类“${k.id}”的 completion.assumedLimit 中假定工作日数）`,
        `the rule set ${ruleset.id} has no completion limit for the ticket type "${type.id}" (kind "${k.id}" may assume working days in completion.assumedLimit)`,
      );
    }
    const accept = limitOf(type, 'accept');
    const returnRule = ruleset.returns.find((r) => r.appliesTo.includes(type.id));
    const extensionRule = ruleset.extensions.find((r) => r.appliesTo.includes(type.id));
    const plan: KindPlan = {
      profile: k,
      special: type.special,
      completion:
        limit !== undefined
          ? parsePeriod(limit)
          : { amount: assumed as number, unit: 'workday', literal: `${assumed} assumed workdays` },
      acceptMinutes: accept === undefined ? WD : officeMinutes(parsePeriod(accept)),
    };
    const contactLimit = topicContact ? undefined : limitOf(type, 'firstContact');
    const firstContact =
      topicContact ??
      (contactLimit === undefined
        ? undefined
        : { windowMinutes: officeMinutes(parsePeriod(contactLimit)), ...CALLS_WITHOUT_TOPIC });
    if (firstContact) plan.firstContact = firstContact;
    if (returnRule) plan.returns = { rule: returnRule, window: parsePeriod(returnRule.window.period) };
    if (extensionRule && k.extension) {
      plan.extension = {
        rule: extensionRule,
        windowDays: officeDays(parsePeriod(extensionRule.window.period)),
        cap: officeDays(parsePeriod(extensionRule.cap)),
      };
    } else if (k.extension && reachedByApproval(type)) {
      // The type follows an approved application the rule set gives no rule for: apply within the
      // type's own limit; its limit is already the extended one, so nothing is added.
      plan.extension = { windowDays: officeDays(plan.completion), cap: 0 };
    }
    return [plan, k.weight];
  });
  const dispatch = ruleset.commonDeadlines.find((x) => x.obligation === 'dispatch')?.period;
  const results = profile.revisits.results;
  const plan: Plan = {
    kinds: weightedTable(kinds),
    channels: table(profile.channels),
    units: weightedTable(unitWeights(profile)),
    flags: profile.flags,
    notDispatched: profile.flags.filter((f) => f.notDispatched).map((f) => f.flag),
    defaultUrgency: profile.defaultUrgency,
    secondaryUnitRate: profile.secondaryUnitRate,
    dispatchMinutes: dispatch === undefined ? WD : officeMinutes(parsePeriod(dispatch)),
    returns: profile.returns,
    disputes: table(profile.returns.disputeKinds),
    firstOutcomes: table(profile.returns.outcomes.first),
    againOutcomes: table(profile.returns.outcomes.again),
    extensions: profile.extensions,
    returnFields: fieldChances(profile.returns.fields),
    specialReturnFields: fieldChances(profile.returns.specialFields),
    returnFieldsByDispute: Object.fromEntries(
      Object.entries(profile.returns.fieldsByDisputeKind).map(([kind, fields]) => [kind, fieldChances(fields ?? {})]),
    ),
    extensionFields: fieldChances(profile.extensions.fields),
    closingReport: profile.closingReport,
    firstRevisit: weightedTable(results.map((r) => [r.value, r.first] as const)),
    laterRevisit: weightedTable(results.map((r) => [r.value, r.later] as const)),
    resolvedRate: new Map(results.map((r) => [r.value, r.resolvedRate])),
    // Redos follow revisit-triggered levels only (an overdue-triggered ladder has no redo).
    redoDays: revisitLadder ? revisitLadder.levels.map((l) => parsePeriod(l.redo).amount) : [],
    redoRate: profile.revisits.redoRate,
  };
  if (revisitLadder) plan.trigger = compileCondition(revisitLadder.trigger);
  if (ruleset.review && ruleset.review.points.length > 0) {
    plan.reviewFields = ruleset.review.points.map((p) => p.field);
    const passed: Record<string, boolean> = {};
    for (const p of plan.reviewFields) passed[p] = true;
    plan.reviewPassed = passed;
  }
  if (ruleset.id !== defaultOffice) plan.office = ruleset.id;
  return plan;
}

/** Options drawn in turn: each but the last is taken with its chance; a single option is no draw. */
function choose<T>(rng: Rng, options: readonly Choice<T>[]): T {
  const last = options.length - 1;
  for (let i = 0; i < last; i++) {
    const o = options[i] as Choice<T>;
    if (rng.chance(o.chance ?? 0)) return o.value;
  }
  return (options[last] as Choice<T>).value;
}

type ReturnRequest = { at: string; disputeKind?: DisputeKind; outcome?: Outcome } & Partial<
  Record<ReturnField, boolean>
>;

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
  asOf: Instant;
  clock: OfficeClock;
  rng: Rng;
  plan: Plan;
  text: InstantText;
  /** `GEN-<seed>-` and the width of the number (`generatedId`), worked out once per run. */
  idPrefix: string;
  idWidth: number;
  /** The latest event so far of the ticket being made (shown or not). */
  last: Instant;
  /** The escalation trigger's facts, one object re-used for every revisit. */
  facts: { revisitResult: RevisitResult | undefined; revisitResolved: boolean | undefined };
}

/** Office time drawn between loWd and hiWd office days after `from` (leaning early or not). */
function officeDraw(ctx: Context, from: Instant, loWd: number, hiWd: number, lean: boolean): Instant {
  const rng = ctx.rng;
  return ctx.clock.addOffice(from, (lean ? rng.skewed(loWd, hiWd) : rng.float(loWd, hiWd)) * WD);
}

/**
 * When the unit completes: on time between the kind's earliest and the type's limit (half the time
 * leaning early), or late by up to the kind's `lateBy`. Limits in working days count office time
 * and move by an approved extension; limits in hours count clock time; natural days end at 24:00.
 */
function completionOffset(
  ctx: Context,
  kind: KindPlan,
  accepted: Instant,
  extensionWorkdays: number,
  late: boolean,
): Instant {
  const rng = ctx.rng;
  const lean = rng.chance(0.5);
  const { earliest, lateBy } = kind.profile.completion;
  const limit = kind.completion;
  switch (limit.unit) {
    case 'hour': {
      const hours = limit.amount;
      return addClock(
        accepted,
        60 *
          (late ? rng.float(hours, hours + lateBy) : lean ? rng.skewed(earliest, hours) : rng.float(earliest, hours)),
      );
    }
    case 'day': {
      // n natural days: until 24:00 of the n-th day after acceptance.
      const end = startOfShanghaiDay(shanghaiDay(accepted) + limit.amount + 1);
      const onTimeMinutes = (end - accepted) / MS_PER_MINUTE - 1;
      const lo = earliest * 60;
      return late
        ? addClock(end, rng.float(60, lateBy * 60))
        : addClock(accepted, lean ? rng.skewed(lo, onTimeMinutes) : rng.float(lo, onTimeMinutes));
    }
    default: {
      const ext = kind.extension;
      const grant = kind.profile.extension?.grant ?? ext?.rule?.grant ?? 'requested-days';
      const added =
        ext === undefined || extensionWorkdays <= 0
          ? 0
          : grant === 'full-cap'
            ? ext.cap
            : Math.min(ext.cap, extensionWorkdays);
      const days = limit.amount + added;
      return late
        ? officeDraw(ctx, accepted, days, days + lateBy, false)
        : officeDraw(ctx, accepted, earliest, days, lean);
    }
  }
}

type Contact = NonNullable<Ticket['contacts']>[number];

/** One call: counted as an event, and shown when it happened by the snapshot. */
function call(ctx: Context, shown: Contact[], at: Instant, answered: boolean): void {
  if (at > ctx.last) ctx.last = at;
  if (at <= ctx.asOf) shown.push({ at: ctx.text.format(at), answered });
}

/**
 * Double calls: most answered within hours of acceptance; some a run of unanswered calls about the
 * rule set's minimum interval apart, around the number of unanswered calls it asks for. Returns
 * the calls made by the snapshot.
 */
function makeContacts(ctx: Context, fc: FirstContactPlan, accepted: Instant, fast: boolean): Contact[] {
  const { rng, clock } = ctx;
  const window = fc.windowMinutes;
  let t: Instant;
  if (fast) t = addClock(accepted, rng.float(2, 30));
  else {
    const r = rng.next();
    t =
      r < 0.9
        ? clock.addOffice(accepted, rng.skewed(5, 240))
        : r < 0.97
          ? clock.addOffice(accepted, rng.float(240, window))
          : clock.addOffice(accepted, rng.float(window, 2 * window));
  }
  const shown: Contact[] = [];
  const r = rng.next();
  if (r < 0.82) {
    if (rng.chance(0.2)) {
      call(ctx, shown, t, false);
      t = addClock(t, rng.float(10, 90));
    }
    call(ctx, shown, t, true);
  } else if (r < 0.97) {
    const n = rng.int(Math.max(1, fc.unansweredCalls - 1), fc.unansweredCalls + 1);
    for (let i = 0; i < n; i++) {
      if (i > 0) t = addClock(t, rng.float(0.5 * fc.intervalMinutes, 2 * fc.intervalMinutes));
      call(ctx, shown, t, false);
    }
    if (rng.chance(0.5)) call(ctx, shown, addClock(t, rng.float(60, 600)), true);
  } else {
    call(ctx, shown, t, false);
  }
  return shown;
}

function setFields(rng: Rng, req: ReturnRequest, fields: readonly FieldChance<ReturnField>[] | undefined): void {
  if (!fields) return;
  for (let i = 0; i < fields.length; i++) {
    const [f, p] = fields[i] as FieldChance<ReturnField>;
    req[f] = rng.chance(p);
  }
}

/** Return applications (one, or two on an escalated chain): those made by the snapshot. */
function makeReturns(ctx: Context, accepted: Instant, kind: KindPlan): ReturnRequest[] {
  const { rng, asOf, plan } = ctx;
  const cfg = plan.returns;
  const { rule, window } = kind.returns as NonNullable<KindPlan['returns']>;
  const special = kind.special;
  const hours = clockHours(window);
  const shown: ReturnRequest[] = [];
  // Within the rule's window of acceptance (some late): special tickets in minutes, others in hours.
  let at = special
    ? addClock(
        accepted,
        rng.chance(cfg.onTimeShare) ? rng.float(10, hours * 60) : rng.float(hours * 60, 2 * hours * 60),
      )
    : addClock(
        accepted,
        60 * (rng.chance(cfg.onTimeShare) ? rng.float(0.5, hours) : rng.float(hours, (hours * 5) / 3)),
      );
  const disputeKind = special ? undefined : rng.weighted(plan.disputes);
  // With an escalated chain the unit may apply a second time after a rejection or refusal.
  const rounds = rule.escalated ? 2 : 1;
  for (let round = 0; round < rounds; round++) {
    if (at > ctx.last) ctx.last = at;
    const req: ReturnRequest = { at: at <= asOf ? ctx.text.format(at) : '' };
    if (special) setFields(rng, req, plan.specialReturnFields);
    else {
      req.disputeKind = disputeKind;
      setFields(rng, req, plan.returnFields);
      setFields(rng, req, plan.returnFieldsByDispute[disputeKind as DisputeKind]);
    }
    const decided = addClock(at, 60 * rng.float(1, 24));
    const outcome = rng.weighted(round === 0 ? plan.firstOutcomes : plan.againOutcomes);
    req.outcome = decided > asOf ? 'pending' : outcome;
    if (at <= asOf) shown.push(req);
    if (!(req.outcome === 'rejected' || req.outcome === 'refused') || !rng.chance(cfg.againRate)) break;
    at = addClock(decided, 60 * rng.float(1, 8));
  }
  return shown;
}

/** The extension application; `approved` whether or not the decision is in by the snapshot. */
function makeExtension(
  ctx: Context,
  accepted: Instant,
  kind: KindPlan,
): { at: Instant; req: ExtensionRequest; approved: boolean } {
  const { rng, clock, asOf } = ctx;
  const cfg = kind.profile.extension as NonNullable<KindProfile['extension']>;
  const w = (kind.extension as NonNullable<KindPlan['extension']>).windowDays;
  const { onTimeShare, onTime, late } = cfg.apply;
  // Within the rule's application window (a share late), in office time.
  const days =
    onTimeShare === undefined || late === undefined || rng.chance(onTimeShare)
      ? rng.float(onTime[0] * w, onTime[1] * w)
      : rng.float(late[0] * w, late[1] * w);
  const at = clock.addOffice(accepted, WD * days);
  const { usual, usualShare, range } = cfg.days;
  const workdays = usual !== undefined && rng.chance(usualShare ?? 0) ? usual : rng.int(range[0], range[1]);
  const req: ExtensionRequest = { at: at <= asOf ? ctx.text.format(at) : '', workdays };
  const fields = ctx.plan.extensionFields;
  for (let i = 0; i < fields.length; i++) {
    const [f, p] = fields[i] as FieldChance<'reason' | 'plan'>;
    req[f] = rng.chance(p);
  }
  const decided = addClock(at, 60 * rng.float(2, 30));
  const approved = rng.chance(ctx.plan.extensions.approvedRate);
  if (decided <= asOf) req.approved = approved;
  return { at, req, approved };
}

function makeClosingReport(ctx: Context, points: readonly string[]): Record<string, boolean> {
  const { rng } = ctx;
  const cfg = ctx.plan.closingReport;
  const report: Record<string, boolean> = { ...ctx.plan.reviewPassed };
  if (rng.chance(cfg.failRate)) {
    const failures = rng.chance(cfg.singleFailureShare) ? 1 : 2;
    for (let i = 0; i < failures; i++) report[rng.pick(points)] = false;
  }
  return report;
}

type Revisit = NonNullable<Ticket['revisits']>[number];

/** The center's revisits after completion and, after one that triggers escalation, redos. */
function addRevisits(ctx: Context, t: Ticket, completed: Instant): void {
  const { rng, clock, asOf, plan, facts } = ctx;
  let revisits: Revisit[] | undefined;
  let redos: { at: string }[] | undefined;
  let at = clock.addOffice(completed, rng.chance(0.95) ? rng.skewed(30, 1.5 * WD) : rng.float(1.5 * WD, 4 * WD));
  let table = plan.firstRevisit;
  for (;;) {
    if (at > asOf) break;
    const result = rng.weighted(table);
    const resolved = rng.chance(plan.resolvedRate.get(result) ?? 0);
    revisits ??= [];
    revisits.push({ at: ctx.text.format(at), result, resolved, level: 'town' });
    let triggers = false;
    if (plan.trigger) {
      facts.revisitResult = result;
      facts.revisitResolved = resolved;
      triggers = plan.trigger(facts) === true;
    }
    const redone = redos === undefined ? 0 : redos.length;
    if (!triggers || redone >= plan.redoDays.length || !rng.chance(plan.redoRate)) break;
    // Redo within the level's redo period (some late), then the center revisits again.
    const days = plan.redoDays[redone] as number;
    const redo = clock.addOffice(
      at,
      WD * (rng.chance(0.9) ? rng.float(0.15 * days, 0.9 * days) : rng.float(days, 1.5 * days)),
    );
    if (redo > asOf) break;
    redos ??= [];
    redos.push({ at: ctx.text.format(redo) });
    at = clock.addOffice(redo, rng.float(30, 240));
    table = plan.laterRevisit;
  }
  if (revisits) t.revisits = revisits;
  if (redos) t.redos = redos;
}

/** The ticket's categories, after its times (the field order a reader expects). */
function addCategories(
  t: Ticket,
  channel: Ticket['channel'],
  urgency: Ticket['urgency'],
  category: string | undefined,
  tags: string[],
  flags: Ticket['flags'],
): Ticket {
  t.channel = channel;
  t.urgency = urgency;
  if (category !== undefined) t.category = category;
  t.tags = tags;
  if (flags) t.flags = flags;
  return t;
}

function isNotDispatched(plan: Plan, flags: NonNullable<Ticket['flags']>): boolean {
  const nd = plan.notDispatched;
  for (let i = 0; i < nd.length; i++) if (flags[nd[i] as TicketFlag]) return true;
  return false;
}

function makeTicket(ctx: Context, index: number, received: Instant): Ticket {
  const { rng, clock, asOf, plan } = ctx;
  rng.reseed(ctx.seed, index);
  const kind = rng.weighted(plan.kinds);
  const k = kind.profile;
  const channel: Ticket['channel'] = k.channel ? choose(rng, k.channel) : rng.weighted(plan.channels);
  const urgency: Ticket['urgency'] = k.urgency ? choose(rng, k.urgency) : plan.defaultUrgency;
  const tags: string[] = k.tags ? choose(rng, k.tags).slice() : [];
  const category = k.category ? choose(rng, k.category) : undefined;
  let flags: Ticket['flags'];
  const flagRates = plan.flags;
  for (let i = 0; i < flagRates.length; i++) {
    const { flag, rate } = flagRates[i] as PopulationProfile['flags'][number];
    if (!rng.chance(rate)) continue;
    flags ??= {};
    flags[flag] = true;
  }
  const id = ctx.idPrefix + String(index + 1).padStart(ctx.idWidth, '0');
  // Fields in the order a reader expects: times first, then the ticket's categories.
  const t = (
    plan.office === undefined
      ? { id, received: ctx.text.format(received) }
      : { id, office: plan.office, received: ctx.text.format(received) }
  ) as Ticket;
  // Tickets with such a flag (e.g. outside the jurisdiction) go back, never to a unit.
  if (flags && isNotDispatched(plan, flags)) return addCategories(t, channel, urgency, category, tags, flags);

  const fast = k.roundTheClock === true;
  // The center dispatches within the dispatch limit; round-the-clock kinds at once.
  const dispatched = fast
    ? addClock(received, rng.float(10, 45))
    : clock.addOffice(
        received,
        rng.chance(0.55)
          ? rng.float(10, 60)
          : rng.chance(0.67)
            ? rng.float(60, 240)
            : rng.float(240, plan.dispatchMinutes),
      );
  if (dispatched > asOf) return addCategories(t, channel, urgency, category, tags, flags);
  t.dispatched = ctx.text.format(dispatched);
  // The unit accepts within the acceptance limit (a few take up to half as long again).
  const r = rng.next();
  const acceptBy = kind.acceptMinutes;
  const accepted = fast
    ? addClock(dispatched, rng.float(5, 30))
    : clock.addOffice(
        dispatched,
        r < 0.5
          ? rng.float(5, 60)
          : r < 0.8
            ? rng.float(60, 300)
            : r < 0.95
              ? rng.float(300, acceptBy)
              : rng.float(acceptBy, 1.5 * acceptBy),
      );
  if (accepted > asOf) return addCategories(t, channel, urgency, category, tags, flags);
  t.accepted = ctx.text.format(accepted);
  addCategories(t, channel, urgency, category, tags, flags);

  const primary = rng.weighted(plan.units);
  const nSecondary = k.secondaryUnits
    ? rng.int(k.secondaryUnits[0], k.secondaryUnits[1])
    : rng.chance(plan.secondaryUnitRate)
      ? 1
      : 0;
  if (nSecondary > 0) {
    const secondary: string[] = [];
    for (let guard = 0; secondary.length < nSecondary && guard < 20; guard++) {
      const u = rng.weighted(plan.units);
      if (u !== primary && !secondary.includes(u)) secondary.push(u);
    }
    t.units = secondary.length > 0 ? { primary, secondary } : { primary };
  } else t.units = { primary };

  ctx.last = accepted;
  if (kind.firstContact) {
    const shownContacts = makeContacts(ctx, kind.firstContact, accepted, fast);
    if (shownContacts.length > 0) t.contacts = shownContacts;
  }

  if (kind.returns && rng.chance(plan.returns.rate)) {
    const shown = makeReturns(ctx, accepted, kind);
    if (shown.length > 0) t.returnRequests = shown as Ticket['returnRequests'];
  }

  let extensionWorkdays = 0;
  if (kind.extension && rng.chance(k.extension?.rate ?? 0)) {
    const ext = makeExtension(ctx, accepted, kind);
    if (ext.at > ctx.last) ctx.last = ext.at;
    if (ext.at <= asOf) t.extensionRequests = [ext.req];
    if (ext.approved) extensionWorkdays = ext.req.workdays;
  }

  const late = rng.chance(k.lateRate);
  const completed = Math.max(
    completionOffset(ctx, kind, accepted, extensionWorkdays, late),
    addClock(ctx.last, rng.float(15, 90)),
  );
  if (completed > asOf) return t;
  t.completed = ctx.text.format(completed);
  if (plan.reviewFields) t.closingReport = makeClosingReport(ctx, plan.reviewFields);

  addRevisits(ctx, t, completed);
  return t;
}

/** The run's state: the plan, the caches and the received instants drawn so far. */
class TicketRun {
  private readonly ctx: Context;
  private readonly profile: ReceivedProfile;
  private readonly order: Rng;
  private readonly lastSecond: number;
  /** The index of the next ticket whose received instant is drawn. */
  next = 0;
  private remaining = 1;
  private prev = -Infinity;

  constructor(
    readonly count: number,
    seed: number,
    private readonly fromMs: Instant,
    toMs: Instant,
    asOf: Instant,
    calendar: Calendar,
    plan: Plan,
  ) {
    const firstDay = shanghaiDay(fromMs);
    const clock = new OfficeClock(calendar, firstDay);
    this.profile = new ReceivedProfile(fromMs, toMs, clock);
    this.order = new Rng(seed, Number.MAX_SAFE_INTEGER);
    this.ctx = {
      seed,
      asOf,
      clock,
      rng: new Rng(seed),
      plan,
      text: new InstantText(firstDay),
      idPrefix: `GEN-${seed}-`,
      idWidth: Math.max(6, String(count).length),
      last: 0,
      facts: { revisitResult: undefined, revisitResolved: undefined },
    };
    this.lastSecond = Math.ceil(toMs / 1000) * 1000 - 1000;
  }

  /**
   * The next ticket's received instant. Ascending uniforms one at a time (order statistics): the
   * remaining mass shrinks by U^(1/k) with k tickets left, so no sorting and nothing held.
   */
  private received(): Instant {
    const { count, fromMs, lastSecond } = this;
    this.remaining *= Math.exp(Math.log(this.order.nextOpen()) / (count - this.next));
    let received = Math.floor(this.profile.at(1 - this.remaining) / 1000) * 1000;
    if (received < fromMs) received = fromMs;
    if (received > lastSecond) received = Math.max(fromMs, lastSecond);
    if (received < this.prev) received = this.prev;
    this.prev = received;
    this.next++;
    return received;
  }

  /** The next ticket. */
  ticket(): Ticket {
    const i = this.next;
    return makeTicket(this.ctx, i, this.received());
  }

  /** Skips to ticket `index` (only the received instants of those skipped are drawn: cheap). */
  skipTo(index: number): void {
    while (this.next < index) this.received();
  }
}

function* run(r: TicketRun): Generator<Ticket, void, undefined> {
  while (r.next < r.count) yield r.ticket();
}

/**
 * The plain-data form of a generated batch (no calendar: the taker supplies the one the batch was
 * generated on), so a worker thread can make its own slices instead of being sent the tickets.
 */
export type GeneratedSpec = Omit<GenerateTicketsOptions, 'calendar'>;

/** Set on what `generateTickets` returns: how it was made, and on which calendar. */
export const GENERATED: unique symbol = Symbol('generated');
export type GeneratedTickets = Generator<Ticket, void, undefined> & {
  [GENERATED]: { spec: GeneratedSpec; calendar: Calendar };
};

/**
 * Slices of a generated batch, taken in increasing order (each from where the last one ended or
 * later): `take(start, end)` gives tickets start … end−1, identical to those `generateTickets`
 * yields at those positions.
 */
export class GeneratedSlices {
  private readonly run: TicketRun;
  constructor(spec: GeneratedSpec, calendar: Calendar) {
    this.run = startRun({ ...spec, calendar });
  }

  take(start: number, end: number): Ticket[] {
    const r = this.run;
    if (start < r.next) throw new RangeError(`slice ${start} is behind the cursor (${r.next})`);
    r.skipTo(start);
    const last = Math.min(end, r.count);
    const out: Ticket[] = [];
    while (r.next < last) out.push(r.ticket());
    return out;
  }
}

/**
 * Streams `count` synthetic tickets received in [from, to), in order of `received`. Validates its
 * options and the profile against the rule set at once (throws `HotlineError`), then generates
 * lazily: take five of a billion and only five are made.
 */
export function generateTickets(options: GenerateTicketsOptions): GeneratedTickets {
  const gen = run(startRun(options)) as GeneratedTickets;
  const { calendar, ...spec } = options;
  gen[GENERATED] = { spec, calendar };
  return gen;
}

/** Validates the options (throws `HotlineError`) and compiles the run. */
function startRun(options: GenerateTicketsOptions): TicketRun {
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
  const plan = compilePlan(options.ruleset, options.profile, options.defaultOffice);
  return new TicketRun(count, seed, fromMs, toMs, asOf, calendar, plan);
}
