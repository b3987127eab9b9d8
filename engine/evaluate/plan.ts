/**
 * A rule-set version compiled once for deciding: per ticket type, which limits apply (with their
 * periods parsed), the return and extension rules and their windows, the open-reading settings.
 * Kept by the rule-set object (WeakMap), so a plan lives as long as its rule set and no longer.
 */
import { type Period, parsePeriod } from '../calendar/period.ts';
import type {
  EscalationLevel,
  ExtensionRule,
  Obligation,
  ReturnRule,
  Ruleset,
  TicketTypeRule,
  TimeLimit,
} from '../rules/types.ts';
import { appliedSettings } from './applied-settings.ts';
import { extensionRuleFor, grantedWorkdays, staticLimits } from './build-deadlines.ts';
import type { AppliedSettings } from './types.ts';

/** A limit with its period parsed once. */
export interface PlannedLimit {
  limit: TimeLimit;
  period: Period;
  /** An optional window (return, extension request): unused and closed is `lapsed`, not overdue. */
  optional: boolean;
  /** Whether `due-soon` (4.5) applies to it. */
  dueSoon: boolean;
}

export interface TypePlan {
  type: TicketTypeRule;
  index: number;
  limits: readonly PlannedLimit[];
  settings: AppliedSettings;
  returnRule: ReturnRule | undefined;
  returnWindow: Period | null;
  extensionRule: ExtensionRule | undefined;
  extensionWindow: Period | null;
  /** The type the extension rule applies to (its completion limit plus the cap is what an approval could give). */
  extensionBase: TicketTypeRule | undefined;
  /** That limit plus the cap, when both are working days. */
  extensionResulting: Period | null;
  /** The extension rule that made a ticket this type (`becomes`), whose approvals lengthen its limits. */
  extendedBy: ExtensionRule | undefined;
  /** The limits once `extra` working days were granted (filled on first use). */
  extended: Map<number, readonly PlannedLimit[]>;
}

export interface RulesetPlan {
  types: TypePlan[];
  byId: Map<string, TypePlan>;
  periods: Map<string, Period>;
  dueSoonWindow: Period;
  firstContactWindow: Period | null;
  firstContactGapMs: number;
  /** The limit of each escalation level's redo (one object per level). */
  redoLimits: WeakMap<EscalationLevel, PlannedLimit>;
}

const OPTIONAL: ReadonlySet<Obligation> = new Set(['returnRequest', 'extensionRequest']);
const DUE_SOON: ReadonlySet<Obligation> = new Set(['complete', 'redo', 'review']);

const plans = new WeakMap<Ruleset, RulesetPlan>();

export function planOf(ruleset: Ruleset): RulesetPlan {
  const hit = plans.get(ruleset);
  if (hit) return hit;
  const periods = new Map<string, Period>();
  const period = (literal: string): Period => {
    let p = periods.get(literal);
    if (!p) {
      p = Object.freeze(parsePeriod(literal));
      periods.set(literal, p);
    }
    return p;
  };
  const planned = (limit: TimeLimit): PlannedLimit => ({
    limit,
    period: period(limit.period),
    optional: OPTIONAL.has(limit.obligation),
    dueSoon: DUE_SOON.has(limit.obligation),
  });
  const types = ruleset.ticketTypes.map((type, index): TypePlan => {
    const returnRule = ruleset.returns.find((r) => r.appliesTo.includes(type.id));
    const extensionRule = extensionRuleFor(ruleset, type.id);
    const extensionBase = extensionRule
      ? ruleset.ticketTypes.find((t) => extensionRule.appliesTo.includes(t.id))
      : undefined;
    const complete = extensionBase?.deadlines.find((d) => d.obligation === 'complete');
    let extensionResulting: Period | null = null;
    if (extensionRule && complete) {
      const p = period(complete.period);
      const cap = period(extensionRule.cap);
      if (p.unit === 'workday' && cap.unit === 'workday')
        extensionResulting = { amount: p.amount + cap.amount, unit: 'workday', literal: '' };
    }
    return {
      type,
      index,
      limits: staticLimits(ruleset, type).map(planned),
      settings: appliedSettings(ruleset, type.id),
      returnRule,
      returnWindow: returnRule ? period(returnRule.window.period) : null,
      extensionRule,
      extensionWindow: extensionRule ? period(extensionRule.window.period) : null,
      extensionBase,
      extensionResulting,
      extendedBy: ruleset.extensions.find((r) => r.becomes === type.id),
      extended: new Map(),
    };
  });
  const fc = ruleset.firstContact;
  const gap = fc ? period(fc.minInterval) : null;
  const plan: RulesetPlan = {
    types,
    byId: new Map(types.map((t) => [t.type.id, t])),
    periods,
    dueSoonWindow: period(ruleset.settings.dueSoon.period),
    firstContactWindow: fc ? period(fc.window.period) : null,
    firstContactGapMs: gap ? gap.amount * (gap.unit === 'hour' ? 3_600_000 : 86_400_000) : 0,
    redoLimits: new WeakMap(),
  };
  plans.set(ruleset, plan);
  return plan;
}

/**
 * The type's limits. When an approved extension made the ticket this type (4.4 视为疑难工单), the
 * ticket keeps the limits of the type it was (acceptance, first contact, return window, revisit…):
 * its completion limit becomes the base limit plus the days granted (`grant`), and each obligation
 * of the rule's `alsoMoves` moves by the same working days. `requested`: the working days of the
 * last approved extension (null: none approved).
 */
export function limitsOf(ruleset: Ruleset, plan: RulesetPlan, t: TypePlan, requested: number | null) {
  const rule = t.extendedBy;
  if (!rule || requested === null) return t.limits;
  const extra = grantedWorkdays(rule, requested);
  const hit = t.extended.get(extra);
  if (hit) return hit;
  const baseType = ruleset.ticketTypes.find((x) => rule.appliesTo.includes(x.id));
  const base = baseType?.deadlines.find((d) => d.obligation === 'complete');
  const basePlan = baseType ? plan.byId.get(baseType.id) : undefined;
  if (!base || !basePlan) return t.limits;
  const p = parsePeriod(base.period);
  const extended: TimeLimit = {
    ...base,
    id: `${rule.id}.complete`,
    clause: rule.clause,
    period: `${p.amount + extra}个工作日`,
  };
  const moves = new Set(rule.alsoMoves ?? []);
  const list = basePlan.limits.map((l): PlannedLimit => {
    if (l.limit.obligation === 'complete') return { ...l, limit: extended, period: parsePeriod(extended.period) };
    if (!moves.has(l.limit.obligation) || l.period.unit !== 'workday') return l;
    const limit = { ...l.limit, id: `${rule.id}.${l.limit.obligation}`, period: `${l.period.amount + extra}个工作日` };
    return { ...l, limit, period: parsePeriod(limit.period) };
  });
  Object.freeze(list);
  t.extended.set(extra, list);
  return list;
}

/** The redo limit of an escalation level (2.4: redo within the level's period from the revisit). */
export function redoLimitOf(plan: RulesetPlan, ruleId: string, level: EscalationLevel): PlannedLimit {
  let hit = plan.redoLimits.get(level);
  if (!hit) {
    const limit: TimeLimit = {
      id: `${ruleId}.level${level.level}`,
      clause: level.clause,
      obligation: 'redo',
      period: level.redo,
      from: 'revisited',
      responsible: 'unit',
    };
    hit = { limit, period: parsePeriod(level.redo), optional: false, dueSoon: true };
    plan.redoLimits.set(level, hit);
  }
  return hit;
}
