import { type DueNumbers, isOnTime } from '../calendar/due-numbers.ts';
import { formatInstant, type Instant } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { FirstContactRule } from '../rules/types.ts';
import type { CoreFirstContact } from './core-types.ts';
import type { Timeline } from './timeline.ts';
import type { DecisionCheckFirstContact } from './types.ts';

/** When contact was made: the first answered call, or the N-th unanswered call at least `minGap` after the last counted. */
function contactMade(rule: FirstContactRule, calls: { at: Instant; answered: boolean }[], minGap: number) {
  const answered = calls.filter((c) => c.answered);
  const hit = answered[Math.max(1, rule.answeredCallsNeeded) - 1];
  const counted: Instant[] = [];
  for (const c of calls) {
    if (c.answered) continue;
    const prev = counted[counted.length - 1];
    if (prev === undefined || c.at - prev >= minGap) counted.push(c.at);
  }
  const n = rule.unansweredCallsNeeded;
  const byAttempts = counted.length >= n ? (counted[n - 1] ?? null) : null;
  if (hit && (byAttempts === null || hit.at <= byAttempts))
    return { at: hit.at, how: 'answered' as const, calls: [hit.at] };
  if (byAttempts !== null) return { at: byAttempts, how: 'unanswered-attempts' as const, calls: counted.slice(0, n) };
  return { at: null, how: null, calls: counted };
}

/**
 * 4.3: within the window from acceptance, one answered double call, or N unanswered double calls
 * each at least `minInterval` after the previous counted one (以上 includes the number). Contact
 * made after the window does not satisfy the check, but it is done (the deadline is late, not overdue).
 */
export function firstContactCore(
  rule: FirstContactRule,
  timeline: Timeline,
  accepted: Instant,
  window: DueNumbers,
  minGapMs: number,
): CoreFirstContact {
  const calls: { at: Instant; answered: boolean }[] = [];
  for (const c of timeline.contacts) if (c.at >= accepted) calls.push({ at: c.at, answered: c.item.answered });
  const made = contactMade(rule, calls, minGapMs);
  return {
    window,
    madeAt: made.at,
    how: made.how,
    calls: made.calls,
    inTime: made.at !== null && isOnTime(window, made.at),
  };
}

/** The check as a decision states it, with its reason in both languages. */
export function renderFirstContact(rule: FirstContactRule, c: CoreFirstContact): DecisionCheckFirstContact {
  const used = c.calls.map(formatInstant);
  const gap = parsePeriod(rule.minInterval);
  const n = rule.unansweredCallsNeeded;
  let reason: DecisionCheckFirstContact['reason'];
  if (c.madeAt !== null && !c.inTime) {
    const end = formatInstant(c.window.dueAtMs);
    reason = {
      zh: `先行联系于${formatInstant(c.madeAt)}完成，晚于期限${end}`,
      en: `first contact was made at ${formatInstant(c.madeAt)}, after the deadline ${end}`,
    };
  } else if (c.how === 'answered') {
    reason = { zh: `${used[0]} 完成有效“双呼先联”`, en: `an effective double call was answered at ${used[0]}` };
  } else if (c.how === 'unanswered-attempts') {
    reason = {
      zh: `${n}次有效双呼未接听，每次间隔${rule.minInterval}以上：${used.join('、')}`,
      en: `${n} unanswered double calls at least ${formatPeriod(gap, 'en')} apart: ${used.join(', ')}`,
    };
  } else {
    reason = {
      zh: `尚未完成先行联系：无接通的双呼，间隔${rule.minInterval}以上的未接听双呼只有${c.calls.length}次（需${n}次）`,
      en: `first contact not done: no answered double call, and only ${c.calls.length} unanswered calls at least ${formatPeriod(gap, 'en')} apart (${n} needed)`,
    };
  }
  return {
    ruleId: rule.id,
    clause: rule.clause,
    satisfied: c.inTime,
    how: c.inTime ? c.how : null,
    calls: used,
    reason,
  };
}
