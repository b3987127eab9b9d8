import type { Calendar } from '../calendar/calendar.ts';
import { formatInstant, type Instant, parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import { labelsOf } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { extensionAction, returnAction } from './actions.ts';
import { appliedSettings } from './applied-settings.ts';
import { approvedExtraWorkdays, buildDeadlines, extensionRuleFor } from './build-deadlines.ts';
import { checkClosingReport } from './closing-report.ts';
import { type EscalationOutcome, evaluateEscalation } from './escalation.ts';
import { extensionWarnings } from './extension-checks.ts';
import { type TicketTimes, ticketFacts } from './facts.ts';
import { checkFirstContact } from './first-contact.ts';
import { compiledJudge, engineJudge, type Judge, type JudgeAnswer } from './judge.ts';
import { evaluateOverdueEscalation, isOverdueTriggered } from './overdue-escalation.ts';
import { checkTicketValues } from './ticket-values.ts';
import { ticketView, timelineOf } from './timeline.ts';
import type { Decision, Ticket, TraceEntry } from './types.ts';

export interface EvaluateOptions {
  /** The moment the decision is made for (ISO 8601). The engine never reads the clock. */
  asOf: string;
  /** `engine` (json-rules-engine, the reference; default) or `compiled` (same conditions as plain functions). */
  path?: 'engine' | 'compiled';
  /** Build each deadline's counting explanation (default true; simulations of many tickets turn it off). */
  explain?: boolean;
  /** Keep the trace of every rule (default true; simulations of many tickets turn it off). */
  trace?: boolean;
}

/** A ticket that names its office is decided only under that office's rule set. */
function checkOffice(ruleset: Ruleset, ticket: Ticket): void {
  if (ticket.office === undefined || ticket.office === ruleset.id) return;
  throw new HotlineError('TICKET_OFFICE_MISMATCH', {
    zh: `工单属于办公室“${ticket.office}”，不能按规则集“${ruleset.id}”决定`,
    en: `the ticket belongs to office "${ticket.office}" and cannot be decided under rule set "${ruleset.id}"`,
  });
}

/**
 * The decision for one ticket as of `asOf` under one rule-set version: json-rules-engine judges
 * the conditions (ticket type, reminders, notifications, escalation trigger); the calendar counts
 * every period.
 */
export async function evaluate(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: EvaluateOptions,
): Promise<Decision> {
  const judge = options.path === 'compiled' ? compiledJudge(ruleset, options.trace !== false) : engineJudge(ruleset);
  const steps = decisionSteps(ruleset, calendar, input, options, judge);
  let next = steps.next();
  while (!next.done) next = steps.next(await next.value);
  return next.value;
}

/**
 * The same decision on the compiled path, synchronously (no Promise per ticket): for batches.
 * Identical to `evaluate(…, { path: 'compiled' })`.
 */
export function evaluateSync(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: Omit<EvaluateOptions, 'path'>,
): Decision {
  const steps = decisionSteps(ruleset, calendar, input, options, compiledJudge(ruleset, options.trace !== false));
  let next = steps.next();
  while (!next.done) next = steps.next(next.value as TraceEntry[]);
  return next.value;
}

/**
 * The decision as a sequence of steps that ask the judge (json-rules-engine or compiled) and get
 * its trace back: one code path for both, driven asynchronously by `evaluate` and synchronously
 * by `evaluateSync`.
 */
function* decisionSteps(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: EvaluateOptions,
  judge: Judge,
): Generator<JudgeAnswer, Decision, TraceEntry[]> {
  checkOffice(ruleset, input);
  checkTicketValues(ruleset, input);
  const asOf = parseInstant(options.asOf);
  const recorded = timelineOf(input, asOf);
  const ticket = ticketView(input, recorded);
  // 4.6 对不符合八要素的报告一律不准办结: a failing report does not complete the ticket (when the rule says so).
  const closingReport = ruleset.review ? checkClosingReport(ruleset.review, ticket) : null;
  const times =
    closingReport && !closingReport.passed && ruleset.review?.blocksCompletion === true
      ? { ...recorded, completed: null }
      : recorded;
  const counting = ruleset.settings.counting;
  const facts = ticketFacts(ticket, times, calendar);
  const warnings: Text[] = [];

  const classTrace = yield judge.classify(facts);
  // The classify trace is in the order of ruleset.ticketTypes (priority order; see ruleSpecs).
  const matched = ruleset.ticketTypes.filter((_, i) => classTrace[i]?.fired === true);
  const type = matched[0];
  if (!type) {
    throw new HotlineError('RULESET_NO_TICKET_TYPE', {
      zh: `规则集 ${ruleset.id}/${ruleset.version} 没有与工单 ${ticket.id} 匹配的工单类型（应有兜底的普通工单）`,
      en: `rule set ${ruleset.id}/${ruleset.version} has no ticket type matching ${ticket.id} (a fallback normal type is expected)`,
    });
  }

  const firstContact =
    times.accepted === null || !ruleset.firstContact
      ? null
      : checkFirstContact(ruleset.firstContact, times, times.accepted, calendar, counting);
  const revisitEscalation = ruleset.escalation && !isOverdueTriggered(ruleset.escalation) ? ruleset.escalation : null;
  const escalation: EscalationOutcome = revisitEscalation
    ? yield* evaluateEscalation(
        revisitEscalation,
        judge,
        times,
        facts,
        anchorOf(revisitEscalation.from, times),
        calendar,
        counting,
        thresholdShift(ruleset, type.id, times),
        labelsOf(ruleset).role,
      )
    : { steps: [], current: null, trace: [] };
  const built = buildDeadlines({
    ruleset,
    type,
    ticket,
    times,
    calendar,
    // Without a first-contact topic (no call rules), a contact is made when the citizen is reached:
    // the first answered call recorded.
    firstContactDoneAt: ruleset.firstContact
      ? (firstContact?.doneAt ?? null)
      : (times.contacts.find((c) => c.item.answered)?.at ?? null),
    explain: options.explain !== false,
    escalation,
    warnings,
  });

  // Escalation triggered by time overdue: from the deadlines as of asOf (no redo deadlines to add).
  const overdueEscalation =
    ruleset.escalation && isOverdueTriggered(ruleset.escalation)
      ? evaluateOverdueEscalation(ruleset.escalation, built.deadlines, asOf, calendar, counting, labelsOf(ruleset).role)
      : null;

  const effectFacts = Object.assign({}, facts, {
    ticketType: type.id,
    isDueSoon: built.completeDueSoon,
    overdueObligations: built.overdue,
  });
  const effectTrace = yield judge.effects(effectFacts);
  const fired = new Set(effectTrace.filter((e) => e.fired).map((e) => e.ruleId));

  // Windows need only their end: no day-by-day trail (that is for explanations of deadlines).
  const ctx = {
    timeline: times,
    accepted: times.accepted,
    completed: times.completed,
    asOf,
    calendar,
    counting,
    trail: false,
  };
  const returnRule = ruleset.returns.find((r) => r.appliesTo.includes(type.id));
  const extensionRule = extensionRuleFor(ruleset, type.id);
  if (extensionRule)
    warnings.push(...extensionWarnings(extensionRule, times, times.accepted, calendar, counting, labelsOf(ruleset)));
  const extensionBase = extensionRule
    ? ruleset.ticketTypes.find((t) => extensionRule.appliesTo.includes(t.id))
    : undefined;

  const deadlines = built.deadlines;
  const uniqueWarnings = dedupe(warnings);
  const decision: Decision = {
    decisionId: '',
    ticketId: ticket.id,
    asOf: formatInstant(asOf),
    ruleset: { id: ruleset.id, version: ruleset.version, revision: ruleset.revision },
    calendar: { id: calendar.id, revision: calendar.revision },
    counting,
    settings: appliedSettings(ruleset, type.id),
    provisional: deadlines.some((d) => d.provisional),
    ticketType: {
      id: type.id,
      name: type.name,
      clause: type.clause,
      ruleId: type.id,
      alsoMatched: matched.slice(1).map((t) => t.id),
      alsoMatchedNames: matched.slice(1).map((t) => t.name),
    },
    deadlines,
    escalation: overdueEscalation ? overdueEscalation.current : escalation.current,
    reminders: ruleset.reminders
      .filter((r) => fired.has(r.id))
      .map((r) => ({ ruleId: r.id, clause: r.clause, trigger: r.trigger, methods: r.methods, message: r.message })),
    actions: {
      return: returnRule ? returnAction(returnRule, ctx) : null,
      extension: extensionRule ? extensionAction(extensionRule, extensionBase, ctx) : null,
    },
    checks: {
      firstContact: firstContact?.check ?? null,
      closingReport,
    },
    notifications: ruleset.notifications
      .filter((n) => fired.has(n.id))
      .map((n) => ({ ruleId: n.id, clause: n.clause, to: n.to, timing: n.timing, message: n.message })),
    warnings: uniqueWarnings,
    trace:
      options.trace === false ? [] : [...classTrace, ...(overdueEscalation?.trace ?? escalation.trace), ...effectTrace],
  };
  decision.decisionId = decisionIdOf(ruleset, calendar, input, decision.asOf);
  return decision;
}

/** 2.4's thresholds follow the ticket's own completion limit when an approved extension lengthened it. */
function thresholdShift(ruleset: Ruleset, typeId: string, times: TicketTimes): number {
  const esc = ruleset.escalation;
  if (!esc || isOverdueTriggered(esc) || esc.thresholdsFollowExtension !== true) return 0;
  const rule = ruleset.extensions.find((r) => r.becomes === typeId);
  return rule ? (approvedExtraWorkdays(rule, times) ?? 0) : 0;
}

function anchorOf(anchor: string, times: TicketTimes): Instant | null {
  if (anchor === 'received') return times.received;
  if (anchor === 'dispatched') return times.dispatched;
  if (anchor === 'accepted') return times.accepted;
  if (anchor === 'completed') return times.completed;
  return null;
}

function dedupe(list: Text[]): Text[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    if (seen.has(t.zh)) return false;
    seen.add(t.zh);
    return true;
  });
}

/**
 * Deterministic: the decision for one ticket (its id and received time) as of one instant under
 * one rule-set revision and one calendar revision always has the same id; events after `asOf` are
 * not part of a decision, so the ticket's later history cannot change it. FNV-1a, two 32-bit lanes:
 * a label, not a security boundary. The two revisions (128 characters) are hashed once per rule
 * set and calendar; each decision hashes only its ticket id, received time and asOf.
 */
function decisionIdOf(ruleset: Ruleset, calendar: Calendar, ticket: Ticket, asOf: string): string {
  let [a, b] = revisionLanes(ruleset, calendar);
  const key = `${ticket.id}\u0000${ticket.received}\u0000${asOf}`;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `dec_${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

const lanesCache = new WeakMap<Ruleset, { calendar: string; lanes: readonly [number, number] }>();

/** The hash lanes after `<rule-set revision>\0<calendar revision>\0`. */
function revisionLanes(ruleset: Ruleset, calendar: Calendar): readonly [number, number] {
  const hit = lanesCache.get(ruleset);
  if (hit && hit.calendar === calendar.revision) return hit.lanes;
  const prefix = `${ruleset.revision}\u0000${calendar.revision}\u0000`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const lanes = [a, b] as const;
  lanesCache.set(ruleset, { calendar: calendar.revision, lanes });
  return lanes;
}
