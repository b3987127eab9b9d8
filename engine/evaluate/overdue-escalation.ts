/**
 * Escalation triggered by time overdue (`escalation.trigger: overdue`): the ladder climbs with how
 * long the deadline of `escalation.of` has been overdue, undone, as of asOf. No condition is judged
 * (the deadline's status and the calendar decide), so both evaluation paths give the same answer.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { type DayNumber, fromDayNumber, toDayNumber } from '../calendar/day-number.ts';
import { type CountingSettings, dueNumbers } from '../calendar/due-numbers.ts';
import { formatInstant, type Instant, MS_PER_HOUR, parseInstant, startOfShanghaiDay } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import type { Text } from '../i18n.ts';
import type { EscalationRule, OverdueEscalationLevel, OverdueEscalationRule } from '../rules/types.ts';
import type { CoreDeadline, CoreOverdueEscalation } from './core-types.ts';
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
  return levelReachedAtNumbers(level, parseInstant(deadline.dueAt), toDayNumber(deadline.dueDate), calendar, counting);
}

/** `levelReachedAt` for a deadline ending at `dueAtMs` whose last day is `lastDay`. */
function levelReachedAtNumbers(
  level: Pick<OverdueEscalationLevel, 'threshold'>,
  dueAtMs: Instant,
  lastDay: DayNumber,
  calendar: Calendar,
  counting: CountingSettings,
): Instant {
  if (!level.threshold) return dueAtMs;
  const p = parsePeriod(level.threshold);
  if (p.unit === 'hour') return dueAtMs + p.amount * MS_PER_HOUR;
  return dueNumbers(startOfShanghaiDay(lastDay), p, calendar, { ...counting, startDayCounted: false }).dueAtMs;
}

const sortedCache = new WeakMap<OverdueEscalationRule, readonly OverdueEscalationLevel[]>();
function sortedLevels(rule: OverdueEscalationRule): readonly OverdueEscalationLevel[] {
  let list = sortedCache.get(rule);
  if (!list) {
    list = Object.freeze([...rule.levels].sort((a, b) => a.level - b.level));
    sortedCache.set(rule, list);
  }
  return list;
}

/** The level in force as of asOf, from the deadlines as of asOf (no redo deadlines to add). */
export function overdueEscalationCore(
  rule: OverdueEscalationRule,
  deadlines: readonly CoreDeadline[],
  asOf: Instant,
  calendar: Calendar,
  counting: CountingSettings,
): CoreOverdueEscalation {
  const levels = sortedLevels(rule);
  // The last deadline of the obligation (an extended completion limit replaces the base one).
  let deadline: CoreDeadline | null = null;
  for (const d of deadlines) if (d.planned.limit.obligation === rule.of) deadline = d;
  const overdue = deadline?.status === 'overdue';
  const reachedAt = levels.map((l) =>
    deadline ? levelReachedAtNumbers(l, deadline.due.dueAtMs, deadline.due.lastDay, calendar, counting) : null,
  );
  let index = -1;
  for (let i = 0; i < levels.length; i++) {
    const at = reachedAt[i];
    if (overdue && at !== null && at !== undefined && asOf >= at) index = i;
  }
  return { rule, levels, deadline, reachedAt, index };
}

/** Per level, why it is or is not reached (the trace of a decision that asks for one). */
export function overdueEscalationTrace(c: CoreOverdueEscalation, asOf: Instant): TraceEntry[] {
  const { rule, deadline } = c;
  const overdue = deadline?.status === 'overdue';
  return c.levels.map((l, i): TraceEntry => {
    const at = c.reachedAt[i];
    const fired = overdue && at !== null && at !== undefined && asOf >= at;
    return {
      ruleId: `${rule.id}.level${l.level}`,
      clause: l.clause,
      kind: 'escalationOverdue',
      fired,
      failed: fired
        ? null
        : !overdue
          ? { fact: `${rule.of}.status`, operator: 'equal', value: 'overdue', actual: deadline?.status ?? null }
          : { fact: 'asOf', operator: 'greaterThanInclusive', value: formatInstant(at!), actual: formatInstant(asOf) },
    };
  });
}

/** The level in force as a decision states it, in the rule set's words (`roleName`). */
export function renderOverdueEscalation(
  c: CoreOverdueEscalation,
  roleName: (role: string) => Text,
): DecisionOverdueEscalation | null {
  const { rule, levels, deadline, reachedAt, index } = c;
  if (!deadline || index < 0) return null;
  const level = levels[index]!;
  const next = levels[index + 1];
  return {
    trigger: 'overdue',
    level: level.level,
    ...(level.name ? { name: level.name } : {}),
    supervisor: level.supervisor,
    supervisorName: roleName(level.supervisor),
    clause: level.clause,
    ruleId: rule.id,
    of: rule.of,
    deadlineRuleId: deadline.planned.limit.id,
    dueDate: fromDayNumber(deadline.due.lastDay),
    dueAt: formatInstant(deadline.due.dueAtMs),
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
}
