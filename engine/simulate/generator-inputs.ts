/**
 * What `generateTickets` needs besides the window, for an office: its rule set (the newest
 * version), its population profile (shipped as `rules/<office>/population.yaml` unless a file is
 * named) and the rules folder's default office (whose tickets leave `office` out). The adapters
 * (CLI `generate`, batches, the server) call this; tests may too.
 */
import { dirname } from 'node:path';
import { HotlineError } from '../errors.ts';
import { loadCatalog, type RulesetCatalog } from '../rules/load-catalog.ts';
import { RULES_DIR } from '../rules/paths.ts';
import { rulesetIdFor } from '../rules/route-ticket.ts';
import type { Ruleset } from '../rules/types.ts';
import { loadProfile, type PopulationProfile } from './population.ts';

export interface GeneratorInputs {
  ruleset: Ruleset;
  profile: PopulationProfile;
  defaultOffice?: string;
}

export interface GeneratorInputOptions {
  /** A loaded catalogue; without it the rules folder `rulesDir` (default: the shipped rules) is loaded. */
  catalog?: RulesetCatalog;
  rulesDir?: string;
  /** The office (rule-set id); default: the catalogue's default. */
  office?: string;
  /** A profile file; default: `<rulesDir>/<office>/population.yaml`. */
  profileFile?: string;
}

const catalogs = new Map<string, RulesetCatalog>();

function catalogOf(rulesDir: string): RulesetCatalog {
  let c = catalogs.get(rulesDir);
  if (!c) {
    c = loadCatalog(rulesDir);
    catalogs.set(rulesDir, c);
  }
  return c;
}

export function generatorInputs(options: GeneratorInputOptions = {}): GeneratorInputs {
  const catalog = options.catalog ?? catalogOf(options.rulesDir ?? RULES_DIR);
  const id = rulesetIdFor(catalog, { requested: options.office });
  const versions = catalog.rulesets[id];
  const ruleset = versions?.at(-1);
  if (!ruleset) {
    const known = Object.keys(catalog.rulesets);
    throw new HotlineError('RULESET_UNKNOWN', {
      zh: `规则集“${id}”没有已载入的版本（已载入：${known.join('、') || '无'}）`,
      en: `the rule set "${id}" has no loaded version (loaded: ${known.join(', ') || 'none'})`,
    });
  }
  // The profile sits beside the version folders: <root>/<office>/population.yaml.
  const rulesDir = options.rulesDir ?? (ruleset.dir ? dirname(dirname(ruleset.dir)) : RULES_DIR);
  const profile = loadProfile({ office: id, rulesDir, ...(options.profileFile ? { file: options.profileFile } : {}) });
  return { ruleset, profile, ...(catalog.defaultId !== undefined ? { defaultOffice: catalog.defaultId } : {}) };
}
