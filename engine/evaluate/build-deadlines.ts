import type { Calendar } from '../calendar/calendar.ts';
import { type DayNumber, fromDayNumber } from '../calendar/day-number.ts';
import { dueWords } from '../calendar/due.ts';
import { type CountingSettings, type DueNumbers, isOnTime } from '../calendar/due-numbers.ts';
import { formatInstant, type Instant } from '../calendar/instant.ts';
import { type Period, parsePeriod } from '../calendar/period.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import { explainDue } from '../explain/explain-due.ts';
import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Anchor, ExtensionRule, Obligation, Ruleset, TicketTypeRule, TimeLimit } from '../rules/types.ts';
import { ANCHOR_NAMES } from '../rules/vocabulary.ts';
import type { CoreDeadline, CoreEscalationStep, CoreWarning } from './core-types.ts';
import type { TicketTimes } from './facts.ts';
import { type PlannedLimit, type RulesetPlan, redoLimitOf } from './plan.ts';
import type { DeadlineStatus, DecisionDeadline } from './types.ts';

interface BuildInput {
  limits: readonly PlannedLimit[];
  times: TicketTimes;
  calendar: Calendar;
  /** The day of asOf. */
  today: DayNumber;
  /** Counts each (anchor, period) once per decision. */
  count: (anchor: Instant, period: Period) => DueNumbers;
  dueSoonWindow: Period;
  firstContactDoneAt: Instant | null;
  steps: readonly CoreEscalationStep[];
  /** The plan and the escalation rule whose levels' redo limits the steps use. */
  plan: RulesetPlan;
  redoRuleId: string;
  warnings: CoreWarning[];
}

interface Built {
  deadlines: CoreDeadline[];
  completeDueSoon: boolean;
  /** Obligations with a deadline overdue as of asOf (the `overdueObligations` fact). */
  overdue: Obligation[];
}

/** Every time limit that applies to the ticket, counted on the calendar, with its status as of asOf. */
export function buildCoreDeadlines(input: BuildInput): Built {
  const { times } = input;
  const out: Built = { deadlines: [], completeDueSoon: false, overdue: [] };
  for (const planned of input.limits) {
    const limit = planned.limit;
    const anchorMs = anchorOf(limit.from, times);
    if (anchorMs === null) {
      if (limit.from !== 'completed') input.warnings.push({ kind: 'missing-anchor', limit });
      continue;
    }
    const d = input.count(anchorMs, planned.period);
    addDeadline(input, out, planned, anchorMs, d, doneOf(limit.obligation, times, input.firstContactDoneAt));
  }
  for (const step of input.steps) {
    addDeadline(
      input,
      out,
      redoLimitOf(input.plan, input.redoRuleId, step.level),
      step.revisitAt,
      step.redo,
      step.redoDoneAt,
    );
  }
  return out;
}

// A plain function, not a closure: under tsx every named closure costs a `__name` call per decision.
function addDeadline(
  input: BuildInput,
  out: Built,
  planned: PlannedLimit,
  anchorMs: Instant,
  d: DueNumbers,
  doneAt: Instant | null,
): void {
  const { calendar, today } = input;
  const asOf = input.times.asOf;
  if (d.gaps.length > 0) input.warnings.push({ kind: 'gaps', gaps: d.gaps });
  const obligation = planned.limit.obligation;
  const hours = planned.period.unit === 'hour';
  const inTime = isOnTime(d, asOf);
  const done = doneAt !== null && doneAt <= asOf;
  const w = input.dueSoonWindow;
  const checkSoon = planned.dueSoon && !hours && inTime;
  // Working days left after asOf's day up to the last day: for due-soon (4.5) and `remainingWorkdays`.
  const left =
    !hours && (!done || (checkSoon && w.unit === 'workday'))
      ? workingDaysBetweenNumbers(calendar, today, d.lastDay)
      : 0;
  const soon = checkSoon && (w.unit === 'workday' ? left : d.lastDay - today) < w.amount;
  if (obligation === 'complete' && soon && doneAt === null) out.completeDueSoon = true;
  const status: DeadlineStatus = done
    ? isOnTime(d, doneAt)
      ? 'met'
      : 'late'
    : !inTime
      ? planned.optional
        ? 'lapsed'
        : 'overdue'
      : soon
        ? 'due-soon'
        : 'pending';
  if (status === 'overdue' && !out.overdue.includes(obligation)) out.overdue.push(obligation);
  out.deadlines.push({
    planned,
    anchorMs,
    due: d,
    status,
    doneAtMs: done ? doneAt : null,
    remainingMs: done ? null : d.dueAtMs - asOf,
    remainingWorkdays: done || hours ? null : left,
  });
}

/** The instant a limit counts from, when the ticket has it (revisit-anchored limits are the redos). */
function anchorOf(anchor: Anchor, times: TicketTimes): Instant | null {
  if (anchor === 'received') return times.received;
  if (anchor === 'dispatched') return times.dispatched;
  if (anchor === 'accepted') return times.accepted;
  if (anchor === 'completed') return times.completed;
  return null;
}

/** When an obligation was fulfilled (the first request, revisit …), or null. */
function doneOf(o: Obligation, times: TicketTimes, firstContactDoneAt: Instant | null): Instant | null {
  switch (o) {
    case 'dispatch':
      return times.dispatched;
    case 'accept':
      return times.accepted;
    case 'firstContact':
      return firstContactDoneAt;
    case 'returnRequest':
      return times.returns[0]?.at ?? null;
    case 'extensionRequest':
      return times.extensions[0]?.at ?? null;
    case 'complete':
    case 'review':
      return times.completed;
    case 'revisit':
      return times.revisits[0]?.at ?? null;
    default:
      return null;
  }
}

/** A deadline as a decision states it; with `explain`, how it was counted (the days passed over, with their names: words for the core's numbers, not a recount). */
export function renderDeadline(
  d: CoreDeadline,
  calendar: Calendar,
  counting: CountingSettings,
  explain: boolean,
): DecisionDeadline {
  const { limit, period } = d.planned;
  const deadline: DecisionDeadline = {
    obligation: limit.obligation,
    ruleId: limit.id,
    clause: limit.clause,
    responsible: limit.responsible,
    from: limit.from,
    fromAt: formatInstant(d.anchorMs),
    period: limit.period,
    dueDate: fromDayNumber(d.due.lastDay),
    dueAt: formatInstant(d.due.dueAtMs),
    status: d.status,
    doneAt: d.doneAtMs === null ? null : formatInstant(d.doneAtMs),
    remainingMs: d.remainingMs,
    remainingWorkdays: d.remainingWorkdays,
    provisional: d.due.gaps.length > 0,
  };
  if (explain) {
    const full = dueWords(d.anchorMs, period, d.due, calendar, counting);
    deadline.explanation = { zh: explainDue(full, 'zh'), en: explainDue(full, 'en') };
  }
  return deadline;
}

/**
 * The limits a ticket type always has: common ones, its own, first contact (which applies to
 * every ticket), and the return and extension windows.
 */
export function staticLimits(ruleset: Ruleset, type: TicketTypeRule): readonly TimeLimit[] {
  let byType = staticCache.get(ruleset);
  if (!byType) {
    byType = new Map();
    staticCache.set(ruleset, byType);
  }
  const hit = byType.get(type.id);
  if (hit) return hit;
  const limits: TimeLimit[] = [...ruleset.commonDeadlines, ...type.deadlines];
  const has = (o: Obligation) => limits.some((l) => l.obligation === o);
  const fc = ruleset.firstContact;
  if (fc && !has('firstContact')) {
    limits.push({
      id: fc.id,
      clause: fc.clause,
      obligation: 'firstContact',
      period: fc.window.period,
      from: fc.window.from,
      responsible: 'unit',
    });
  }
  const ret = ruleset.returns.find((r) => r.appliesTo.includes(type.id));
  if (ret && !has('returnRequest')) {
    limits.push({
      id: ret.id,
      clause: ret.clause,
      obligation: 'returnRequest',
      period: ret.window.period,
      from: ret.window.from,
      responsible: ret.applicant,
    });
  }
  // The type the rule applies to, and the type an approval makes it: the request keeps its deadline.
  const ext = extensionRuleFor(ruleset, type.id);
  if (ext && !has('extensionRequest')) {
    limits.push({
      id: ext.id,
      clause: ext.clause,
      obligation: 'extensionRequest',
      period: ext.window.period,
      from: ext.window.from,
      responsible: 'unit',
    });
  }
  Object.freeze(limits);
  byType.set(type.id, limits);
  return limits;
}

/** The extension rule a ticket of this type may use, or was made this type by. */
export function extensionRuleFor(ruleset: Ruleset, typeId: string): ExtensionRule | undefined {
  return (
    ruleset.extensions.find((r) => r.appliesTo.includes(typeId as TicketTypeRule['id'])) ??
    ruleset.extensions.find((r) => r.becomes === typeId)
  );
}

/** Per rule-set object (frozen, so the list never goes stale). */
const staticCache = new WeakMap<Ruleset, Map<string, readonly TimeLimit[]>>();

/** The working days the last approved extension adds, or null when none is approved. */
export function approvedExtraWorkdays(rule: ExtensionRule, times: TicketTimes): number | null {
  let lastApproved: { workdays: number } | undefined;
  for (const e of times.extensions) if (e.item.approved === true) lastApproved = e.item;
  return lastApproved ? grantedWorkdays(rule, lastApproved.workdays) : null;
}

/** Working days an approved extension adds: those asked for (at least 1, at most the cap), or the cap. */
export function grantedWorkdays(rule: ExtensionRule, requested: number): number {
  const cap = parsePeriod(rule.cap).amount;
  if (rule.grant === 'full-cap') return cap;
  return Math.min(Math.max(1, Math.floor(requested)), cap);
}

/** The rule set's words for a deadline that cannot be counted yet (its anchor has not happened). */
export function missingAnchor(limit: TimeLimit, labels: Labels): Text {
  const a = ANCHOR_NAMES[limit.from];
  const o = labels.obligation(limit.obligation);
  return {
    zh: `工单尚无${a.zh}时间，暂不能计算${o.zh}（${labels.clause(limit.clause, 'zh')}）的期限`,
    en: `the ticket has no ${a.en} time yet, so the ${o.en} deadline (${labels.clause(limit.clause, 'en')}) cannot be counted`,
  };
}
