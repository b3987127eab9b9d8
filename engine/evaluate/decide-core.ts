/**
 * The decision in numbers (`DecisionCore`): one sequence of steps for both judges (json-rules-engine
 * or compiled), which yields to the judge and gets its trace back. No word or date string is
 * written here; `renderDecision` does that when a `Decision` is asked for.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type DueNumbers, dueNumbers } from '../calendar/due-numbers.ts';
import { type Instant, shanghaiDay } from '../calendar/instant.ts';
import type { Period } from '../calendar/period.ts';
import { HotlineError } from '../errors.ts';
import type { Ruleset, TicketTypeRule } from '../rules/types.ts';
import { extensionCore, returnCore } from './actions.ts';
import { buildCoreDeadlines, grantedWorkdays } from './build-deadlines.ts';
import { closingReportCore } from './closing-report.ts';
import type { CoreWarning, DecisionCore } from './core-types.ts';
import { escalationCore } from './escalation.ts';
import { extensionWarningsCore } from './extension-checks.ts';
import { ticketFacts } from './facts.ts';
import { firstContactCore } from './first-contact.ts';
import type { Judge, JudgeAnswer } from './judge.ts';
import { isOverdueTriggered, overdueEscalationCore } from './overdue-escalation.ts';
import { limitsOf, planOf } from './plan.ts';
import { checkTicketValues } from './ticket-values.ts';
import { ticketView, timelineOf } from './timeline.ts';
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

export function* coreSteps(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  asOf: Instant,
  judge: Judge,
  keepTrace: boolean,
): Generator<JudgeAnswer, DecisionCore, TraceEntry[]> {
  checkOffice(ruleset, input);
  checkTicketValues(ruleset, input);
  const plan = planOf(ruleset);
  const recorded = timelineOf(input, asOf);
  const ticket = ticketView(input, recorded);
  // 4.6 对不符合八要素的报告一律不准办结: a failing report does not complete the ticket (when the rule says so).
  const closingReport = ruleset.review ? closingReportCore(ruleset.review, ticket) : null;
  const times =
    closingReport && closingReport.failed.length > 0 && ruleset.review?.blocksCompletion === true
      ? { ...recorded, completed: null }
      : recorded;
  const counting = ruleset.settings.counting;
  const count = dueCounter(calendar, counting);
  const facts = ticketFacts(ticket, times, calendar);
  const warnings: CoreWarning[] = [];
  const trace: TraceEntry[] | null = keepTrace ? [] : null;

  const classTrace = yield judge.classify(facts);
  if (trace) trace.push(...classTrace);
  // The classify trace is in the order of ruleset.ticketTypes (priority order; see ruleSpecs).
  let typeIndex = -1;
  const alsoMatched: TicketTypeRule[] = [];
  for (let i = 0; i < plan.types.length; i++) {
    if (classTrace[i]?.fired !== true) continue;
    if (typeIndex < 0) typeIndex = i;
    else alsoMatched.push(plan.types[i]!.type);
  }
  const typePlan = plan.types[typeIndex];
  if (!typePlan) {
    throw new HotlineError('RULESET_NO_TICKET_TYPE', {
      zh: `规则集 ${ruleset.id}/${ruleset.version} 没有与工单 ${ticket.id} 匹配的工单类型（应有兜底的普通工单）`,
      en: `rule set ${ruleset.id}/${ruleset.version} has no ticket type matching ${ticket.id} (a fallback normal type is expected)`,
    });
  }

  const accepted = times.accepted;
  const fc = ruleset.firstContact;
  const firstContact =
    accepted === null || !fc || !plan.firstContactWindow
      ? null
      : firstContactCore(fc, times, accepted, count(accepted, plan.firstContactWindow), plan.firstContactGapMs);

  // The working days of the last approved extension (4.4), when one is approved.
  let approvedDays: number | null = null;
  for (const e of times.extensions) if (e.item.approved === true) approvedDays = e.item.workdays;

  const esc = ruleset.escalation;
  const revisitRule = esc && !isOverdueTriggered(esc) ? esc : null;
  const revisitEscalation = revisitRule
    ? yield* escalationCore(
        revisitRule,
        judge,
        times,
        facts,
        anchorAt(revisitRule.from, times),
        calendar,
        counting,
        // 2.4's thresholds follow the ticket's own completion limit when an approved extension lengthened it.
        revisitRule.thresholdsFollowExtension === true && typePlan.extendedBy && approvedDays !== null
          ? grantedWorkdays(typePlan.extendedBy, approvedDays)
          : 0,
        trace,
      )
    : null;

  const built = buildCoreDeadlines({
    limits: limitsOf(ruleset, plan, typePlan, approvedDays),
    times,
    calendar,
    today: shanghaiDay(asOf),
    count,
    dueSoonWindow: plan.dueSoonWindow,
    // Without a first-contact topic (no call rules), a contact is made when the citizen is reached:
    // the first answered call recorded.
    firstContactDoneAt: fc ? (firstContact?.madeAt ?? null) : (times.contacts.find((c) => c.item.answered)?.at ?? null),
    steps: revisitEscalation?.steps ?? [],
    plan,
    redoRuleId: revisitRule?.id ?? '',
    warnings,
  });

  // Escalation triggered by time overdue: from the deadlines as of asOf (no redo deadlines to add).
  const overdueEscalation =
    esc && isOverdueTriggered(esc) ? overdueEscalationCore(esc, built.deadlines, asOf, calendar, counting) : null;

  // The effects phase's facts, set in place (the earlier phases' judges have answered).
  facts.ticketType = typePlan.type.id;
  facts.isDueSoon = built.completeDueSoon;
  facts.overdueObligations = built.overdue;
  const effects = yield judge.effects(facts);

  // Windows from acceptance (whatever anchor their deadline names), counted once with the deadlines.
  const ctx = { timeline: times, accepted, completed: times.completed, asOf };
  const returnRule = typePlan.returnRule;
  const extensionRule = typePlan.extensionRule;
  const extensionWindow =
    extensionRule && accepted !== null && typePlan.extensionWindow ? count(accepted, typePlan.extensionWindow) : null;
  if (extensionRule) extensionWarningsCore(extensionRule, times, extensionWindow, warnings);

  let provisional = false;
  for (const d of built.deadlines) if (d.due.gaps.length > 0) provisional = true;
  return {
    ruleset,
    calendar,
    input,
    asOf,
    times,
    plan: typePlan,
    alsoMatched,
    deadlines: built.deadlines,
    provisional,
    revisitEscalation,
    overdueEscalation,
    effects,
    return: returnRule
      ? returnCore(
          returnRule,
          ctx,
          accepted !== null && typePlan.returnWindow ? count(accepted, typePlan.returnWindow) : null,
        )
      : null,
    extension: extensionRule
      ? extensionCore(
          extensionRule,
          ctx,
          extensionWindow,
          accepted !== null && typePlan.extensionResulting ? count(accepted, typePlan.extensionResulting) : null,
        )
      : null,
    firstContact,
    closingReport,
    warnings,
    trace,
  };
}

function anchorAt(anchor: string, times: DecisionCore['times']): Instant | null {
  if (anchor === 'received') return times.received;
  if (anchor === 'dispatched') return times.dispatched;
  if (anchor === 'accepted') return times.accepted;
  if (anchor === 'completed') return times.completed;
  return null;
}
