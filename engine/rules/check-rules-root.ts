/**
 * `hotline check`: every file under a rules root — calendars, the fact and clause catalogues, and
 * every version of every rule set — or one version folder (a draft) when `dir` holds an index.yaml.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { uncitedClauses } from './cited-clauses.ts';
import { type Diagnostic, sortDiagnostics } from './diagnostic.ts';
import { checkCalendarText } from './load-calendar.ts';
import { loadCatalogFrom, type RulesetCatalog } from './load-catalog.ts';
import { checkRulesetDir, DEFAULT_CALENDAR_DIRS } from './load-ruleset.ts';
import { fileDiagnostic } from './rule-diagnostics.ts';
import { folderSource, type RulesSource } from './rule-source.ts';
import { ruleValidator } from './rule-validators.ts';
import { schemaDiagnostics } from './schema-check.ts';
import type { Ruleset } from './types.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface RulesRootCheck {
  diagnostics: Diagnostic[];
  counts: { calendars: number; catalogues: number; rulesets: number; versions: number; files: number };
  /** The valid versions found. */
  rulesets: Ruleset[];
}

export function checkRulesRoot(dir: string, options: { displayRoot?: string } = {}): RulesRootCheck {
  const root = resolve(dir);
  if (existsSync(join(root, 'index.yaml'))) {
    const one = checkRulesetDir(root, options);
    const rulesets = one.ruleset ? [one.ruleset] : [];
    const diagnostics = sortDiagnostics([...one.diagnostics, ...coverage(rulesets, options.displayRoot)]);
    const counts = { calendars: 0, catalogues: 0, rulesets: 1, versions: 1, files: one.files.length };
    return { diagnostics, counts, rulesets };
  }
  return checkRulesSource(folderSource(root, options), {
    calendarDirs: [join(root, 'calendars')],
    displayRoot: options.displayRoot,
  });
}

/** Every file of a rules source (a folder, or a folder with one file replaced in memory). */
export function checkRulesSource(
  source: RulesSource,
  o: { calendarDirs?: string[]; displayRoot?: string } = {},
): RulesRootCheck {
  const out: Diagnostic[] = [];
  let files = 0;
  const calendars = source.list('calendars', 'files').filter((f) => /\.ya?ml$/.test(f));
  for (const f of calendars) {
    const read = source.read(`calendars/${f}`);
    if (read.ok) out.push(...checkCalendarText(read.text, source.show(`calendars/${f}`)).diagnostics);
  }
  let catalogues = 0;
  for (const [name, schema] of [['facts.yaml', 'facts.schema.json']] as const) {
    const read = source.read(name);
    if (!read.ok) continue;
    catalogues++;
    const src = parseYamlSource(read.text, source.show(name));
    out.push(...src.diagnostics);
    if (src.value !== undefined) out.push(...schemaDiagnostics(ruleValidator(schema), src));
  }
  const catalog: RulesetCatalog = loadCatalogFrom(source, [source], {
    calendarDirs: [...(o.calendarDirs ?? []), ...DEFAULT_CALENDAR_DIRS],
  });
  out.push(...catalog.diagnostics);
  for (const v of catalog.versions) files += v.files.length;
  const rulesets = Object.values(catalog.rulesets).flat();
  out.push(...coverage(rulesets, o.displayRoot));
  return {
    diagnostics: sortDiagnostics(out),
    counts: {
      calendars: calendars.length,
      catalogues,
      rulesets: new Set(catalog.versions.map((v) => v.id)).size,
      versions: catalog.versions.length,
      files: files + calendars.length + catalogues,
    },
    rulesets,
  };
}

/** A warning per version that leaves an evaluable clause uncited. */
function coverage(rulesets: readonly Ruleset[], displayRoot?: string): Diagnostic[] {
  return rulesets.flatMap((r) => {
    const missing = uncitedClauses(r, r.vocabulary?.clauses ?? []);
    if (missing.length === 0) return [];
    return [
      fileDiagnostic(
        isAbsolute(r.dir) ? relative(displayRoot ?? process.cwd(), join(r.dir, 'index.yaml')) : `${r.dir}/index.yaml`,
        'RULE_CLAUSE_UNCITED',
        {
          zh: `以下应由规则体现的条款未被任何规则引用：${missing.join('、')}`,
          en: `no rule cites the evaluable clause(s) ${missing.join(', ')}`,
        },
        'warning',
      ),
    ];
  });
}
