/**
 * Validates one file's text the way `hotline check` / `hotline calendar check` would see it, with
 * the same line and column. A calendar is checked on its own (`checkCalendarText`). A rules file
 * (a version's index or topic file, `facts.yaml`, `clauses.yaml`) is checked in context: the
 * served rules folder is read through its source with this one file replaced in memory (nothing is
 * copied or written), the whole root is checked, and the diagnostics of that file are returned
 * (those the change causes in other files come separately).
 */
import { basename, dirname, join } from 'node:path';
import {
  checkCalendarText,
  checkRulesSource,
  type Diagnostic,
  folderSource,
  layeredSource,
  memorySource,
  type RulesetCatalog,
  resolveInside,
} from '../../engine/index.ts';
import { ApiError } from '../http/api-error.ts';
import { detectKind, topLevelKeys, type ValidateKind } from './detect-kind.ts';

/** Validates a text now, on this thread. */
export function validateText(
  text: string,
  o: { rulesDir: string; catalog: RulesetCatalog; kind?: ValidateKind; filename?: string },
): TextCheck {
  return checkTextJob(textJob(text, o));
}

export interface TextCheck {
  kind: ValidateKind;
  /** The file as the diagnostics name it (relative to the folder holding `rules/`). */
  file: string;
  diagnostics: Diagnostic[];
  /** Errors the change causes in other files of the rules folder. */
  otherFiles: Diagnostic[];
}

/** Where the file sits in the rules folder: the path given, the same name in the latest version (of the default rule set), or the file with the same topic. */
function targetPath(catalog: RulesetCatalog, kind: ValidateKind, text: string, filename?: string): string {
  const given = filename === undefined ? undefined : resolveInside('', filename.replace(/^rules\//, ''));
  if (filename !== undefined && (given === undefined || !/\.ya?ml$/.test(given))) throw unknownTarget(filename);
  if (kind === 'facts' || kind === 'clauses') return `${kind}.yaml`;
  const versions = Object.values(catalog.rulesets).flat();
  if (given?.includes('/') && versions.some((v) => given.startsWith(`${v.id}/${v.version}/`))) return given;
  // Several offices loaded: a bare file name or a topic means the default rule set's latest version.
  const home = catalog.defaultId !== undefined && catalog.rulesets[catalog.defaultId] ? catalog.defaultId : undefined;
  const latest =
    (home ? catalog.rulesets[home]?.at(-1) : undefined) ??
    Object.values(catalog.rulesets).flatMap((v) => v.slice(-1))[0];
  if (!latest) throw unknownTarget(filename ?? '');
  const versionDir = `${latest.id}/${latest.version}`;
  if (given && latest.files.includes(basename(given))) return `${versionDir}/${basename(given)}`;
  if (kind === 'index') return `${versionDir}/index.yaml`;
  const key = topLevelKeys(text)[0];
  const same = latest.files.find((f) => key !== undefined && topLevelKeys(latest.texts?.[f] ?? '').includes(key));
  if (same) return `${versionDir}/${same}`;
  throw unknownTarget(filename ?? key ?? '');
}

function unknownTarget(name: string): ApiError {
  const shown = name.length > 120 ? `${name.slice(0, 120)}…` : name;
  return new ApiError(400, 'VALIDATE_TARGET_UNKNOWN', {
    zh: `无法确定“${shown}”是规则目录中的哪个文件；请用 filename 指明（如 sheshan-12345/2025-04-14/returns.yaml）`,
    en: `cannot tell which file of the rules folder "${shown}" is; name it with filename (e.g. sheshan-12345/2025-04-14/returns.yaml)`,
  });
}

/** What to check: the text, its kind, and where it sits (decided against the loaded catalogue, cheaply). */
export interface TextJob {
  text: string;
  kind: ValidateKind;
  /** Root-relative path of the file it replaces (unused for a calendar). */
  target: string;
  /** The name diagnostics give a calendar. */
  file: string;
  rulesDir: string;
}

export function textJob(
  text: string,
  o: { rulesDir: string; catalog: RulesetCatalog; kind?: ValidateKind; filename?: string },
): TextJob {
  const kind = o.kind ?? detectKind(text, o.filename);
  if (kind === 'calendar') {
    const file = o.filename && o.filename.length <= 200 ? o.filename : 'rules/calendars/cn-mainland.yaml';
    return { text, kind, target: '', file, rulesDir: o.rulesDir };
  }
  return { text, kind, target: targetPath(o.catalog, kind, text, o.filename), file: '', rulesDir: o.rulesDir };
}

/** Runs a text job (on the main thread for small texts, in the validation worker for large ones). */
export function checkTextJob(job: TextJob): TextCheck {
  const { text, kind, target } = job;
  if (kind === 'calendar') {
    return { kind, file: job.file, diagnostics: checkCalendarText(text, job.file).diagnostics, otherFiles: [] };
  }
  const o = { rulesDir: job.rulesDir };
  const display = dirname(o.rulesDir);
  const disk = folderSource(o.rulesDir, { displayRoot: display });
  const file = join(basename(o.rulesDir), target);
  const source = layeredSource(
    memorySource(new Map([[target, text]]), () => file),
    disk,
  );
  const all = checkRulesSource(source, {
    calendarDirs: [join(o.rulesDir, 'calendars')],
    displayRoot: display,
  }).diagnostics;
  return {
    kind,
    file,
    diagnostics: all.filter((d) => d.file === file),
    otherFiles: all.filter((d) => d.file !== file && d.severity === 'error'),
  };
}
