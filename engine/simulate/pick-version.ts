/**
 * The version that governs a ticket (新老划断): the one whose effective range holds its `received`
 * time, as `selectVersion` decides, with the ranges worked out once per batch instead of per ticket.
 */
import { parseInstant } from '../calendar/instant.ts';
import { effectiveRanges } from '../rules/effective-range.ts';
import { selectVersion } from '../rules/select-version.ts';
import type { Ruleset } from '../rules/types.ts';

export type VersionPicker = (received: string) => Ruleset;

export function versionPicker(versions: readonly Ruleset[]): VersionPicker {
  // Latest first, like selectVersion: with overlapping ranges the newer version wins.
  const ranges = effectiveRanges(versions).reverse();
  const id = versions[0]?.id ?? '';
  const catalog = { rulesets: { [id]: versions }, diagnostics: [], versions: [] };
  return (received) => {
    const t = parseInstant(received);
    for (const r of ranges) if (r.from <= t && t < r.end) return r.ruleset;
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
