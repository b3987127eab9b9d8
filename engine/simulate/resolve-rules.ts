/**
 * What a user names as "the rules" of a batch: a version id of the loaded rule set (`2025-04-14`,
 * or with its office `xiayang-12345/2022-06-08`),
 * a version folder (a draft not in force: it holds `index.yaml`), or a rules root (every version,
 * each ticket under the one in force at receipt). Invalid rules never run: the error carries every
 * diagnostic.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HotlineError } from '../errors.ts';
import { loadCatalog, type RulesetCatalog } from '../rules/load-catalog.ts';
import { loadRulesetDir } from '../rules/load-ruleset.ts';
import { RULES_DIR } from '../rules/paths.ts';
import { defaultRulesetId } from '../rules/route-ticket.ts';
import type { Ruleset } from '../rules/types.ts';

export type RulesChoice = { kind: 'version'; ruleset: Ruleset } | { kind: 'catalog'; catalog: RulesetCatalog };

export interface ResolveOptions {
  /** Rules root for version ids and the default catalogue (default: the shipped `rules/`). */
  root?: string;
  /** Rule set of a version id, when the root holds several. */
  rulesetId?: string;
}

const catalogs = new Map<string, RulesetCatalog>();

/** The catalogue of a rules root; throws `RULES_INVALID` (with the diagnostics) on any error. */
export function validCatalog(root: string = RULES_DIR): RulesetCatalog {
  let c = catalogs.get(root);
  if (!c) {
    c = loadCatalog(root);
    catalogs.set(root, c);
  }
  const errors = c.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new HotlineError(
      'RULES_INVALID',
      {
        zh: `规则文件有 ${errors.length} 处错误，请先运行 hotline check`,
        en: `the rules have ${errors.length} error(s); run hotline check`,
      },
      { diagnostics: c.diagnostics },
    );
  }
  return c;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

export function resolveRules(value: string | undefined, options: ResolveOptions = {}): RulesChoice {
  if (value === undefined) return { kind: 'catalog', catalog: validCatalog(options.root) };
  if (isDir(value)) {
    if (existsSync(join(value, 'index.yaml'))) return { kind: 'version', ruleset: loadRulesetDir(value) };
    return { kind: 'catalog', catalog: validCatalog(value) };
  }
  const catalog = validCatalog(options.root);
  // `<rule set>/<version>` names the office too (as the HTTP API does); a bare version is the
  // named or default rule set's.
  const slash = value.indexOf('/');
  const named = slash > 0 && catalog.rulesets[value.slice(0, slash)] ? value.slice(0, slash) : undefined;
  const id = named ?? options.rulesetId ?? defaultRulesetId(catalog);
  const version = named ? value.slice(slash + 1) : value;
  const versions = catalog.rulesets[id] ?? [];
  const hit = versions.find((r) => r.version === version);
  if (hit) return { kind: 'version', ruleset: hit };
  const known = versions.map((r) => r.version);
  throw new HotlineError('RULESET_VERSION_UNKNOWN', {
    zh: `“${value}”既不是规则集 ${id} 的版本（已有：${known.join('、') || '无'}），也不是规则目录`,
    en: `"${value}" is neither a version of rule set ${id} (known: ${known.join(', ') || 'none'}) nor a rules folder`,
  });
}

/** Exactly one version (for `compare --base/--candidate`): a version id or a version folder. */
export function resolveVersion(value: string, options: ResolveOptions = {}): Ruleset {
  const choice = resolveRules(value, options);
  if (choice.kind === 'version') return choice.ruleset;
  throw new HotlineError('RULESET_NOT_A_VERSION', {
    zh: `“${value}”是规则根目录，含多个版本；请给出一个版本号或一个版本目录（含 index.yaml）`,
    en: `"${value}" is a rules root with several versions; give one version id or one version folder (with index.yaml)`,
  });
}
