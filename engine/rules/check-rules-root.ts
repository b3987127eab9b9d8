/**
 * `hotline check`: every file under a rules root — calendars, the fact and clause catalogues, and
 * every version of every rule set — or one version folder (a draft) when `dir` holds an index.yaml.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readClauses } from './catalogues.ts';
import { uncitedClauses } from './cited-clauses.ts';
import { type Diagnostic, sortDiagnostics } from './diagnostic.ts';
import { checkCalendarText } from './load-calendar.ts';
import { loadCatalog, type RulesetCatalog } from './load-catalog.ts';
import { checkRulesetDir } from './load-ruleset.ts';
import { fileDiagnostic } from './rule-diagnostics.ts';
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
  const show = (abs: string) => relative(options.displayRoot ?? process.cwd(), abs) || abs;
  if (existsSync(join(root, 'index.yaml'))) {
    const one = checkRulesetDir(root, options);
    const rulesets = one.ruleset ? [one.ruleset] : [];
    const diagnostics = sortDiagnostics([...one.diagnostics, ...coverage(rulesets, show)]);
    const counts = { calendars: 0, catalogues: 0, rulesets: 1, versions: 1, files: one.files.length };
    return { diagnostics, counts, rulesets };
  }
  const out: Diagnostic[] = [];
  let files = 0;
  const calDir = join(root, 'calendars');
  const calendars = existsSync(calDir)
    ? readdirSync(calDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  for (const f of calendars)
    out.push(...checkCalendarText(readFileSync(join(calDir, f), 'utf8'), show(join(calDir, f))).diagnostics);
  let catalogues = 0;
  for (const [name, schema] of [
    ['facts.yaml', 'facts.schema.json'],
    ['clauses.yaml', 'clauses.schema.json'],
  ] as const) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    catalogues++;
    const src = parseYamlSource(readFileSync(file, 'utf8'), show(file));
    out.push(...src.diagnostics);
    if (src.value !== undefined) out.push(...schemaDiagnostics(ruleValidator(schema), src));
  }
  const catalog: RulesetCatalog = loadCatalog(root, options);
  out.push(...catalog.diagnostics);
  for (const v of catalog.versions) files += v.files.length;
  const rulesets = Object.values(catalog.rulesets).flat();
  out.push(...coverage(rulesets, show));
  return {
    diagnostics: sortDiagnostics(out),
    counts: {
      calendars: calendars.length,
      catalogues,
      rulesets: new Set(catalog.versions.map((v) => v.dir.split(/[\\/]/).slice(-2, -1)[0])).size,
      versions: catalog.versions.length,
      files: files + calendars.length + catalogues,
    },
    rulesets,
  };
}

/** A warning per version that leaves an evaluable clause uncited. */
function coverage(rulesets: readonly Ruleset[], show: (abs: string) => string): Diagnostic[] {
  const clauses = readClauses();
  return rulesets.flatMap((r) => {
    const missing = uncitedClauses(r, clauses);
    if (missing.length === 0) return [];
    return [
      fileDiagnostic(
        show(join(r.dir, 'index.yaml')),
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
