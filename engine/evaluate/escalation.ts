import type { Calendar } from '../calendar/calendar.ts';
import { type CountingSettings, due } from '../calendar/due.ts';
import { formatInstant, type Instant, shanghaiDay } from '../calendar/instant.ts';
import { parsePeriod } from '../calendar/period.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { Text } from '../i18n.ts';
import type { EscalationLevel, RevisitEscalationRule as EscalationRule } from '../rules/types.ts';
import type { Facts } from './facts.ts';
import type { Judge, JudgeAnswer } from './judge.ts';
import type { Timeline } from './timeline.ts';
import type { DecisionRevisitEscalation as DecisionEscalation, TraceEntry } from './types.ts';

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

/**
 * The level a triggering revisit reaches (interpretation 8). `shift` moves every threshold (the
 * working days an approved extension added to the completion limit, when the rule follows it).
 * - `ladder`: one level at a time from the level below, and only once the (shifted) threshold of
 *   the next level is reached (2.4 “仍不满意”, “在三级督办基础上”); the first triggering revisit is level 1;
 * - `elapsed-workdays`: the highest level whose threshold the elapsed working days reach;
 * - `consecutive-unsatisfied`: the n-th triggering revisit in a row is level n.
 */
function levelFor(
  rule: EscalationRule,
  elapsed: number,
  consecutive: number,
  previous: number,
  shift: number,
): EscalationLevel {
  const levels = sortedLevels(rule);
  if (rule.mode === 'consecutive-unsatisfied') return levels[Math.min(consecutive, levels.length) - 1] ?? levels[0]!;
  let reached = 1;
  for (const l of levels) if (elapsed >= (l.threshold ? parsePeriod(l.threshold).amount : 0) + shift) reached = l.level;
  const n = rule.mode === 'ladder' ? Math.max(previous, Math.min(previous + 1, reached), 1) : reached;
  return levels.find((l) => l.level === n) ?? levels[levels.length - 1]!;
}

const sortedCache = new WeakMap<EscalationRule, EscalationLevel[]>();
function sortedLevels(rule: EscalationRule): EscalationLevel[] {
  let list = sortedCache.get(rule);
  if (!list) {
    list = [...rule.levels].sort((a, b) => a.level - b.level);
    sortedCache.set(rule, list);
  }
  return list;
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
  /** Working days every threshold moves by (an approved extension, when the rule follows it). */
  shift: number,
  /** The rule set's name of a role (its vocabulary). */
  roleName: (role: string) => Text,
): Generator<JudgeAnswer, EscalationOutcome, TraceEntry[]> {
  const redos = timeline.redos;
  const steps: EscalationStep[] = [];
  const trace: TraceEntry[] = [];
  let current: DecisionEscalation | null = null;
  let consecutive = 0;
  let citySeen = false;
  for (const { at, item: r } of timeline.revisits) {
    // 4.5 复核单的市级回访情况会覆盖前单回访结果: once a city-level result is in, a town-level one does not replace it.
    if (rule.cityRevisitGoverns === true) {
      if (r.level === 'town' && citySeen) continue;
      if (r.level === 'city') citySeen = true;
    }
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
    const previous = current?.level ?? 0;
    const level = levelFor(rule, elapsed, consecutive, previous, shift);
    const redo = due(at, level.redo, { calendar, counting, trail: false });
    const escalation: DecisionEscalation = {
      level: level.level,
      supervisor: level.supervisor,
      supervisorName: roleName(level.supervisor),
      clause: level.clause,
      ruleId: rule.id,
      revisitAt: formatInstant(at),
      workdaysAtRevisit: elapsed,
      mode: rule.mode,
      previousLevel: previous,
      thresholdShift: shift,
      redoPeriod: level.redo,
      redoDueAt: redo.dueAt,
      redoDueDate: redo.dueDate,
    };
    steps.push({ escalation, level, revisitAt: at, redoDoneAt: redos.find((x) => x >= at) ?? null });
    current = escalation;
  }
  return { steps, current, trace };
}
