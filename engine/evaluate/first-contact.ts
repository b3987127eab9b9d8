import type { Calendar } from '../calendar/calendar.ts';
import type { CountingSettings } from '../calendar/due.ts';
import { due } from '../calendar/due.ts';
import { formatInstant, type Instant, parseInstant } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import type { FirstContactRule } from '../rules/types.ts';
import { onTime } from './deadline-status.ts';
import type { DecisionCheckFirstContact, Ticket } from './types.ts';

export interface FirstContactResult {
  check: DecisionCheckFirstContact;
  /** When first contact became complete (the answered call, or the last counted attempt). */
  doneAt: Instant | null;
}

/**
 * 4.3: within the window from acceptance, one answered double call, or N unanswered double calls
 * each at least `minInterval` after the previous counted one (以上 includes the number).
 */
export function checkFirstContact(
  rule: FirstContactRule,
  ticket: Ticket,
  accepted: Instant,
  calendar: Calendar,
  counting: CountingSettings,
): FirstContactResult {
  const window = due(accepted, rule.window.period, { calendar, counting });
  const gapMs = parsePeriod(rule.minInterval);
  const minGap = gapMs.unit === 'hour' ? gapMs.amount * 3_600_000 : gapMs.amount * 86_400_000;
  const calls = (ticket.contacts ?? [])
    .map((c) => ({ at: parseInstant(c.at), answered: c.answered }))
    .filter((c) => c.at >= accepted && onTime(window, c.at))
    .sort((a, b) => a.at - b.at);
  const base = { ruleId: rule.id, clause: rule.clause };
  const answered = calls.filter((c) => c.answered);
  if (answered.length >= rule.answeredCallsNeeded && answered.length > 0) {
    const hit = answered[rule.answeredCallsNeeded - 1] ?? answered[0]!;
    return {
      doneAt: hit.at,
      check: {
        ...base,
        satisfied: true,
        how: 'answered',
        calls: [formatInstant(hit.at)],
        reason: {
          zh: `${formatInstant(hit.at)} 完成有效“双呼先联”`,
          en: `an effective double call was answered at ${formatInstant(hit.at)}`,
        },
      },
    };
  }
  const counted: Instant[] = [];
  for (const c of calls) {
    if (c.answered) continue;
    const prev = counted[counted.length - 1];
    if (prev === undefined || c.at - prev >= minGap) counted.push(c.at);
  }
  const enough = counted.length >= rule.unansweredCallsNeeded;
  const used = counted.slice(0, rule.unansweredCallsNeeded).map(formatInstant);
  const n = rule.unansweredCallsNeeded;
  return {
    doneAt: enough ? (counted[n - 1] ?? null) : null,
    check: {
      ...base,
      satisfied: enough,
      how: enough ? 'unanswered-attempts' : null,
      calls: used,
      reason: enough
        ? {
            zh: `${n}次有效双呼未接听，每次间隔${rule.minInterval}以上：${used.join('、')}`,
            en: `${n} unanswered double calls at least ${rule.minInterval} apart: ${used.join(', ')}`,
          }
        : {
            zh: `期限内未完成先行联系：无接通的双呼，间隔${rule.minInterval}以上的未接听双呼只有${counted.length}次（需${n}次）`,
            en: `first contact not done in the window: no answered double call, and only ${counted.length} unanswered calls at least ${rule.minInterval} apart (${n} needed)`,
          },
    },
  };
}
