/**
 * Discovers and loads every rule-set version under one or more rules roots
 * (`<root>/<ruleset-id>/<version>/index.yaml`), and checks that the versions of each rule set do
 * not overlap in time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { sortDiagnostics } from './diagnostic.ts';
import { byEffectiveFrom } from './effective-range.ts';
import { checkRulesetDir, DEFAULT_CALENDAR_DIRS, type LoadRulesetOptions } from './load-ruleset.ts';
import { RULES_DIR } from './paths.ts';
import { reporter } from './rule-diagnostics.ts';
import type { Ruleset } from './types.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface RulesetCatalog {
  /** Valid versions by rule-set id, each list in order of `effective.from`. */
  rulesets: Readonly<Record<string, readonly Ruleset[]>>;
  /** Every problem found, in every file. */
  diagnostics: Diagnostic[];
  /** Version folders found (valid or not), as shown in diagnostics, and the files each read. */
  versions: { dir: string; files: string[]; ok: boolean }[];
}

const subdirs = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** Version folders under a rules root: `[id, version, dir]`. */
export function discoverVersions(root: string): [string, string, string][] {
  if (!existsSync(root)) return [];
  const out: [string, string, string][] = [];
  for (const id of subdirs(root)) {
    for (const version of subdirs(join(root, id))) {
      const dir = join(root, id, version);
      if (existsSync(join(dir, 'index.yaml'))) out.push([id, version, dir]);
    }
  }
  return out;
}

export function loadCatalog(
  roots: string | readonly string[] = RULES_DIR,
  options: Pick<LoadRulesetOptions, 'displayRoot' | 'facts' | 'clauses'> = {},
): RulesetCatalog {
  const diagnostics: Diagnostic[] = [];
  const versions: RulesetCatalog['versions'] = [];
  const byId = new Map<string, Ruleset[]>();
  for (const root of typeof roots === 'string' ? [roots] : roots) {
    const calendarDirs = [join(root, 'calendars'), ...DEFAULT_CALENDAR_DIRS];
    for (const [id, version, dir] of discoverVersions(root)) {
      const check = checkRulesetDir(dir, { ...options, expect: { id, version }, calendarDirs });
      diagnostics.push(...check.diagnostics);
      const shown = relative(options.displayRoot ?? process.cwd(), dir) || dir;
      versions.push({ dir: shown, files: check.files, ok: check.ruleset !== undefined });
      if (check.ruleset) byId.set(id, [...(byId.get(id) ?? []), check.ruleset]);
    }
  }
  const rulesets: Record<string, readonly Ruleset[]> = {};
  for (const [id, list] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = list.sort(byEffectiveFrom);
    checkOverlaps(sorted, diagnostics, options.displayRoot);
    rulesets[id] = Object.freeze(sorted);
  }
  return { rulesets: Object.freeze(rulesets), diagnostics: sortDiagnostics(diagnostics), versions };
}

/** RULE_VERSION_OVERLAP at the later version's `effective.from`. */
function checkOverlaps(sorted: readonly Ruleset[], out: Diagnostic[], displayRoot?: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const overlap =
      a.effective.from === b.effective.from || (a.effective.to !== undefined && a.effective.to >= b.effective.from);
    if (!overlap) continue;
    const file = join(b.dir, 'index.yaml');
    const src = parseYamlSource(readFileSync(file, 'utf8'), relative(displayRoot ?? process.cwd(), file) || file);
    const aRange = `${a.effective.from} – ${a.effective.to ?? '…'}`;
    reporter(out)(src, ['effective', 'from'], 'RULE_VERSION_OVERLAP', {
      zh: `规则集 ${b.id} 的版本 ${b.version}（自 ${b.effective.from} 起）与版本 ${a.version}（${aRange}）的生效期间重叠；同一时刻只能有一个版本生效`,
      en: `version ${b.version} of rule set ${b.id} (from ${b.effective.from}) overlaps version ${a.version} (${aRange}); one version at a time`,
    });
  }
}
