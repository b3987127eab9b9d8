import type { Calendar } from '../calendar/calendar.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import type { Instant } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { Text } from '../i18n.ts';
import type { ExtensionRule, ReturnField, ReturnRule, TicketTypeRule } from '../rules/types.ts';
import { onTime } from './deadline-status.ts';
import { missingExtensionFields } from './extension-checks.ts';
import type { Timeline } from './timeline.ts';
import type { ExtensionAction, ReturnAction } from './types.ts';

interface Ctx {
  timeline: Timeline;
  accepted: Instant | null;
  completed: Instant | null;
  asOf: Instant;
  calendar: Calendar;
  counting: CountingSettings;
}

const NOT_ACCEPTED: Text = { zh: '尚未接单', en: 'not accepted yet' };
const COMPLETED: Text = { zh: '工单已办结', en: 'the ticket is complete' };

/** 2.1, 4.2, 3.2.5: may the unit return the ticket now, through whom, with what. */
export function returnAction(rule: ReturnRule, ctx: Ctx): ReturnAction {
  const requests = ctx.timeline.returns.map((e) => e.item);
  const last = requests[requests.length - 1];
  const escalated =
    rule.escalated !== undefined && requests.some((r) => r.outcome === 'rejected' || r.outcome === 'refused');
  const kind = last?.disputeKind ?? 'other';
  const required: ReturnField[] = [
    ...new Set([...rule.requiredFields, ...(rule.requiredFieldsByDisputeKind[kind] ?? [])]),
  ];
  const missing = last ? required.filter((f) => !last[f]) : required;
  const window = ctx.accepted === null ? null : due(ctx.accepted, rule.window.period, ctx);
  let reason: Text | null = null;
  if (ctx.accepted === null) reason = NOT_ACCEPTED;
  else if (ctx.completed !== null) reason = COMPLETED;
  else if (requests.some((r) => r.outcome === 'approved'))
    reason = { zh: '退单已获批准', en: 'a return was already approved' };
  else if (!escalated && window && !onTime(window, ctx.asOf)) {
    reason = {
      zh: `退单申请期限（接单后${rule.window.period}）已过：${window.dueAt}`,
      en: `the return window (${formatPeriod(parsePeriod(rule.window.period), 'en')} after acceptance) closed at ${window.dueAt}`,
    };
  }
  return {
    ruleId: rule.id,
    clause: escalated && rule.escalated ? rule.escalated.clause : rule.clause,
    allowedNow: reason === null,
    reason,
    windowEndsAt: window?.dueAt ?? null,
    applicant: rule.applicant,
    approvalChain: escalated && rule.escalated ? rule.escalated.approval : rule.approval,
    filing: escalated && rule.escalated ? rule.escalated.filing : [],
    escalated,
    formRequired: rule.formRequired,
    requiredFields: required,
    missingFields: missing,
    prerequisites: rule.prerequisites,
  };
}

/** 4.4: may the unit apply for an extension now, and what deadline would the full cap give. */
export function extensionAction(rule: ExtensionRule, base: TicketTypeRule | undefined, ctx: Ctx): ExtensionAction {
  const window = ctx.accepted === null ? null : due(ctx.accepted, rule.window.period, ctx);
  const approved = ctx.timeline.extensions.some((e) => e.item.approved === true);
  let reason: Text | null = null;
  if (ctx.accepted === null) reason = NOT_ACCEPTED;
  else if (ctx.completed !== null) reason = COMPLETED;
  else if (approved) reason = { zh: '已批准延期，不得再次延期', en: 'an extension was already approved' };
  else if (window && !onTime(window, ctx.asOf)) {
    reason = {
      zh: `延期申请期限（接单后${rule.window.period}）已过：${window.dueAt}`,
      en: `the extension window (${formatPeriod(parsePeriod(rule.window.period), 'en')} after acceptance) closed at ${window.dueAt}`,
    };
  }
  const complete = base?.deadlines.find((d) => d.obligation === 'complete');
  let resulting: ReturnType<typeof due> | null = null;
  if (complete && ctx.accepted !== null) {
    const p = parsePeriod(complete.period);
    const cap = parsePeriod(rule.cap);
    if (p.unit === 'workday' && cap.unit === 'workday') {
      resulting = due(ctx.accepted, { amount: p.amount + cap.amount, unit: 'workday', literal: '' }, ctx);
    }
  }
  const requests = ctx.timeline.extensions;
  const last = requests[requests.length - 1]?.item;
  const approvedRequest = [...requests].reverse().find((e) => e.item.approved === true)?.item;
  return {
    ruleId: rule.id,
    clause: rule.clause,
    allowedNow: reason === null,
    reason,
    windowEndsAt: window?.dueAt ?? null,
    cap: rule.cap,
    approvedBy: rule.approvedBy,
    resultingDueDate: resulting?.dueDate ?? null,
    resultingDueAt: resulting?.dueAt ?? null,
    requiredFields: [...rule.requiredFields],
    missingFields: missingExtensionFields(rule, last),
    citizenNotice:
      rule.notifyCitizen && approvedRequest ? (approvedRequest.citizenNotified === true ? 'done' : 'due') : null,
  };
}
