/**
 * A draft rule-set version given inline (`{ files: { "index.yaml": "…", … } }`) is checked in
 * memory, never written anywhere: its files are mounted at `<id>/<version>/` of the served rules
 * root (the id and version its index declares), so its includes resolve exactly as a version
 * folder's would — its own files, or unchanged files of the served versions through
 * `../<version>/<file>` — and nothing outside the rules root is ever read. Diagnostics name the
 * draft's files as the client did.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import {
  checkRulesetVersion,
  DEFAULT_CALENDAR_DIRS,
  type Diagnostic,
  folderSource,
  layeredSource,
  memorySource,
  parseYamlSource,
  type Ruleset,
} from '../../engine/index.ts';
import type { RawIssue } from '../http/api-error.ts';
import { bodyInvalid } from '../http/check-shape.ts';

export type DraftFiles = Record<string, string>;

/** Limits of one draft: how many files, how long a name, how large a file. */
export const DRAFT_LIMITS = { files: 64, nameLength: 200, fileBytes: 512 * 1024 } as const;

const SEGMENT = /^[A-Za-z0-9_][\w.-]*$/;

function nameProblem(name: string): boolean {
  if (name.length === 0 || name.length > DRAFT_LIMITS.nameLength || !/\.ya?ml$/.test(name)) return true;
  return name.split('/').some((seg) => !SEGMENT.test(seg));
}

/** Rejects file names that would leave the draft folder or clash, non-text contents and oversized files. */
export function checkDraftFiles(files: unknown, path: string): DraftFiles {
  const issues: RawIssue[] = [];
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
  if (entries.length === 0 || entries.length > DRAFT_LIMITS.files || !entries.some(([n]) => n === 'index.yaml')) {
    issues.push({
      code: 'DRAFT_FILES',
      path,
      message: {
        zh: `草稿应包含 index.yaml，文件数 1–${DRAFT_LIMITS.files}`,
        en: `a draft needs an index.yaml and 1–${DRAFT_LIMITS.files} files`,
      },
    });
  }
  const names = new Set(entries.map(([n]) => n));
  for (const [name, text] of entries) {
    const shown = name.length > 80 ? `${name.slice(0, 80)}…` : name;
    if (typeof text !== 'string')
      issues.push({
        code: 'SCHEMA_TYPE',
        path: `${path}.${shown}`,
        message: { zh: '文件内容应为文本', en: 'file content must be text' },
      });
    else if (Buffer.byteLength(text) > DRAFT_LIMITS.fileBytes)
      issues.push({
        code: 'DRAFT_FILE_TOO_LARGE',
        path: `${path}.${shown}`,
        message: {
          zh: `文件“${shown}”超过 ${DRAFT_LIMITS.fileBytes} 字节的上限`,
          en: `"${shown}" is over the limit of ${DRAFT_LIMITS.fileBytes} bytes`,
        },
      });
    const clash = name.split('/').some((_, i, segs) => i > 0 && names.has(segs.slice(0, i).join('/')));
    if (nameProblem(name) || clash)
      issues.push({
        code: 'DRAFT_FILE_NAME',
        path: `${path}.${shown}`,
        message: {
          zh: `文件名“${shown}”无效（应为版本目录内的 .yaml 文件，至多 ${DRAFT_LIMITS.nameLength} 个字符，每段以字母、数字或下划线开头，不与其他文件的目录同名）`,
          en: `"${shown}" is not a .yaml file name inside the version folder (at most ${DRAFT_LIMITS.nameLength} characters, each segment starting with a letter, digit or underscore, not clashing with another file's folder)`,
        },
      });
  }
  if (issues.length > 0) throw bodyInvalid(issues);
  return files as DraftFiles;
}

export interface DraftCheck {
  ruleset: Ruleset | undefined;
  diagnostics: Diagnostic[];
}

const SAFE_NAME = /^[a-z0-9][\w.-]*$/i;

/** Where the draft is mounted: `<id>/<version>` of its index when both are plain names, else `draft/draft`. */
export function draftMount(files: DraftFiles): string {
  const index = parseYamlSource(files['index.yaml'] ?? '', 'index.yaml').value as Record<string, unknown> | undefined;
  const id = index?.id;
  const version = index?.version;
  return typeof id === 'string' && typeof version === 'string' && SAFE_NAME.test(id) && SAFE_NAME.test(version)
    ? `${id}/${version}`
    : 'draft/draft';
}

/** A key naming the draft's content (the same files give the same key). */
export function draftKey(files: DraftFiles): string {
  const h = createHash('sha256');
  for (const name of Object.keys(files).sort()) h.update(name).update('\0').update(files[name]!).update('\0');
  return h.digest('hex');
}

/** Checks a draft version in memory against the served rules folder and its calendars. */
export function checkDraft(files: DraftFiles, rulesDir: string): DraftCheck {
  const mount = draftMount(files);
  const byPath = new Map(Object.entries(files).map(([name, text]) => [posix.join(mount, name), text]));
  const draft = memorySource(byPath, (p) => (p.startsWith(`${mount}/`) ? p.slice(mount.length + 1) : p));
  const source = layeredSource(draft, folderSource(rulesDir, { displayRoot: posix.dirname(rulesDir) }));
  const check = checkRulesetVersion(source, mount, {
    calendarDirs: [posix.join(rulesDir, 'calendars'), ...DEFAULT_CALENDAR_DIRS],
  });
  return { ruleset: check.ruleset, diagnostics: check.diagnostics };
}
