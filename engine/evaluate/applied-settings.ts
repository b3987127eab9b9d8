/**
 * The open-reading settings a decision applied, read from the rule set (never from this code):
 * how escalation levels are reached, what an extension grants, whether a failing report blocks
 * completion, how natural days end on a holiday, what "due soon" means. One frozen object per
 * rule set and ticket type, shared by every decision that uses it.
 */
import type { Obligation, Ruleset } from '../rules/types.ts';
import { extensionRuleFor } from './build-deadlines.ts';
import type { AppliedSettings } from './types.ts';

const cache = new WeakMap<Ruleset, Map<string, AppliedSettings>>();

export function appliedSettings(ruleset: Ruleset, typeId: string): AppliedSettings {
  let byType = cache.get(ruleset);
  if (!byType) {
    byType = new Map();
    cache.set(ruleset, byType);
  }
  const hit = byType.get(typeId);
  if (hit) return hit;
  const esc = ruleset.escalation;
  const ext = extensionRuleFor(ruleset, typeId);
  const settings: AppliedSettings = {
    ...(esc && esc.trigger !== 'overdue'
      ? {
          escalationMode: esc.mode,
          thresholdsFollowExtension: esc.thresholdsFollowExtension === true,
          cityRevisitGoverns: esc.cityRevisitGoverns === true,
        }
      : {}),
    ...(ext
      ? {
          extensionGrant: ext.grant ?? 'requested-days',
          extensionAlsoMoves: Object.freeze([...(ext.alsoMoves ?? [])]) as Obligation[],
        }
      : {}),
    ...(ruleset.review ? { reviewBlocksCompletion: ruleset.review.blocksCompletion === true } : {}),
    naturalDayEndOnHoliday: ruleset.settings.counting.naturalDayEndOnHoliday,
    dueSoon: ruleset.settings.dueSoon.period,
  };
  Object.freeze(settings);
  byType.set(typeId, settings);
  return settings;
}
