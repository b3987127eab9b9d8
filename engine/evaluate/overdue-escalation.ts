/**
 * Escalation triggered by time overdue (`escalation.trigger: overdue`): the ladder climbs with how
 * long the deadline of `escalation.of` has been overdue, undone, as of asOf. No condition is judged
 * (the deadline's status and the calendar decide), so both evaluation paths give the same answer.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { toDayNumber } from '../calendar/day-number.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import { formatInstant, type Instant, MS_PER_HOUR, parseInstant, startOfShanghaiDay } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import type { Text } from '../i18n.ts';
import type { EscalationRule, OverdueEscalationLevel, OverdueEscalationRule } from '../rules/types.ts';
import type { DecisionDeadline, DecisionOverdueEscalation, TraceEntry } from './types.ts';

export function isOverdueTriggered(rule: EscalationRule): rule is OverdueEscalationRule {
  return rule.trigger === 'overdue';
}

/**
 * When a level is reached, for a deadline that falls due at `dueAt` (last day `dueDate`):
 * - no threshold: as soon as the deadline is overdue (its end);
 * - hours: that many hours after the deadline's end;
 * - days, working days, 当日: counted like any period from the deadline's last day, which is not
 *   counted again (it belongs to the deadline), whatever the start-day setting; so
 *   `1个工作日` is reached at 24:00 of the first working day after the due date.
 */
export function levelReachedAt(
  level: Pick<OverdueEscalationLevel, 'threshold'>,
  deadline: Pick<DecisionDeadline, 'dueDate' | 'dueAt'>,
  calendar: Calendar,
  counting: CountingSettings,
): Instant {
  const end = parseInstant(deadline.dueAt);
  if (!level.threshold) return end;
  const p = parsePeriod(level.threshold);
  if (p.unit === 'hour') return end + p.amount * MS_PER_HOUR;
  const lastDay = startOfShanghaiDay(toDayNumber(deadline.dueDate));
  return due(lastDay, p, { calendar, counting: { ...counting, startDayCounted: false }, trail: false }).dueAtMs;
}

export interface OverdueEscalationOutcome {
  current: DecisionOverdueEscalation | null;
  trace: TraceEntry[];
}

/** The level in force as of asOf, and per level why it is or is not reached. */
export function evaluateOverdueEscalation(
  rule: OverdueEscalationRule,
  deadlines: readonly DecisionDeadline[],
  asOf: Instant,
  calendar: Calendar,
  counting: CountingSettings,
  roleName: (role: string) => Text,
): OverdueEscalationOutcome {
  const levels = [...rule.levels].sort((a, b) => a.level - b.level);
  // The last deadline of the obligation (an extended completion limit replaces the base one).
  const deadline = deadlines.filter((x) => x.obligation === rule.of).at(-1);
  const trace: TraceEntry[] = [];
  const overdue = deadline?.status === 'overdue';
  const reachedAt = levels.map((l) => (deadline ? levelReachedAt(l, deadline, calendar, counting) : null));
  let index = -1;
  levels.forEach((l, i) => {
    const at = reachedAt[i];
    const fired = overdue && at !== null && at !== undefined && asOf >= at;
    if (fired) index = i;
    trace.push({
      ruleId: `${rule.id}.level${l.level}`,
      clause: l.clause,
      kind: 'escalationOverdue',
      fired,
      failed: fired
        ? null
        : !overdue
          ? { fact: `${rule.of}.status`, operator: 'equal', value: 'overdue', actual: deadline?.status ?? null }
          : { fact: 'asOf', operator: 'greaterThanInclusive', value: formatInstant(at!), actual: formatInstant(asOf) },
    });
  });
  if (!deadline || index < 0) return { current: null, trace };
  const level = levels[index]!;
  const next = levels[index + 1];
  const current: DecisionOverdueEscalation = {
    trigger: 'overdue',
    level: level.level,
    ...(level.name ? { name: level.name } : {}),
    supervisor: level.supervisor,
    supervisorName: roleName(level.supervisor),
    clause: level.clause,
    ruleId: rule.id,
    of: rule.of,
    deadlineRuleId: deadline.ruleId,
    dueDate: deadline.dueDate,
    dueAt: deadline.dueAt,
    threshold: level.threshold ?? null,
    reachedAt: formatInstant(reachedAt[index]!),
    next: next
      ? {
          level: next.level,
          ...(next.name ? { name: next.name } : {}),
          threshold: next.threshold ?? null,
          reachesAt: formatInstant(reachedAt[index + 1]!),
        }
      : null,
  };
  return { current, trace };
}
