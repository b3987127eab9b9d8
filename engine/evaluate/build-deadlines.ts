import type { Calendar } from '../calendar/calendar.ts';
import { type Due, due } from '../calendar/due.ts';
import { formatInstant, type Instant } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import { explainDue } from '../explain/explain-due.ts';
import { type Labels, labelsOf } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Anchor, ExtensionRule, Obligation, Ruleset, TicketTypeRule, TimeLimit } from '../rules/types.ts';
import { ANCHOR_NAMES } from '../rules/vocabulary.ts';
import { deadlineStatus, isDueSoon, remaining } from './deadline-status.ts';
import type { EscalationOutcome } from './escalation.ts';
import type { TicketTimes } from './facts.ts';
import type { DecisionDeadline, Ticket } from './types.ts';

interface BuildInput {
  ruleset: Ruleset;
  type: TicketTypeRule;
  ticket: Ticket;
  times: TicketTimes;
  calendar: Calendar;
  firstContactDoneAt: Instant | null;
  escalation: EscalationOutcome;
  warnings: Text[];
  explain: boolean;
}

const OPTIONAL: ReadonlySet<Obligation> = new Set(['returnRequest', 'extensionRequest']);
const DUE_SOON: ReadonlySet<Obligation> = new Set(['complete', 'redo', 'review']);

/** Every time limit that applies to the ticket, counted on the calendar, with its status as of asOf. */
export function buildDeadlines(input: BuildInput): {
  deadlines: DecisionDeadline[];
  completeDueSoon: boolean;
  /** Obligations with a deadline overdue as of asOf (the `overdueObligations` fact). */
  overdue: Obligation[];
} {
  const { ruleset, type, times, calendar, warnings } = input;
  const counting = ruleset.settings.counting;
  const doneOf: Record<string, Instant | null> = {
    dispatch: times.dispatched,
    accept: times.accepted,
    firstContact: input.firstContactDoneAt,
    returnRequest: times.returns[0]?.at ?? null,
    extensionRequest: times.extensions[0]?.at ?? null,
    complete: times.completed,
    revisit: times.revisits[0]?.at ?? null,
    review: times.completed,
  };
  const anchors: Partial<Record<Anchor, Instant | null>> = {
    received: times.received,
    dispatched: times.dispatched,
    accepted: times.accepted,
    completed: times.completed,
  };
  const limits = applicableLimits(ruleset, type, times);
  const out: DecisionDeadline[] = [];
  let completeDueSoon = false;
  const push = (limit: TimeLimit, anchorAt: Instant, doneAt: Instant | null) => {
    const d = due(anchorAt, limit.period, { calendar, counting, trail: input.explain });
    warnings.push(...d.warnings);
    const soon = DUE_SOON.has(limit.obligation) && isDueSoon(calendar, d, times.asOf, ruleset.settings.dueSoon.period);
    if (limit.obligation === 'complete' && soon && doneAt === null) completeDueSoon = true;
    const status = deadlineStatus({
      due: d,
      doneAt,
      asOf: times.asOf,
      optional: OPTIONAL.has(limit.obligation),
      dueSoon: soon,
    });
    const deadline = toDeadline(limit, d, status, doneAt, calendar, times.asOf);
    if (input.explain) deadline.explanation = { zh: explainDue(d, 'zh'), en: explainDue(d, 'en') };
    out.push(deadline);
  };
  for (const limit of limits) {
    const anchorAt = anchors[limit.from];
    if (anchorAt === undefined || anchorAt === null) {
      if (limit.from !== 'completed') warnings.push(missingAnchor(limit, labelsOf(input.ruleset)));
      continue;
    }
    push(limit, anchorAt, doneOf[limit.obligation] ?? null);
  }
  for (const step of input.escalation.steps) {
    const limit: TimeLimit = {
      id: `${step.escalation.ruleId}.level${step.level.level}`,
      clause: step.level.clause,
      obligation: 'redo',
      period: step.level.redo,
      from: 'revisited',
      responsible: 'unit',
    };
    push(limit, step.revisitAt, step.redoDoneAt);
  }
  const overdue = [...new Set(out.filter((d) => d.status === 'overdue').map((d) => d.obligation))];
  return { deadlines: out, completeDueSoon, overdue };
}

/**
 * The limits a ticket type always has: common ones, its own, first contact (which applies to
 * every ticket), and the return and extension windows.
 */
function staticLimits(ruleset: Ruleset, type: TicketTypeRule): readonly TimeLimit[] {
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

/**
 * The type's limits. When an approved extension made the ticket this type (4.4 视为疑难工单), the
 * ticket keeps the limits of the type it was (acceptance, first contact, return window, revisit…):
 * its completion limit becomes the base limit plus the days granted (`grant`), and each obligation
 * of the rule's `alsoMoves` moves by the same working days.
 */
function applicableLimits(ruleset: Ruleset, type: TicketTypeRule, times: TicketTimes): readonly TimeLimit[] {
  const limits = staticLimits(ruleset, type);
  const extRule = ruleset.extensions.find((r) => r.becomes === type.id);
  if (!extRule) return limits;
  const extra = approvedExtraWorkdays(extRule, times);
  if (extra === null) return limits;
  const baseType = ruleset.ticketTypes.find((t) => extRule.appliesTo.includes(t.id));
  const base = baseType?.deadlines.find((d) => d.obligation === 'complete');
  if (!baseType || !base) return limits;
  const p = parsePeriod(base.period);
  const extended: TimeLimit = {
    ...base,
    id: `${extRule.id}.complete`,
    clause: extRule.clause,
    period: `${p.amount + extra}个工作日`,
  };
  const moves = new Set(extRule.alsoMoves ?? []);
  return staticLimits(ruleset, baseType).map((l) => {
    if (l.obligation === 'complete') return extended;
    if (!moves.has(l.obligation)) return l;
    const q = parsePeriod(l.period);
    if (q.unit !== 'workday') return l;
    return { ...l, id: `${extRule.id}.${l.obligation}`, period: `${q.amount + extra}个工作日` };
  });
}

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
function missingAnchor(limit: TimeLimit, labels: Labels): Text {
  const a = ANCHOR_NAMES[limit.from];
  const o = labels.obligation(limit.obligation);
  return {
    zh: `工单尚无${a.zh}时间，暂不能计算${o.zh}（${labels.clause(limit.clause, 'zh')}）的期限`,
    en: `the ticket has no ${a.en} time yet, so the ${o.en} deadline (${labels.clause(limit.clause, 'en')}) cannot be counted`,
  };
}

function toDeadline(
  limit: TimeLimit,
  d: Due,
  status: DecisionDeadline['status'],
  doneAt: Instant | null,
  calendar: Calendar,
  asOf: Instant,
): DecisionDeadline {
  const done = doneAt !== null && doneAt <= asOf;
  return {
    obligation: limit.obligation,
    ruleId: limit.id,
    clause: limit.clause,
    responsible: limit.responsible,
    from: limit.from,
    fromAt: d.anchorAt,
    period: limit.period,
    dueDate: d.dueDate,
    dueAt: d.dueAt,
    status,
    doneAt: done ? formatInstant(doneAt) : null,
    ...remaining(calendar, d, asOf, done),
    provisional: d.provisional,
  };
}
