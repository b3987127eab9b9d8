import { fromDayNumber } from '../calendar/day-number.ts';
import type { DueNumbers } from '../calendar/due-numbers.ts';
import { isOnTime } from '../calendar/due-numbers.ts';
import { formatInstant, type Instant } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { Text } from '../i18n.ts';
import type { DisputeKind, ExtensionRule, ReturnField, ReturnRule } from '../rules/types.ts';
import { type CoreExtension, type CoreReturn, REASON, type ReasonCode } from './core-types.ts';
import { missingExtensionFields } from './extension-checks.ts';
import type { Timeline } from './timeline.ts';
import type { ExtensionAction, ReturnAction } from './types.ts';

interface Ctx {
  timeline: Timeline;
  accepted: Instant | null;
  completed: Instant | null;
  asOf: Instant;
}

const NOT_ACCEPTED: Text = { zh: '尚未接单', en: 'not accepted yet' };
const COMPLETED: Text = { zh: '工单已办结', en: 'the ticket is complete' };

/** The fields a return application needs, for its dispute kind (one list per rule and kind). */
const requiredCache = new WeakMap<ReturnRule, Map<string, readonly ReturnField[]>>();
function requiredFields(rule: ReturnRule, kind: DisputeKind): readonly ReturnField[] {
  let byKind = requiredCache.get(rule);
  if (!byKind) {
    byKind = new Map();
    requiredCache.set(rule, byKind);
  }
  let list = byKind.get(kind);
  if (!list) {
    list = Object.freeze([...new Set([...rule.requiredFields, ...(rule.requiredFieldsByDisputeKind[kind] ?? [])])]);
    byKind.set(kind, list);
  }
  return list;
}

/** 2.1, 4.2, 3.2.5: may the unit return the ticket now, through whom, with what. `window`: from acceptance. */
export function returnCore(rule: ReturnRule, ctx: Ctx, window: DueNumbers | null): CoreReturn {
  const requests = ctx.timeline.returns;
  const last = requests[requests.length - 1]?.item;
  let refused = false;
  let approved = false;
  for (const r of requests) {
    if (r.item.outcome === 'rejected' || r.item.outcome === 'refused') refused = true;
    else if (r.item.outcome === 'approved') approved = true;
  }
  const escalated = rule.escalated !== undefined && refused;
  const required = requiredFields(rule, last?.disputeKind ?? 'other');
  const missing = last ? required.filter((f) => !last[f]) : required;
  let reason: ReasonCode = REASON.none;
  if (ctx.accepted === null) reason = REASON.notAccepted;
  else if (ctx.completed !== null) reason = REASON.completed;
  else if (approved) reason = REASON.alreadyApproved;
  else if (!escalated && window && !isOnTime(window, ctx.asOf)) reason = REASON.windowClosed;
  return { rule, reason, window, escalated, required, missing };
}

/** The clause, approval chain and filing a return follows: the escalated ones once the ticket is escalated (2.4). */
export function returnTerms(c: CoreReturn): {
  ruleId: string;
  clause: string;
  approvalChain: ReturnAction['approvalChain'];
  filing: ReturnAction['filing'];
} {
  const { rule } = c;
  const e = c.escalated ? rule.escalated : undefined;
  return e
    ? { ruleId: rule.id, clause: e.clause, approvalChain: e.approval, filing: e.filing }
    : { ruleId: rule.id, clause: rule.clause, approvalChain: rule.approval, filing: [] };
}

export function renderReturn(c: CoreReturn): ReturnAction {
  const { rule, escalated } = c;
  const windowEndsAt = c.window ? formatInstant(c.window.dueAtMs) : null;
  let reason: Text | null = null;
  if (c.reason === REASON.notAccepted) reason = NOT_ACCEPTED;
  else if (c.reason === REASON.completed) reason = COMPLETED;
  else if (c.reason === REASON.alreadyApproved) reason = { zh: '退单已获批准', en: 'a return was already approved' };
  else if (c.reason === REASON.windowClosed) {
    reason = {
      zh: `退单申请期限（接单后${rule.window.period}）已过：${windowEndsAt}`,
      en: `the return window (${formatPeriod(parsePeriod(rule.window.period), 'en')} after acceptance) closed at ${windowEndsAt}`,
    };
  }
  const terms = returnTerms(c);
  return {
    ruleId: rule.id,
    clause: terms.clause,
    allowedNow: reason === null,
    reason,
    windowEndsAt,
    applicant: rule.applicant,
    approvalChain: terms.approvalChain,
    filing: terms.filing,
    escalated,
    formRequired: rule.formRequired,
    requiredFields: [...c.required],
    missingFields: [...c.missing],
    prerequisites: rule.prerequisites,
  };
}

/**
 * 4.4: may the unit apply for an extension now, and what deadline the full cap would give.
 * `window`: the application window from acceptance; `resulting`: the base completion limit plus
 * the cap from acceptance (null when not countable).
 */
export function extensionCore(
  rule: ExtensionRule,
  ctx: Ctx,
  window: DueNumbers | null,
  resulting: DueNumbers | null,
): CoreExtension {
  const requests = ctx.timeline.extensions;
  let approvedRequest: (typeof requests)[number]['item'] | undefined;
  for (const e of requests) if (e.item.approved === true) approvedRequest = e.item;
  let reason: ReasonCode = REASON.none;
  if (ctx.accepted === null) reason = REASON.notAccepted;
  else if (ctx.completed !== null) reason = REASON.completed;
  else if (approvedRequest) reason = REASON.alreadyApproved;
  else if (window && !isOnTime(window, ctx.asOf)) reason = REASON.windowClosed;
  return {
    rule,
    reason,
    window,
    resulting,
    missing: missingExtensionFields(rule, requests[requests.length - 1]?.item),
    citizenNotice:
      rule.notifyCitizen && approvedRequest ? (approvedRequest.citizenNotified === true ? 'done' : 'due') : null,
  };
}

export function renderExtension(c: CoreExtension): ExtensionAction {
  const { rule } = c;
  const windowEndsAt = c.window ? formatInstant(c.window.dueAtMs) : null;
  let reason: Text | null = null;
  if (c.reason === REASON.notAccepted) reason = NOT_ACCEPTED;
  else if (c.reason === REASON.completed) reason = COMPLETED;
  else if (c.reason === REASON.alreadyApproved)
    reason = { zh: '已批准延期，不得再次延期', en: 'an extension was already approved' };
  else if (c.reason === REASON.windowClosed) {
    reason = {
      zh: `延期申请期限（接单后${rule.window.period}）已过：${windowEndsAt}`,
      en: `the extension window (${formatPeriod(parsePeriod(rule.window.period), 'en')} after acceptance) closed at ${windowEndsAt}`,
    };
  }
  return {
    ruleId: rule.id,
    clause: rule.clause,
    allowedNow: reason === null,
    reason,
    windowEndsAt,
    cap: rule.cap,
    approvedBy: rule.approvedBy,
    resultingDueDate: c.resulting ? fromDayNumber(c.resulting.lastDay) : null,
    resultingDueAt: c.resulting ? formatInstant(c.resulting.dueAtMs) : null,
    requiredFields: [...rule.requiredFields],
    missingFields: [...c.missing],
    citizenNotice: c.citizenNotice,
  };
}
