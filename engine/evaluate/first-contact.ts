import type { Calendar } from '../calendar/calendar.ts';
import type { CountingSettings } from '../calendar/due.ts';
import { due } from '../calendar/due.ts';
import { formatInstant, type Instant } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { FirstContactRule } from '../rules/types.ts';
import { onTime } from './deadline-status.ts';
import type { Timeline } from './timeline.ts';
import type { DecisionCheckFirstContact } from './types.ts';

export interface FirstContactResult {
  check: DecisionCheckFirstContact;
  /** When first contact was done (the answered call, or the last counted attempt), in time or not. */
  doneAt: Instant | null;
}

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
export function checkFirstContact(
  rule: FirstContactRule,
  timeline: Timeline,
  accepted: Instant,
  calendar: Calendar,
  counting: CountingSettings,
): FirstContactResult {
  const window = due(accepted, rule.window.period, { calendar, counting, trail: false });
  const gap = parsePeriod(rule.minInterval);
  const minGap = gap.amount * (gap.unit === 'hour' ? 3_600_000 : 86_400_000);
  const calls: { at: Instant; answered: boolean }[] = [];
  for (const c of timeline.contacts) if (c.at >= accepted) calls.push({ at: c.at, answered: c.item.answered });
  const made = contactMade(rule, calls, minGap);
  const inTime = made.at !== null && onTime(window, made.at);
  const used = made.calls.map(formatInstant);
  const n = rule.unansweredCallsNeeded;
  let reason: DecisionCheckFirstContact['reason'];
  if (made.at !== null && !inTime) {
    reason = {
      zh: `先行联系于${formatInstant(made.at)}完成，晚于期限${window.dueAt}`,
      en: `first contact was made at ${formatInstant(made.at)}, after the deadline ${window.dueAt}`,
    };
  } else if (made.how === 'answered') {
    reason = { zh: `${used[0]} 完成有效“双呼先联”`, en: `an effective double call was answered at ${used[0]}` };
  } else if (made.how === 'unanswered-attempts') {
    reason = {
      zh: `${n}次有效双呼未接听，每次间隔${rule.minInterval}以上：${used.join('、')}`,
      en: `${n} unanswered double calls at least ${formatPeriod(gap, 'en')} apart: ${used.join(', ')}`,
    };
  } else {
    reason = {
      zh: `尚未完成先行联系：无接通的双呼，间隔${rule.minInterval}以上的未接听双呼只有${made.calls.length}次（需${n}次）`,
      en: `first contact not done: no answered double call, and only ${made.calls.length} unanswered calls at least ${formatPeriod(gap, 'en')} apart (${n} needed)`,
    };
  }
  return {
    doneAt: made.at,
    check: {
      ruleId: rule.id,
      clause: rule.clause,
      satisfied: inTime,
      how: inTime ? made.how : null,
      calls: used,
      reason,
    },
  };
}
