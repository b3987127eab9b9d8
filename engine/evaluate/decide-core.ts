/**
 * The decision in numbers (`DecisionCore`), in three phases between the judges' answers, the same
 * for both judges (json-rules-engine or compiled). No word or date string is written here;
 * `renderDecision` does that when a `Decision` is asked for.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type DueNumbers, dueNumbers } from '../calendar/due-numbers.ts';
import { type Instant, parseInstant, shanghaiDay } from '../calendar/instant.ts';
import type { Period } from '../calendar/period.ts';
import { HotlineError } from '../errors.ts';
import type { RevisitEscalationRule, Ruleset, TicketTypeRule } from '../rules/types.ts';
import { extensionCore, returnCore } from './actions.ts';
import { buildCoreDeadlines, grantedWorkdays } from './build-deadlines.ts';
import { closingReportCore } from './closing-report.ts';
import type {
  CoreClosingReport,
  CoreDeadline,
  CoreFirstContact,
  CoreOverdueEscalation,
  CoreRevisitEscalation,
  CoreWarning,
  DecisionCore,
} from './core-types.ts';
import { escalationCore, judgedRevisits, setRevisitFacts } from './escalation.ts';
import { extensionWarningsCore } from './extension-checks.ts';
import { type Facts, ticketFacts } from './facts.ts';
import { firstContactCore } from './first-contact.ts';
import { compiledJudge, type Judge } from './judge.ts';
import { isOverdueTriggered, overdueEscalationCore } from './overdue-escalation.ts';
import { limitsOf, planOf, type RulesetPlan, type TypePlan } from './plan.ts';
import { checkTicketValues } from './ticket-values.ts';
import { type Timeline, ticketView, timelineOf } from './timeline.ts';
import type { Ticket, TraceEntry } from './types.ts';

/** A ticket that names its office is decided only under that office's rule set. */
function checkOffice(ruleset: Ruleset, ticket: Ticket): void {
  if (ticket.office === undefined || ticket.office === ruleset.id) return;
  throw new HotlineError('TICKET_OFFICE_MISMATCH', {
    zh: `工单属于办公室“${ticket.office}”，不能按规则集“${ruleset.id}”决定`,
    en: `the ticket belongs to office "${ticket.office}" and cannot be decided under rule set "${ruleset.id}"`,
  });
}

/** Each (anchor, period) of one decision counted once, shared by deadlines, actions and checks. */
function dueCounter(calendar: Calendar, counting: Ruleset['settings']['counting']) {
  const anchors: Instant[] = [];
  const periods: Period[] = [];
  const results: DueNumbers[] = [];
  return (anchor: Instant, period: Period): DueNumbers => {
    for (let i = 0; i < anchors.length; i++) if (anchors[i] === anchor && periods[i] === period) return results[i]!;
    const d = dueNumbers(anchor, period, calendar, counting);
    anchors.push(anchor);
    periods.push(period);
    results.push(d);
    return d;
  };
}

/** A decision in the making: what each phase leaves for the next. */
export interface CoreState {
  ruleset: Ruleset;
  calendar: Calendar;
  input: Ticket;
  asOf: Instant;
  times: Timeline;
  plan: RulesetPlan;
  count: (anchor: Instant, period: Period) => DueNumbers;
  /** One object for every phase; each phase's facts are set in place once the one before has been judged. */
  facts: Facts;
  closingReport: CoreClosingReport | null;
  warnings: CoreWarning[];
  trace: TraceEntry[] | null;
  typePlan: TypePlan | null;
  alsoMatched: TicketTypeRule[];
  firstContact: CoreFirstContact | null;
  /** The working days of the last approved extension (4.4), when one is approved. */
  approvedDays: number | null;
  revisitRule: RevisitEscalationRule | null;
  /** The revisits the escalation trigger judges (phase 2), in time order. */
  revisits: Timeline['revisits'];
  revisitEscalation: CoreRevisitEscalation | null;
  overdueEscalation: CoreOverdueEscalation | null;
  deadlines: CoreDeadline[];
}

/**
 * The decision in phases, each a plain function; a driver (evaluate.ts: one synchronous, one
 * asynchronous for json-rules-engine) calls them in order and hands each judge's answer on:
 * 1. `startCore` → judge.classify(facts) → `classified`;
 * 2. per revisit of `state.revisits`: `setRevisitFacts` → judge.trigger(facts);
 * 3. `counted(answers)` → judge.effects(facts) → `finishCore`.
 */
export function startCore(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  asOf: Instant,
  keepTrace: boolean,
): CoreState {
  checkOffice(ruleset, input);
  checkTicketValues(ruleset, input);
  const recorded = timelineOf(input, asOf);
  const ticket = ticketView(input, recorded);
  // 4.6 对不符合八要素的报告一律不准办结: a failing report does not complete the ticket (when the rule says so).
  const closingReport = ruleset.review ? closingReportCore(ruleset.review, ticket) : null;
  const times =
    closingReport && closingReport.failed.length > 0 && ruleset.review?.blocksCompletion === true
      ? { ...recorded, completed: null }
      : recorded;
  const esc = ruleset.escalation;
  return {
    ruleset,
    calendar,
    input,
    asOf,
    times,
    plan: planOf(ruleset),
    count: dueCounter(calendar, ruleset.settings.counting),
    facts: ticketFacts(ticket, times, calendar),
    closingReport,
    warnings: [],
    trace: keepTrace ? [] : null,
    typePlan: null,
    alsoMatched: [],
    firstContact: null,
    approvedDays: null,
    revisitRule: esc && !isOverdueTriggered(esc) ? esc : null,
    revisits: [],
    revisitEscalation: null,
    overdueEscalation: null,
    deadlines: [],
  };
}

/** Phase 1 answered: the ticket type (the first that matched, in priority order), first contact, the revisits to judge. */
export function classified(st: CoreState, classTrace: readonly TraceEntry[]): void {
  const { ruleset, plan, times } = st;
  if (st.trace) st.trace.push(...classTrace);
  // The classify trace is in the order of ruleset.ticketTypes (priority order; see ruleSpecs).
  for (let i = 0; i < plan.types.length; i++) {
    if (classTrace[i]?.fired !== true) continue;
    if (st.typePlan === null) st.typePlan = plan.types[i]!;
    else st.alsoMatched.push(plan.types[i]!.type);
  }
  if (!st.typePlan) {
    throw new HotlineError('RULESET_NO_TICKET_TYPE', {
      zh: `规则集 ${ruleset.id}/${ruleset.version} 没有与工单 ${st.input.id} 匹配的工单类型（应有兜底的普通工单）`,
      en: `rule set ${ruleset.id}/${ruleset.version} has no ticket type matching ${st.input.id} (a fallback normal type is expected)`,
    });
  }
  const accepted = times.accepted;
  const fc = ruleset.firstContact;
  if (accepted !== null && fc && plan.firstContactWindow)
    st.firstContact = firstContactCore(
      fc,
      times,
      accepted,
      st.count(accepted, plan.firstContactWindow),
      plan.firstContactGapMs,
    );
  for (const e of times.extensions) if (e.item.approved === true) st.approvedDays = e.item.workdays;
  if (st.revisitRule) st.revisits = judgedRevisits(st.revisitRule, times);
}

/**
 * Phase 2 answered (the trigger's entry per judged revisit): escalation, every deadline, the
 * escalation triggered by time overdue; then the effects phase's facts.
 */
export function counted(st: CoreState, answers: readonly (TraceEntry | undefined)[]): void {
  const { ruleset, calendar, times, plan, asOf } = st;
  const typePlan = st.typePlan!;
  const counting = ruleset.settings.counting;
  const rule = st.revisitRule;
  setRevisitFacts(st.facts, null);
  if (rule) {
    st.revisitEscalation = escalationCore(
      rule,
      st.revisits,
      answers,
      times,
      anchorAt(rule.from, times),
      calendar,
      counting,
      // 2.4's thresholds follow the ticket's own completion limit when an approved extension lengthened it.
      rule.thresholdsFollowExtension === true && typePlan.extendedBy && st.approvedDays !== null
        ? grantedWorkdays(typePlan.extendedBy, st.approvedDays)
        : 0,
      st.trace,
    );
  }
  const built = buildCoreDeadlines({
    limits: limitsOf(ruleset, plan, typePlan, st.approvedDays),
    times,
    calendar,
    today: shanghaiDay(asOf),
    count: st.count,
    dueSoonWindow: plan.dueSoonWindow,
    // Without a first-contact topic (no call rules), a contact is made when the citizen is reached:
    // the first answered call recorded.
    firstContactDoneAt: ruleset.firstContact ? (st.firstContact?.madeAt ?? null) : firstAnswered(times),
    steps: st.revisitEscalation?.steps ?? [],
    plan,
    redoRuleId: rule?.id ?? '',
    warnings: st.warnings,
  });
  st.deadlines = built.deadlines;
  // Escalation triggered by time overdue: from the deadlines as of asOf (no redo deadlines to add).
  const esc = ruleset.escalation;
  if (esc && isOverdueTriggered(esc))
    st.overdueEscalation = overdueEscalationCore(esc, built.deadlines, asOf, calendar, counting);
  st.facts.ticketType = typePlan.type.id;
  st.facts.isDueSoon = built.completeDueSoon;
  st.facts.overdueObligations = built.overdue;
}

/** Phase 3 answered (reminders and notifications): the actions, their windows counted once with the deadlines. */
export function finishCore(st: CoreState, effects: readonly TraceEntry[]): DecisionCore {
  const { times } = st;
  const typePlan = st.typePlan!;
  const accepted = times.accepted;
  const ctx = { timeline: times, accepted, completed: times.completed, asOf: st.asOf };
  const returnRule = typePlan.returnRule;
  const extensionRule = typePlan.extensionRule;
  // Windows from acceptance (whatever anchor their deadline names).
  const extensionWindow =
    extensionRule && accepted !== null && typePlan.extensionWindow
      ? st.count(accepted, typePlan.extensionWindow)
      : null;
  if (extensionRule) extensionWarningsCore(extensionRule, times, extensionWindow, st.warnings);
  let provisional = false;
  for (const d of st.deadlines) if (d.due.gaps.length > 0) provisional = true;
  return {
    ruleset: st.ruleset,
    calendar: st.calendar,
    input: st.input,
    asOf: st.asOf,
    times,
    plan: typePlan,
    alsoMatched: st.alsoMatched,
    deadlines: st.deadlines,
    provisional,
    revisitEscalation: st.revisitEscalation,
    overdueEscalation: st.overdueEscalation,
    effects,
    return: returnRule
      ? returnCore(
          returnRule,
          ctx,
          accepted !== null && typePlan.returnWindow ? st.count(accepted, typePlan.returnWindow) : null,
        )
      : null,
    extension: extensionRule
      ? extensionCore(
          extensionRule,
          ctx,
          extensionWindow,
          accepted !== null && typePlan.extensionResulting ? st.count(accepted, typePlan.extensionResulting) : null,
        )
      : null,
    firstContact: st.firstContact,
    closingReport: st.closingReport,
    warnings: st.warnings,
    trace: st.trace,
  };
}

function firstAnswered(times: Timeline): Instant | null {
  for (const c of times.contacts) if (c.item.answered) return c.at;
  return null;
}

function anchorAt(anchor: string, times: DecisionCore['times']): Instant | null {
  if (anchor === 'received') return times.received;
  if (anchor === 'dispatched') return times.dispatched;
  if (anchor === 'accepted') return times.accepted;
  if (anchor === 'completed') return times.completed;
  return null;
}

/** The numeric core on the compiled path, synchronously: what batch summaries, compare and the agenda read. */
export function evaluateCoreSync(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: { asOf: string | Instant; trace?: boolean },
): DecisionCore {
  const trace = options.trace !== false;
  const judge: Judge = compiledJudge(ruleset, trace);
  const st = startCore(
    ruleset,
    calendar,
    input,
    typeof options.asOf === 'number' ? options.asOf : parseInstant(options.asOf),
    trace,
  );
  classified(st, judge.classify(st.facts) as TraceEntry[]);
  const answers: (TraceEntry | undefined)[] = [];
  for (const r of st.revisits) {
    setRevisitFacts(st.facts, r);
    answers.push((judge.trigger(st.facts) as TraceEntry[])[0]);
  }
  counted(st, answers);
  return finishCore(st, judge.effects(st.facts) as TraceEntry[]);
}
