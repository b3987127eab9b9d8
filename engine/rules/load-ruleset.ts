/**
 * Loads one rule-set version folder (`index.yaml` + the topic files it includes): YAML → schema →
 * semantic checks → a frozen `Ruleset`. Every problem of every file is reported at once, each with
 * file:line:col and a stable code; nothing throws but `loadRulesetDir`, on purpose.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HotlineError } from '../errors.ts';
import { buildRuleset } from './build-ruleset.ts';
import { type ClauseDef, type FactDef, factMap, readClauses, readFacts } from './catalogues.ts';
import { checkDuplicateIds } from './check-ids.ts';
import { checkIndex } from './check-index.ts';
import { checkRuleFile } from './check-rule-file.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.ts';
import { RULES_DIR } from './paths.ts';
import { type RuleFile, readRuleFile } from './read-rule-file.ts';
import { fileDiagnostic, isObject, reporter } from './rule-diagnostics.ts';
import { rulesetRevision } from './ruleset-revision.ts';
import type { Ruleset, RulesetIndex } from './types.ts';

export interface LoadRulesetOptions {
  /** Diagnostics show paths relative to this (default: the working directory). */
  displayRoot?: string;
  /** In a catalogue, `rules/<id>/<version>/` must hold that id and version. */
  expect?: { id: string; version: string };
  /** Folders holding `<calendar-id>.yaml` (default: the shipped rules/calendars). */
  calendarDirs?: string[];
  facts?: readonly FactDef[];
  clauses?: readonly ClauseDef[];
}

export interface RulesetCheck {
  /** Undefined when there is any error. */
  ruleset: Ruleset | undefined;
  diagnostics: Diagnostic[];
  /** Files read, as shown in diagnostics. */
  files: string[];
}

export function checkRulesetDir(dir: string, options: LoadRulesetOptions = {}): RulesetCheck {
  const root = resolve(dir);
  const show = (abs: string) => relative(options.displayRoot ?? process.cwd(), abs) || abs;
  const out: Diagnostic[] = [];
  const indexAbs = join(root, 'index.yaml');
  if (!existsSync(indexAbs)) {
    out.push(
      fileDiagnostic(show(indexAbs), 'RULE_INDEX_MISSING', { zh: '缺少 index.yaml', en: 'index.yaml is missing' }),
    );
    return { ruleset: undefined, diagnostics: out, files: [] };
  }
  const report = reporter(out);
  const index = readRuleFile(indexAbs, show(indexAbs), true, out);
  const indexValue = isObject(index.src.value) ? index.src.value : {};
  const topics: RuleFile[] = [];
  const include = Array.isArray(indexValue.include) ? indexValue.include : [];
  include.forEach((name, i) => {
    if (typeof name !== 'string') return;
    const abs = resolve(root, name);
    if (existsSync(abs) && statSync(abs).isFile()) {
      topics.push(readRuleFile(abs, show(abs), false, out));
      if (relative(root, abs).startsWith('..')) {
        report(
          index.src,
          ['include', i],
          'RULE_INCLUDE_OUTSIDE',
          {
            zh: `“${name}”在版本目录之外：该文件改动时本版本随之改变（仅宜用于草稿）`,
            en: `"${name}" is outside the version folder: this version changes whenever that file does (fit for drafts only)`,
          },
          { severity: 'warning' },
        );
      }
    } else {
      report(index.src, ['include', i], 'RULE_INCLUDE_MISSING', {
        zh: `include 列出的文件“${name}”不存在（${show(abs)}）`,
        en: `included file "${name}" does not exist (${show(abs)})`,
      });
    }
  });
  checkIndex(index, topics, { ...options, report });
  const facts = factMap(options.facts ?? readFacts());
  const clauses = options.clauses ?? readClauses();
  const typesFile = topics.find((t) => t.topic?.key === 'ticketTypes');
  const typesValue = typesFile && isObject(typesFile.src.value) ? typesFile.src.value.ticketTypes : undefined;
  const definedTypes = Array.isArray(typesValue)
    ? new Set(typesValue.filter(isObject).map((t) => String(t.id)))
    : undefined;
  for (const f of [index, ...topics]) {
    if (f.src.value === undefined) continue;
    checkRuleFile(f.src, { facts, clauses, definedTypes, anchors: f !== index, report });
  }
  const sites = checkDuplicateIds(
    topics.map((t) => t.src).filter((s) => s.value !== undefined),
    report,
  );
  const diagnostics = sortDiagnostics(out);
  const files = [index, ...topics].map((f) => f.src.file);
  if (hasErrors(diagnostics)) return { ruleset: undefined, diagnostics, files };
  const rel = [index, ...topics].map((f) => ({ path: relative(root, f.abs).replace(/\\/g, '/'), text: f.text }));
  const ruleset = buildRuleset({
    index: index.src.value as RulesetIndex,
    topics: topics.map((t) => ({ topic: t.topic!, value: t.src.value as Record<string, unknown> })),
    revision: rulesetRevision(rel),
    dir: root,
    files: rel.map((f) => f.path),
    sites,
  });
  return { ruleset, diagnostics, files };
}

/** Loads a version folder (shipped or draft); throws `RULESET_INVALID` carrying every diagnostic. */
export function loadRulesetDir(dir: string, options: LoadRulesetOptions = {}): Ruleset {
  const check = checkRulesetDir(dir, options);
  if (check.ruleset) return check.ruleset;
  const errors = check.diagnostics.filter((d) => d.severity === 'error').length;
  throw new HotlineError(
    'RULESET_INVALID',
    {
      zh: `规则集 ${relative(options.displayRoot ?? process.cwd(), resolve(dir)) || dir} 有 ${errors} 处错误`,
      en: `rule set ${relative(options.displayRoot ?? process.cwd(), resolve(dir)) || dir} has ${errors} error(s)`,
    },
    { diagnostics: check.diagnostics },
  );
}

export const DEFAULT_CALENDAR_DIRS = [join(RULES_DIR, 'calendars')];
