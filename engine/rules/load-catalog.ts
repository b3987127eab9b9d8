/**
 * Discovers and loads every rule-set version under one or more rules roots
 * (`<root>/<ruleset-id>/<version>/index.yaml`), and checks that the versions of each rule set do
 * not overlap in time. Several roots are read as one source (the first over the next), so a draft
 * root may include files of the served versions.
 */
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { sortDiagnostics } from './diagnostic.ts';
import { byEffectiveFrom } from './effective-range.ts';
import { checkRulesetVersion, DEFAULT_CALENDAR_DIRS, type LoadRulesetOptions } from './load-ruleset.ts';
import { RULES_DIR } from './paths.ts';
import { reporter } from './rule-diagnostics.ts';
import { folderSource, layeredSource, type RulesSource } from './rule-source.ts';
import { ruleValidator } from './rule-validators.ts';
import { schemaDiagnostics } from './schema-check.ts';
import type { Ruleset } from './types.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface RulesetCatalog {
  /** Valid versions by rule-set id, each list in order of `effective.from`. */
  rulesets: Readonly<Record<string, readonly Ruleset[]>>;
  /** Every problem found, in every file. */
  diagnostics: Diagnostic[];
  /** Version folders found (valid or not), as shown in diagnostics, and the files each read. */
  versions: { id: string; dir: string; files: string[]; ok: boolean }[];
  /** The rules folder's default rule set (`rulesets.yaml`), when it names one. */
  defaultId?: string;
  /** The errors of each rule set (any of its versions, or their overlap), by rule-set id; an id with none is absent. */
  errorsByRuleset: Readonly<Record<string, Diagnostic[]>>;
}

/** `rulesets.yaml` at the root of a rules source: the default rule set. */
function readRootSettings(source: RulesSource, out: Diagnostic[]): { src: YamlSource; defaultId?: string } | undefined {
  const read = source.read('rulesets.yaml');
  if (!read.ok) return undefined;
  const src = parseYamlSource(read.text, source.show('rulesets.yaml'));
  out.push(...src.diagnostics);
  if (src.value === undefined) return { src };
  const errors = schemaDiagnostics(ruleValidator('rulesets.schema.json'), src);
  out.push(...errors);
  const value = src.value as { default?: unknown };
  return errors.length === 0 && typeof value.default === 'string' ? { src, defaultId: value.default } : { src };
}

/** Version folders of a rules source: `[id, version, root-relative path]`. */
export function discoverVersions(source: RulesSource): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const id of source.list('', 'folders')) {
    if (id === 'schema' || id === 'calendars' || id === 'source') continue;
    for (const version of source.list(id, 'folders')) {
      const path = `${id}/${version}`;
      if (source.has(`${path}/index.yaml`)) out.push([id, version, path]);
    }
  }
  return out;
}

export interface CatalogOptions extends Pick<LoadRulesetOptions, 'displayRoot' | 'facts' | 'clauses'> {
  /** Roots read through (below `roots`) but not searched for versions: what a draft root's includes may name. */
  base?: string;
}

export function loadCatalog(
  roots: string | readonly string[] = RULES_DIR,
  options: CatalogOptions = {},
): RulesetCatalog {
  const list = typeof roots === 'string' ? [roots] : roots;
  const sources = list.map((r) => folderSource(r, { displayRoot: options.displayRoot }));
  const below = options.base ? [folderSource(options.base, { displayRoot: options.displayRoot })] : [];
  const all = [...sources, ...below].reduceRight(
    (under: RulesSource | undefined, s) => (under ? layeredSource(s, under) : s),
    undefined,
  );
  const calendarDirs = [...list.map((r) => join(r, 'calendars')), ...DEFAULT_CALENDAR_DIRS];
  return loadCatalogFrom(all!, sources, { ...options, calendarDirs });
}

/** The catalogue of the versions found in `discover` (default: the whole source), read through `source`. */
export function loadCatalogFrom(
  source: RulesSource,
  discover: readonly RulesSource[] = [source],
  options: Pick<LoadRulesetOptions, 'facts' | 'clauses' | 'calendarDirs'> = {},
): RulesetCatalog {
  const diagnostics: Diagnostic[] = [];
  const versions: RulesetCatalog['versions'] = [];
  const byId = new Map<string, Ruleset[]>();
  const errorsByRuleset: Record<string, Diagnostic[]> = {};
  const seen = new Set<string>();
  for (const [id, version, path] of discover.flatMap(discoverVersions)) {
    if (seen.has(path)) continue;
    seen.add(path);
    const check = checkRulesetVersion(source, path, { ...options, expect: { id, version } });
    diagnostics.push(...check.diagnostics);
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) errorsByRuleset[id] = [...(errorsByRuleset[id] ?? []), ...errors];
    versions.push({ id, dir: source.show(path), files: check.files, ok: check.ruleset !== undefined });
    if (check.ruleset) byId.set(id, [...(byId.get(id) ?? []), check.ruleset]);
  }
  const rulesets: Record<string, readonly Ruleset[]> = {};
  for (const [id, list] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = list.sort(byEffectiveFrom);
    const overlaps: Diagnostic[] = [];
    checkOverlaps(sorted, overlaps, source);
    diagnostics.push(...overlaps);
    if (overlaps.length > 0) errorsByRuleset[id] = [...(errorsByRuleset[id] ?? []), ...overlaps];
    rulesets[id] = Object.freeze(sorted);
  }
  const settings = readRootSettings(source, diagnostics);
  const folders = new Set(versions.map((v) => v.id));
  if (settings?.defaultId !== undefined && !folders.has(settings.defaultId)) {
    reporter(diagnostics)(settings.src, ['default'], 'RULE_DEFAULT_UNKNOWN', {
      zh: `默认规则集“${settings.defaultId}”不在本规则目录中（有：${[...folders].join('、') || '无'}）`,
      en: `the default rule set "${settings.defaultId}" is not in this rules folder (found: ${[...folders].join(', ') || 'none'})`,
    });
  }
  return {
    rulesets: Object.freeze(rulesets),
    diagnostics: sortDiagnostics(diagnostics),
    versions,
    ...(settings?.defaultId !== undefined ? { defaultId: settings.defaultId } : {}),
    errorsByRuleset,
  };
}

/** RULE_VERSION_OVERLAP at the later version's `effective.from`. */
function checkOverlaps(sorted: readonly Ruleset[], out: Diagnostic[], source: RulesSource): void {
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const overlap =
      a.effective.from === b.effective.from || (a.effective.to !== undefined && a.effective.to >= b.effective.from);
    if (!overlap) continue;
    const path = `${b.id}/${b.version}/index.yaml`;
    const src = parseYamlSource(b.texts?.['index.yaml'] ?? '', source.show(path));
    const aRange = `${a.effective.from} – ${a.effective.to ?? '…'}`;
    reporter(out)(src, ['effective', 'from'], 'RULE_VERSION_OVERLAP', {
      zh: `规则集 ${b.id} 的版本 ${b.version}（自 ${b.effective.from} 起）与版本 ${a.version}（${aRange}）的生效期间重叠；同一时刻只能有一个版本生效`,
      en: `version ${b.version} of rule set ${b.id} (from ${b.effective.from}) overlaps version ${a.version} (${aRange}); one version at a time`,
    });
  }
}
