/**
 * Reads assessment input files (YAML, JSON or CSV by extension), validates them — syntax, the
 * JSON Schema, then the semantic checks across all files — and merges them into one
 * `AssessmentInput`. Any error throws `ASSESS_INPUT_INVALID` carrying every diagnostic
 * (`file:line:col: error CODE: message`).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HotlineError } from '../errors.ts';
import { type Diagnostic, sortDiagnostics } from '../rules/diagnostic.ts';
import { semanticDiagnostics } from './check-input.ts';
import { formatOf, type InputFormat, parseInputSource } from './input-source.ts';
import { inputSchemaDiagnostics } from './schema-input.ts';
import type { AssessmentInput } from './types.ts';

export interface AssessmentInputText {
  text: string;
  /** Shown in diagnostics; its extension chooses the format unless `format` is given. */
  file: string;
  format?: InputFormat;
}

export interface AssessmentInputCheck {
  diagnostics: Diagnostic[];
  /** The merged input; undefined when there are errors. */
  input: AssessmentInput | undefined;
}

/** Validates and merges input texts. Pure: no file access. */
export function checkAssessmentInput(texts: readonly AssessmentInputText[]): AssessmentInputCheck {
  const diagnostics: Diagnostic[] = [];
  const parsed: { src: ReturnType<typeof parseInputSource>; value: AssessmentInput }[] = [];
  for (const t of texts) {
    const format = t.format ?? formatOf(t.file);
    if (!format) {
      diagnostics.push({
        file: t.file,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'ASSESS_INPUT_FORMAT',
        message: {
          zh: `无法识别文件格式：${t.file}（应为 .yaml、.yml、.json 或 .csv）`,
          en: `unknown input format: ${t.file} (expected .yaml, .yml, .json or .csv)`,
        },
        pointer: '',
      });
      continue;
    }
    const src = parseInputSource(t.text, t.file, format);
    // Syntax errors leave no value (schema skipped); unreadable CSV cells are reported next to the schema's findings.
    const found = [...src.diagnostics, ...inputSchemaDiagnostics(src)];
    diagnostics.push(...found);
    if (found.length === 0) parsed.push({ src, value: src.value as AssessmentInput });
  }
  if (diagnostics.length === 0) diagnostics.push(...semanticDiagnostics(parsed));
  if (diagnostics.length > 0) return { diagnostics: sortDiagnostics(diagnostics), input: undefined };
  const input: AssessmentInput = {};
  for (const { value } of parsed) {
    if (value.satisfaction) input.satisfaction = [...(input.satisfaction ?? []), ...value.satisfaction];
    if (value.cityUnsatisfied) input.cityUnsatisfied = [...(input.cityUnsatisfied ?? []), ...value.cityUnsatisfied];
    if (value.publications) input.publications = [...(input.publications ?? []), ...value.publications];
  }
  return { diagnostics: [], input };
}

/** Reads, validates and merges input files; throws `ASSESS_INPUT_UNREADABLE` or `ASSESS_INPUT_INVALID`. */
export function loadAssessmentInput(
  files: string | readonly string[],
  options: { displayRoot?: string } = {},
): AssessmentInput {
  const list = typeof files === 'string' ? [files] : files;
  const texts = list.map((file) => {
    const shown = relative(options.displayRoot ?? process.cwd(), file) || file;
    try {
      return { text: readFileSync(file, 'utf8'), file: shown };
    } catch {
      throw new HotlineError('ASSESS_INPUT_UNREADABLE', {
        zh: `无法读取输入文件 ${shown}`,
        en: `cannot read the input file ${shown}`,
      });
    }
  });
  const check = checkAssessmentInput(texts);
  if (!check.input) {
    const n = check.diagnostics.length;
    const names = texts.map((t) => t.file).join(', ');
    throw new HotlineError(
      'ASSESS_INPUT_INVALID',
      { zh: `输入文件 ${names} 有 ${n} 处错误`, en: `input ${names} has ${n} error(s)` },
      { diagnostics: check.diagnostics },
    );
  }
  return check.input;
}
