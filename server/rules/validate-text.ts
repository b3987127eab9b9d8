/**
 * Validates one file's text the way `hotline check` / `hotline calendar check` would see it, with
 * the same line and column. A calendar is checked on its own (`checkCalendarText`). A rules file
 * (a version's index or topic file, `facts.yaml`, `clauses.yaml`) is checked in context: the
 * served rules folder is copied to a private temporary `rules/`, the file is put in its place, the
 * whole root is checked with `checkRulesRoot`, and the diagnostics of that file are returned (those
 * the change causes in other files come separately).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, normalize, relative } from 'node:path';
import {
  checkCalendarText,
  checkRulesRoot,
  type Diagnostic,
  type RulesetCatalog,
  SCHEMA_DIR,
} from '../../engine/index.ts';
import { ApiError } from '../http/api-error.ts';
import { detectKind, topLevelKeys, type ValidateKind } from './detect-kind.ts';

export interface TextCheck {
  kind: ValidateKind;
  /** The file as the diagnostics name it (relative to the folder holding `rules/`). */
  file: string;
  diagnostics: Diagnostic[];
  /** Errors the change causes in other files of the rules folder. */
  otherFiles: Diagnostic[];
}

/** Where the file sits in the rules folder: the path given, the same name in the latest version, or the file with the same topic. */
function targetPath(
  rulesDir: string,
  catalog: RulesetCatalog,
  kind: ValidateKind,
  text: string,
  filename?: string,
): string {
  const given = filename ? normalize(filename).replace(/^rules\//, '') : undefined;
  if (given && (given.startsWith('..') || given.startsWith('/'))) throw unknownTarget(filename!);
  if (kind === 'facts' || kind === 'clauses') return `${kind}.yaml`;
  if (given?.includes('/') && existsSync(join(rulesDir, given))) return given;
  const latest = Object.values(catalog.rulesets).flatMap((v) => v.slice(-1))[0];
  if (!latest) throw unknownTarget(filename ?? '');
  const versionDir = relative(rulesDir, latest.dir);
  if (given && latest.files.includes(basename(given))) return join(versionDir, basename(given));
  if (kind === 'index') return join(versionDir, 'index.yaml');
  const key = topLevelKeys(text)[0];
  const same = latest.files.find(
    (f) => key !== undefined && topLevelKeys(readFileSync(join(latest.dir, f), 'utf8')).includes(key),
  );
  if (same) return join(versionDir, same);
  throw unknownTarget(filename ?? key ?? '');
}

function unknownTarget(name: string): ApiError {
  return new ApiError(400, 'VALIDATE_TARGET_UNKNOWN', {
    zh: `无法确定“${name}”是规则目录中的哪个文件；请用 filename 指明（如 sheshan-12345/2025-04-14/returns.yaml）`,
    en: `cannot tell which file of the rules folder "${name}" is; name it with filename (e.g. sheshan-12345/2025-04-14/returns.yaml)`,
  });
}

export function validateText(
  text: string,
  o: { rulesDir: string; catalog: RulesetCatalog; kind?: ValidateKind; filename?: string },
): TextCheck {
  const kind = o.kind ?? detectKind(text, o.filename);
  if (kind === 'calendar') {
    const file = o.filename ?? 'rules/calendars/cn-mainland.yaml';
    return { kind, file, diagnostics: checkCalendarText(text, file).diagnostics, otherFiles: [] };
  }
  const target = targetPath(o.rulesDir, o.catalog, kind, text, o.filename);
  const base = mkdtempSync(join(tmpdir(), 'hotline-validate-'));
  try {
    const root = join(base, 'rules');
    cpSync(o.rulesDir, root, {
      recursive: true,
      filter: (src) => !basename(src).startsWith('.') || src === o.rulesDir,
    });
    if (!existsSync(join(root, 'schema'))) symlinkSync(SCHEMA_DIR, join(root, 'schema'), 'dir');
    writeFileSync(join(root, target), text);
    const all = checkRulesRoot(root, { displayRoot: base }).diagnostics;
    const file = join('rules', target);
    return {
      kind,
      file,
      diagnostics: all.filter((d) => d.file === file),
      otherFiles: all.filter((d) => d.file !== file && d.severity === 'error'),
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
