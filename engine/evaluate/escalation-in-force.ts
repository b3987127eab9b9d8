/**
 * The supervision level a decision states, chosen once from the core: the overdue ladder when the
 * rule set has one (its level in force, or none), otherwise the level of the latest triggering
 * revisit. `renderDecision`, the summary and the comparison of two versions all read it here.
 */
import type { OverdueEscalationLevel } from '../rules/types.ts';
import type { CoreEscalationStep, CoreOverdueEscalation, CoreRevisitEscalation, DecisionCore } from './core-types.ts';

export type EscalationInForce =
  | { trigger: 'overdue'; ladder: CoreOverdueEscalation; level: OverdueEscalationLevel }
  | { trigger: 'revisit'; escalation: CoreRevisitEscalation; step: CoreEscalationStep };

export function escalationInForce(core: DecisionCore): EscalationInForce | null {
  const ladder = core.overdueEscalation;
  if (ladder) {
    if (!ladder.deadline || ladder.index < 0) return null;
    return { trigger: 'overdue', ladder, level: ladder.levels[ladder.index]! };
  }
  const escalation = core.revisitEscalation;
  const step = escalation?.current;
  return escalation && step ? { trigger: 'revisit', escalation, step } : null;
}

/** The level number, clause and rule of the level in force (what a comparison reports). */
export function escalationLevelOf(e: EscalationInForce): { level: number; clause: string; ruleId: string } {
  return e.trigger === 'overdue'
    ? { level: e.level.level, clause: e.level.clause, ruleId: e.ladder.rule.id }
    : { level: e.step.level.level, clause: e.step.level.clause, ruleId: e.escalation.rule.id };
}
