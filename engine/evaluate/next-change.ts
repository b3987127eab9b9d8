/**
 * When a decision next changes (issue 15): the earliest instant after asOf at which, with no new
 * event, the decision would differ — a deadline passes, due-soon starts, a window closes, an
 * escalation level is reached, a condition on the time since acceptance turns — or null.
 *
 * Exact by construction: the decision can change only at a finite set of instants (the candidates
 * below, read from the core's numbers and the rule set's conditions); they are tried in order on
 * the ticket as it stood at asOf, and the first at which the decision differs (remaining times
 * aside) is the answer.
 */
import { addWorkingDayNumbers } from '../calendar/add-working-days.ts';
import type { Instant } from '../calendar/instant.ts';
import { MS_PER_HOUR, shanghaiDay, startOfShanghaiDay } from '../calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { Condition, Ruleset } from '../rules/types.ts';
import type { DecisionCore } from './core-types.ts';
import { evaluateCoreSync } from './decide-core.ts';
import { planOf } from './plan.ts';
import { renderWarnings } from './render-decision.ts';
import { ruleSpecs } from './rules-engine.ts';
import { sameCore } from './same-core.ts';
import { ticketView, timelineOf } from './timeline.ts';

/** The facts that change with time alone, and the values the rule set compares them with. */
interface TimeThresholds {
  hours: number[];
  workdays: number[];
}

const thresholdCache = new WeakMap<Ruleset, TimeThresholds>();

function timeThresholds(ruleset: Ruleset): TimeThresholds {
  let hit = thresholdCache.get(ruleset);
  if (hit) return hit;
  const hours = new Set<number>();
  const workdays = new Set<number>();
  const walk = (c: Condition): void => {
    if ('fact' in c) {
      const values = (Array.isArray(c.value) ? c.value : [c.value]).filter((v): v is number => typeof v === 'number');
      if (c.fact === 'hoursSinceAccepted') for (const v of values) hours.add(v);
      if (c.fact === 'workdaysSinceAccepted') for (const v of values) workdays.add(v);
    } else if ('not' in c) walk(c.not);
    else for (const x of 'all' in c ? c.all : c.any) walk(x);
  };
  const specs = ruleSpecs(ruleset);
  for (const s of [...specs.classify, ...specs.effects, ...specs.trigger]) walk(s.condition);
  hit = { hours: [...hours], workdays: [...workdays] };
  thresholdCache.set(ruleset, hit);
  return hit;
}

/** Every instant after asOf at which the decision could change, earliest first. */
export function changeCandidates(core: DecisionCore): Instant[] {
  const { calendar, asOf, times } = core;
  const out = new Set<Instant>();
  const add = (t: Instant) => {
    if (t > asOf) out.add(t);
  };
  // An end passes: exclusive ends (days) at the end itself, inclusive ones (hours) 1 ms after.
  const end = (d: { dueAtMs: Instant; endInclusive: boolean }) => add(d.endInclusive ? d.dueAtMs + 1 : d.dueAtMs);
  const today = shanghaiDay(asOf);
  const window = planOf(core.ruleset).dueSoonWindow;
  for (const d of core.deadlines) {
    if (d.doneAtMs !== null) continue;
    end(d.due);
    // Due-soon (4.5) starts at 00:00 of the first day inside the window.
    if (!d.planned.dueSoon || d.planned.period.unit === 'hour') continue;
    const last = d.due.lastDay;
    if (window.unit === 'workday') {
      for (let x = today + 1; x <= last; x++) {
        if (workingDaysBetweenNumbers(calendar, x, last) < window.amount) {
          add(startOfShanghaiDay(x));
          break;
        }
      }
    } else add(startOfShanghaiDay(last - window.amount + 1));
  }
  if (core.return?.window) end(core.return.window);
  if (core.extension?.window) end(core.extension.window);
  for (const t of core.overdueEscalation?.reachedAt ?? []) if (t !== null) add(t);
  // Conditions on the time since acceptance turn where the fact crosses a value they name.
  const accepted = times.accepted;
  if (accepted !== null) {
    const th = timeThresholds(core.ruleset);
    for (const v of th.hours) {
      const x = accepted + v * MS_PER_HOUR;
      add(Math.floor(x) + 1);
      add(Math.ceil(x));
    }
    const d0 = shanghaiDay(accepted);
    for (const v of th.workdays) {
      for (const n of [v, v + 1])
        if (n >= 1) add(startOfShanghaiDay(addWorkingDayNumbers(calendar, d0, Math.floor(n))));
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** At most this many candidates are tried (a decision has a handful; the bound keeps the work bounded). */
const MAX_TRIES = 64;

const warningTexts = (c: DecisionCore) => renderWarnings(c.warnings, c.ruleset);

/**
 * The earliest candidate at which the decision of `core` would be written differently, or null.
 * Each candidate is decided on the compiled path (identical to the engine's) for the ticket as it
 * stood at asOf (no later event), and compared with `core` in numbers (`sameCore`): no decision is
 * written out for the comparison.
 */
export function nextChangeAt(core: DecisionCore): Instant | null {
  const candidates = changeCandidates(core);
  if (candidates.length === 0) return null;
  const frozen = ticketView(core.input, timelineOf(core.input, core.asOf));
  for (const at of candidates.slice(0, MAX_TRIES)) {
    const later = evaluateCoreSync(core.ruleset, core.calendar, frozen, { asOf: at, trace: false });
    if (!sameCore(core, later, warningTexts)) return at;
  }
  return null;
}
