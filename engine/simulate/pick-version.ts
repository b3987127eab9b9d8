/**
 * The version that governs a ticket (新老划断): the one whose effective range holds its `received`
 * time, as `selectVersion` decides, with the ranges worked out once per batch instead of per ticket.
 */
import { parseInstant } from '../calendar/instant.ts';
import { effectiveRanges } from '../rules/effective-range.ts';
import { rulesetIdFor } from '../rules/route-ticket.ts';
import { selectVersion } from '../rules/select-version.ts';
import type { Ruleset } from '../rules/types.ts';

export type VersionPicker = (ticket: { office?: string; received: string }) => Ruleset;

/**
 * Routes each ticket to its office's rule set (`rulesetIdFor`: its `office`, else `requested`,
 * else the default), then to the version in force at `received`. `versions` may hold the
 * versions of several rule sets (a batch of mixed offices).
 */
export function versionPicker(
  versions: readonly Ruleset[],
  o: { requested?: string; defaultId?: string } = {},
): VersionPicker {
  const byId: Record<string, Ruleset[]> = {};
  for (const v of versions) byId[v.id] = [...(byId[v.id] ?? []), v];
  const catalog = {
    rulesets: byId,
    diagnostics: [],
    versions: [],
    errorsByRuleset: {},
    ...(o.defaultId !== undefined ? { defaultId: o.defaultId } : {}),
  };
  // Latest first, like selectVersion: with overlapping ranges the newer version wins.
  const ranges = new Map(Object.entries(byId).map(([id, list]) => [id, effectiveRanges(list).reverse()]));
  return (ticket) => {
    const id = rulesetIdFor(catalog, { office: ticket.office, requested: o.requested });
    const t = parseInstant(ticket.received);
    for (const r of ranges.get(id) ?? []) if (r.from <= t && t < r.end) return r.ruleset;
    // Not in force anywhere: selectVersion throws RULESET_NOT_IN_FORCE with the ranges in its message.
    return selectVersion(catalog, id, t);
  };
}

/**
 * Whether a ticket received at a given time falls inside the version's own effective range
 * (`effective.from` 00:00 +08:00 up to `effective.to` 24:00, or open-ended).
 */
export function inForceTest(version: Ruleset): (received: string) => boolean {
  const [range] = effectiveRanges([version]);
  return (received) => {
    const t = parseInstant(received);
    return range !== undefined && range.from <= t && t < range.end;
  };
}
