import type { Calendar } from '../calendar/calendar.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import { formatInstant, type Instant, shanghaiDay } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { EscalationLevel, EscalationRule } from '../rules/types.ts';
import type { Facts } from './facts.ts';
import type { Judge, JudgeAnswer } from './judge.ts';
import { roleName } from './roles.ts';
import type { Timeline } from './timeline.ts';
import type { DecisionEscalation, TraceEntry } from './types.ts';

export interface EscalationStep {
  escalation: DecisionEscalation;
  level: EscalationLevel;
  revisitAt: Instant;
  redoDoneAt: Instant | null;
}

export interface EscalationOutcome {
  /** Every revisit that triggered escalation, in time order. */
  steps: EscalationStep[];
  /** The level in force as of asOf: that of the latest revisit, if it triggered; else null. */
  current: DecisionEscalation | null;
  trace: TraceEntry[];
}

/** The level a triggering revisit reaches (interpretation 8: elapsed working days, or consecutive count). */
function levelFor(rule: EscalationRule, elapsed: number, consecutive: number): EscalationLevel {
  const levels = [...rule.levels].sort((a, b) => a.level - b.level);
  if (rule.mode === 'consecutive-unsatisfied') return levels[Math.min(consecutive, levels.length) - 1] ?? levels[0]!;
  let hit = levels[0]!;
  for (const l of levels) if (elapsed >= parsePeriod(l.threshold).amount) hit = l;
  return hit;
}

/** 2.4 四级督办: judge each revisit with the trigger rule, then pick level, supervisor and redo deadline. */
export function* evaluateEscalation(
  rule: EscalationRule,
  judge: Judge,
  timeline: Timeline,
  baseFacts: Facts,
  anchor: Instant | null,
  calendar: Calendar,
  counting: CountingSettings,
): Generator<JudgeAnswer, EscalationOutcome, TraceEntry[]> {
  const redos = timeline.redos;
  const steps: EscalationStep[] = [];
  const trace: TraceEntry[] = [];
  let current: DecisionEscalation | null = null;
  let consecutive = 0;
  for (const { at, item: r } of timeline.revisits) {
    const facts = Object.assign({}, baseFacts, { revisitResult: r.result, revisitResolved: r.resolved });
    const [entry] = yield judge.trigger(facts);
    if (entry) trace.push({ ...entry, ruleId: `${entry.ruleId}@${r.at}` });
    if (!entry?.fired || anchor === null) {
      consecutive = 0;
      current = null;
      continue;
    }
    consecutive++;
    const elapsed = workingDaysBetweenNumbers(calendar, shanghaiDay(anchor), shanghaiDay(at));
    const level = levelFor(rule, elapsed, consecutive);
    const redo = due(at, level.redo, { calendar, counting });
    const escalation: DecisionEscalation = {
      level: level.level,
      supervisor: level.supervisor,
      supervisorName: roleName(level.supervisor),
      clause: level.clause,
      ruleId: rule.id,
      revisitAt: formatInstant(at),
      workdaysAtRevisit: elapsed,
      redoPeriod: level.redo,
      redoDueAt: redo.dueAt,
      redoDueDate: redo.dueDate,
    };
    steps.push({ escalation, level, revisitAt: at, redoDoneAt: redos.find((x) => x >= at) ?? null });
    current = escalation;
  }
  return { steps, current, trace };
}
