/**
 * Loads one rule-set version (`index.yaml` + the topic files it includes) from a rules source:
 * YAML → schema → semantic checks → a frozen `Ruleset`. Every problem of every file is reported at
 * once, each with file:line:col and a stable code; nothing throws but `loadRulesetDir`, on purpose.
 * Includes are resolved inside the rules root before anything is read (`resolveInside`): one that
 * leaves the root is refused unread.
 */
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { HotlineError } from '../errors.ts';
import { buildRuleset } from './build-ruleset.ts';
import { type ClauseDef, type FactDef, factMap, readFacts } from './catalogues.ts';
import { checkDuplicateIds } from './check-ids.ts';
import { checkIndex } from './check-index.ts';
import { checkRuleFile } from './check-rule-file.ts';
import { factsOfVersion } from './declared-values.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.ts';
import { RULES_DIR } from './paths.ts';
import { checkRuleText, type RuleFile } from './read-rule-file.ts';
import { fileDiagnostic, isObject, reporter } from './rule-diagnostics.ts';
import { folderSource, layeredSource, mountedSource, type RulesSource, resolveInside } from './rule-source.ts';
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
  /** The rules root a version folder outside it is mounted over (default: the shipped `rules/`). */
  rulesRoot?: string;
}

export interface RulesetCheck {
  /** Undefined when there is any error. */
  ruleset: Ruleset | undefined;
  diagnostics: Diagnostic[];
  /** Files read, as shown in diagnostics. */
  files: string[];
}

const readFailure = {
  missing: { zh: '不存在', en: 'does not exist' },
  'not-a-file': { zh: '不是文件', en: 'is not a file' },
} as const;

/** Checks the version at `versionPath` (root-relative, `<ruleset-id>/<version>`) of a rules source. */
export function checkRulesetVersion(
  source: RulesSource,
  versionPath: string,
  options: LoadRulesetOptions = {},
): RulesetCheck {
  const out: Diagnostic[] = [];
  const indexPath = posix.join(versionPath, 'index.yaml');
  const indexRead = source.read(indexPath);
  if (!indexRead.ok) {
    const tooLarge = indexRead.reason === 'too-large';
    out.push(
      fileDiagnostic(
        source.show(indexPath),
        tooLarge ? 'RULE_FILE_TOO_LARGE' : 'RULE_INDEX_MISSING',
        tooLarge
          ? { zh: 'index.yaml 超过单个规则文件的大小上限', en: 'index.yaml is over the size limit of a rule file' }
          : { zh: '缺少 index.yaml', en: 'index.yaml is missing' },
      ),
    );
    return { ruleset: undefined, diagnostics: out, files: [] };
  }
  const report = reporter(out);
  const index = checkRuleText(source, indexPath, indexRead.text, true, out);
  const indexValue = isObject(index.src.value) ? index.src.value : {};
  const topics: RuleFile[] = [];
  const include = Array.isArray(indexValue.include) ? indexValue.include : [];
  include.forEach((name, i) => {
    if (typeof name !== 'string') return;
    const path = resolveInside(versionPath, name);
    if (path === undefined) {
      report(index.src, ['include', i], 'RULE_INCLUDE_OUTSIDE_ROOT', {
        zh: `“${name}”不在规则目录之内（绝对路径或 ../ 越出规则目录），未读取；include 只能列出本规则目录中的文件`,
        en: `"${name}" is not inside the rules folder (an absolute path, or ../ leaving it) and was not read; include lists files of this rules folder only`,
      });
      return;
    }
    const read = source.read(path);
    if (!read.ok && read.reason === 'outside') {
      report(index.src, ['include', i], 'RULE_INCLUDE_OUTSIDE_ROOT', {
        zh: `“${name}”是指向规则目录之外的符号链接，未读取`,
        en: `"${name}" is a symbolic link leaving the rules folder and was not read`,
      });
      return;
    }
    if (!read.ok && read.reason === 'too-large') {
      report(index.src, ['include', i], 'RULE_FILE_TOO_LARGE', {
        zh: `“${name}”超过单个规则文件的大小上限，未读取`,
        en: `"${name}" is over the size limit of a rule file and was not read`,
      });
      return;
    }
    if (!read.ok) {
      const why = readFailure[read.reason === 'not-a-file' ? 'not-a-file' : 'missing'];
      report(index.src, ['include', i], 'RULE_INCLUDE_MISSING', {
        zh: `include 列出的文件“${name}”${why.zh}（${source.show(path)}）`,
        en: `included file "${name}" ${why.en} (${source.show(path)})`,
      });
      return;
    }
    topics.push(checkRuleText(source, path, read.text, false, out));
    if (!path.startsWith(`${versionPath}/`)) {
      report(
        index.src,
        ['include', i],
        'RULE_INCLUDE_OTHER_VERSION',
        {
          zh: `“${name}”在版本目录之外：该文件改动时本版本随之改变（仅宜用于草稿）`,
          en: `"${name}" is outside the version folder: this version changes whenever that file does (fit for drafts only)`,
        },
        { severity: 'warning' },
      );
    }
  });
  checkIndex(index, topics, { ...options, report });
  const facts = factMap(options.facts ?? readFacts());
  // The version's own vocabulary names its clauses and roles; every reference is checked against it.
  const vocabFile = topics.find((t) => t.topic?.key === 'vocabulary');
  const vocab = vocabFile && isObject(vocabFile.src.value) ? vocabFile.src.value.vocabulary : undefined;
  const declared = (key: string) =>
    isObject(vocab) && Array.isArray(vocab[key]) ? (vocab[key] as unknown[]).filter(isObject) : undefined;
  const clauses = options.clauses ?? (declared('clauses') as ClauseDef[] | undefined) ?? [];
  const roleList = declared('roles');
  const roles = roleList ? new Set(roleList.map((r) => String(r.id))) : undefined;
  const typesFile = topics.find((t) => t.topic?.key === 'ticketTypes');
  const typesValue = typesFile && isObject(typesFile.src.value) ? typesFile.src.value.ticketTypes : undefined;
  const definedTypes = Array.isArray(typesValue)
    ? new Set(typesValue.filter(isObject).map((t) => String(t.id)))
    : undefined;
  const versionFacts = factsOfVersion(facts, isObject(vocab) ? vocab.values : undefined, definedTypes);
  for (const f of [index, ...topics]) {
    if (f.src.value === undefined) continue;
    checkRuleFile(f.src, { facts: versionFacts, clauses, definedTypes, roles, anchors: f !== index, report });
  }
  const sites = checkDuplicateIds(
    topics.map((t) => t.src).filter((s) => s.value !== undefined),
    report,
  );
  const diagnostics = sortDiagnostics(out);
  const files = [index, ...topics].map((f) => f.src.file);
  if (hasErrors(diagnostics)) return { ruleset: undefined, diagnostics, files };
  const rel = [index, ...topics].map((f) => ({ path: posix.relative(versionPath, f.path), text: f.text }));
  const ruleset = buildRuleset({
    index: index.src.value as RulesetIndex,
    topics: topics.map((t) => ({ topic: t.topic!, value: t.src.value as Record<string, unknown> })),
    revision: rulesetRevision(rel),
    dir: source.where(versionPath) ?? source.show(versionPath),
    files: rel.map((f) => f.path),
    texts: Object.fromEntries(rel.map((f) => [f.path, f.text])),
    sites,
  });
  return { ruleset, diagnostics, files };
}

/**
 * The source a version folder on disk is read through: its rules root (two levels up) when that
 * is `rulesRoot`, or when it lies inside `rulesRoot`; otherwise the folder mounted at
 * `<its parent's name>/<its name>` over `rulesRoot`, so that a draft may include unchanged files
 * of the served versions (`../2025-04-14/returns.yaml`) and nothing else.
 */
export function versionFolderSource(
  dir: string,
  o: { rulesRoot?: string; displayRoot?: string } = {},
): { source: RulesSource; versionPath: string } {
  const abs = resolve(dir);
  const root = resolve(o.rulesRoot ?? RULES_DIR);
  const base = folderSource(root, { displayRoot: o.displayRoot });
  const rel = relative(root, abs);
  if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && rel.split(sep).length >= 2) {
    return { source: base, versionPath: rel.split(sep).join('/') };
  }
  const versionPath = `${basename(dirname(abs)) || 'draft'}/${basename(abs) || 'draft'}`;
  const own = mountedSource(versionPath, folderSource(abs, { displayRoot: o.displayRoot }));
  return { source: layeredSource(own, base), versionPath };
}

/** Checks a version folder on disk (shipped, or a draft anywhere: see `versionFolderSource`). */
export function checkRulesetDir(dir: string, options: LoadRulesetOptions = {}): RulesetCheck {
  const { source, versionPath } = versionFolderSource(dir, options);
  return checkRulesetVersion(source, versionPath, options);
}

/** Loads a version folder (shipped or draft); throws `RULESET_INVALID` carrying every diagnostic. */
export function loadRulesetDir(dir: string, options: LoadRulesetOptions = {}): Ruleset {
  return validRuleset(
    checkRulesetDir(dir, options),
    relative(options.displayRoot ?? process.cwd(), resolve(dir)) || dir,
  );
}

/** The check's rule set, or `RULESET_INVALID` carrying every diagnostic. */
export function validRuleset(check: RulesetCheck, name: string): Ruleset {
  if (check.ruleset) return check.ruleset;
  const errors = check.diagnostics.filter((d) => d.severity === 'error').length;
  throw new HotlineError(
    'RULESET_INVALID',
    { zh: `规则集 ${name} 有 ${errors} 处错误`, en: `rule set ${name} has ${errors} error(s)` },
    { diagnostics: check.diagnostics },
  );
}

export const DEFAULT_CALENDAR_DIRS = [join(RULES_DIR, 'calendars')];
