/** Which version of a rule set governs a ticket: the one whose effective range holds its `received` time. */
import { formatInstant, type Instant, parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import { effectiveRanges } from './effective-range.ts';
import type { RulesetCatalog } from './load-catalog.ts';
import type { Ruleset } from './types.ts';

export function selectVersion(catalog: RulesetCatalog, rulesetId: string, received: Instant | string): Ruleset {
  const versions = catalog.rulesets[rulesetId];
  if (!versions || versions.length === 0) {
    const known = Object.keys(catalog.rulesets);
    throw new HotlineError('RULESET_UNKNOWN', {
      zh: `没有规则集“${rulesetId}”（已载入：${known.join('、') || '无'}）`,
      en: `no rule set "${rulesetId}" (loaded: ${known.join(', ') || 'none'})`,
    });
  }
  const t = typeof received === 'string' ? parseInstant(received) : received;
  const ranges = effectiveRanges(versions);
  // Latest first: with overlapping ranges (an error the loader reports) the newer version wins.
  const hit = [...ranges].reverse().find((r) => r.from <= t && t < r.end);
  if (hit) return hit.ruleset;
  const list = ranges.map((r) => `${r.ruleset.version}: ${r.ruleset.effective.from} – ${r.lastDay ?? '…'}`).join('; ');
  throw new HotlineError(
    'RULESET_NOT_IN_FORCE',
    {
      zh: `工单收到时间 ${formatInstant(t)} 不在规则集 ${rulesetId} 任何版本的生效期间内（${list}）`,
      en: `no version of rule set ${rulesetId} was in force when the ticket was received, ${formatInstant(t)} (${list})`,
    },
    { rulesetId, received: formatInstant(t), versions: ranges.map((r) => r.ruleset.version) },
  );
}

/** The loaded version that made a decision (its `ruleset` id and revision), for rendering its words. */
export function rulesetOfDecision(
  catalog: RulesetCatalog,
  d: { ruleset: { id: string; version: string; revision: string } },
): Ruleset | undefined {
  return catalog.rulesets[d.ruleset.id]?.find(
    (r) => r.version === d.ruleset.version && r.revision === d.ruleset.revision,
  );
}
