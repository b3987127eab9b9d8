/**
 * A draft rule-set version given inline (`{ files: { "index.yaml": "…", … } }`) is checked exactly
 * as a version folder on disk: the files are written to a private temporary folder laid out like
 * `rules/<id>/<version>/` (with the shipped schemas beside it, so `$schema` lines resolve), loaded
 * with `checkRulesetDir`, and the folder is removed. Diagnostics name the files as the client did.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import {
  checkRulesetDir,
  DEFAULT_CALENDAR_DIRS,
  type Diagnostic,
  type Ruleset,
  SCHEMA_DIR,
} from '../../engine/index.ts';
import { bodyInvalid } from '../http/check-shape.ts';

export type DraftFiles = Record<string, string>;

const MAX_FILES = 64;

/** Rejects file names that would leave the draft folder, and non-text contents. */
export function checkDraftFiles(files: unknown, path: string): DraftFiles {
  const issues = [];
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    throw bodyInvalid([
      {
        code: 'SCHEMA_TYPE',
        path,
        message: { zh: `${path} 应为 {文件名: 文本}`, en: `${path} must map file names to text` },
      },
    ]);
  }
  const entries = Object.entries(files);
  if (entries.length === 0 || entries.length > MAX_FILES || !entries.some(([n]) => n === 'index.yaml')) {
    issues.push({
      code: 'DRAFT_FILES',
      path,
      message: {
        zh: `草稿应包含 index.yaml，文件数 1–${MAX_FILES}`,
        en: `a draft needs an index.yaml and 1–${MAX_FILES} files`,
      },
    });
  }
  for (const [name, text] of entries) {
    const clean = normalize(name);
    if (typeof text !== 'string')
      issues.push({
        code: 'SCHEMA_TYPE',
        path: `${path}.${name}`,
        message: { zh: '文件内容应为文本', en: 'file content must be text' },
      });
    if (clean.startsWith('..') || clean.startsWith('/') || !/^[\w./-]+\.ya?ml$/.test(name))
      issues.push({
        code: 'DRAFT_FILE_NAME',
        path: `${path}.${name}`,
        message: {
          zh: `文件名“${name}”无效（应为版本目录内的 .yaml 文件）`,
          en: `"${name}" is not a .yaml file name inside the version folder`,
        },
      });
  }
  if (issues.length > 0) throw bodyInvalid(issues);
  return files as DraftFiles;
}

/** Writes the files into a fresh `…/rules/draft/draft/` and runs `fn` on that folder; always cleans up. */
export function withDraftFolder<T>(files: DraftFiles, fn: (dir: string) => T): T {
  const base = mkdtempSync(join(tmpdir(), 'hotline-draft-'));
  try {
    const rules = join(base, 'rules');
    const dir = join(rules, 'draft', 'draft');
    mkdirSync(dir, { recursive: true });
    symlinkSync(SCHEMA_DIR, join(rules, 'schema'), 'dir');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return fn(dir);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export interface DraftCheck {
  ruleset: Ruleset | undefined;
  diagnostics: Diagnostic[];
}

/** Checks a draft version against the calendars of the served rules folder. */
export function checkDraft(files: DraftFiles, rulesDir: string): DraftCheck {
  return withDraftFolder(files, (dir) => {
    const check = checkRulesetDir(dir, {
      displayRoot: dir,
      calendarDirs: [join(rulesDir, 'calendars'), ...DEFAULT_CALENDAR_DIRS],
    });
    return { ruleset: check.ruleset, diagnostics: check.diagnostics };
  });
}
