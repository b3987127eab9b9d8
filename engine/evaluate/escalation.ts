import type { Calendar } from '../calendar/calendar.ts';
import { fromDayNumber } from '../calendar/day-number.ts';
import { type CountingSettings, dueNumbers } from '../calendar/due-numbers.ts';
import { formatInstant, type Instant, shanghaiDay } from '../calendar/instant.ts';
import { type Period, parsePeriod } from '../calendar/period.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { Text } from '../i18n.ts';
import type { EscalationLevel, RevisitEscalationRule as EscalationRule } from '../rules/types.ts';
import type { CoreEscalationStep, CoreRevisitEscalation } from './core-types.ts';
import type { Facts } from './facts.ts';
import type { Timeline } from './timeline.ts';
import type { DecisionRevisitEscalation as DecisionEscalation, TraceEntry } from './types.ts';

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

/**
 * The revisits the trigger rule judges, in time order. 4.5 复核单的市级回访情况会覆盖前单回访结果:
 * once a city-level result is in, a later town-level one does not replace it (`cityRevisitGoverns`).
 */
export function judgedRevisits(rule: EscalationRule, timeline: Timeline): Timeline['revisits'] {
  if (rule.cityRevisitGoverns !== true) return timeline.revisits;
  let citySeen = false;
  return timeline.revisits.filter(({ item }) => {
    if (item.level === 'town' && citySeen) return false;
    if (item.level === 'city') citySeen = true;
    return true;
  });
}

/** The revisit's facts for the trigger rule, set in place on the decision's facts. */
export function setRevisitFacts(facts: Facts, revisit: Timeline['revisits'][number] | null): void {
  facts.revisitResult = revisit ? revisit.item.result : undefined;
  facts.revisitResolved = revisit ? revisit.item.resolved : undefined;
}

/**
 * 2.4 四级督办: from the trigger rule's answer for each judged revisit, the level each triggering
 * revisit reaches, its supervisor and redo deadline.
 */
export function escalationCore(
  rule: EscalationRule,
  revisits: Timeline['revisits'],
  answers: readonly (TraceEntry | undefined)[],
  timeline: Timeline,
  anchor: Instant | null,
  calendar: Calendar,
  counting: CountingSettings,
  /** Working days every threshold moves by (an approved extension, when the rule follows it). */
  shift: number,
  /** Where to keep the trigger's trace (null: not kept). */
  trace: TraceEntry[] | null,
): CoreRevisitEscalation {
  const redos = timeline.redos;
  const steps: CoreEscalationStep[] = [];
  let current: CoreEscalationStep | null = null;
  let consecutive = 0;
  for (let i = 0; i < revisits.length; i++) {
    const { at, item: r } = revisits[i]!;
    const entry = answers[i];
    if (entry && trace) trace.push({ ...entry, ruleId: `${entry.ruleId}@${r.at}` });
    if (!entry?.fired || anchor === null) {
      consecutive = 0;
      current = null;
      continue;
    }
    consecutive++;
    const elapsed = workingDaysBetweenNumbers(calendar, shanghaiDay(anchor), shanghaiDay(at));
    const previous = current?.level.level ?? 0;
    const level = levelFor(rule, elapsed, consecutive, previous, shift);
    const step: CoreEscalationStep = {
      level,
      revisitAt: at,
      workdaysAtRevisit: elapsed,
      previousLevel: previous,
      redo: dueNumbers(at, parsedRedo(level), calendar, counting),
      redoDoneAt: redos.find((x) => x >= at) ?? null,
    };
    steps.push(step);
    current = step;
  }
  return { rule, shift, steps, current };
}

const redoPeriods = new WeakMap<EscalationLevel, Period>();
function parsedRedo(level: EscalationLevel): Period {
  let p = redoPeriods.get(level);
  if (!p) {
    p = parsePeriod(level.redo);
    redoPeriods.set(level, p);
  }
  return p;
}

/** The level in force as a decision states it, in the rule set's words (`roleName`). */
export function renderEscalation(
  e: CoreRevisitEscalation,
  step: CoreEscalationStep,
  roleName: (role: string) => Text,
): DecisionEscalation {
  const { level } = step;
  return {
    level: level.level,
    supervisor: level.supervisor,
    supervisorName: roleName(level.supervisor),
    clause: level.clause,
    ruleId: e.rule.id,
    revisitAt: formatInstant(step.revisitAt),
    workdaysAtRevisit: step.workdaysAtRevisit,
    mode: e.rule.mode,
    previousLevel: step.previousLevel,
    thresholdShift: e.shift,
    redoPeriod: level.redo,
    redoDueAt: formatInstant(step.redo.dueAtMs),
    redoDueDate: fromDayNumber(step.redo.lastDay),
  };
}
