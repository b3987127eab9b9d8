/**
 * One assessment input file, parsed by its extension (`.yaml`/`.yml`, `.json`, `.csv`) into a
 * plain value plus a way to find the line and column of any JSON pointer inside it, so that
 * schema and semantic errors can name file, line and field whatever the format.
 */
import { extname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../rules/diagnostic.ts';
import { parseYamlSource, pointerToPath, positionOf, type YamlSource } from '../rules/yaml-source.ts';
import { csvToInput } from './csv-input.ts';

export type InputFormat = 'yaml' | 'json' | 'csv';

export interface InputSource {
  file: string;
  format: InputFormat;
  /** Undefined when the file has syntax errors. */
  value: unknown;
  diagnostics: Diagnostic[];
  /** The YAML view of the file, for the shared schema checker (CSV: of the converted value). */
  yaml: YamlSource;
  position(pointer: string, opts?: { key?: boolean }): { line: number; col: number };
  /** CSV only: the column a pointer came from. */
  column?(pointer: string): string | undefined;
  /** CSV only: pointers whose cells already have a diagnostic. */
  reported?: ReadonlySet<string>;
}

export function formatOf(file: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return undefined;
}

export function parseInputSource(text: string, file: string, format: InputFormat): InputSource {
  if (format === 'csv') {
    const csv = csvToInput(text, file);
    const yaml = parseYamlSource(JSON.stringify(csv.value ?? {}), file);
    const position = (pointer: string) => {
      for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        const hit = csv.positions.get(p);
        if (hit) return hit;
        if (p === '') return { line: 1, col: 1 };
      }
    };
    return {
      file,
      format,
      value: csv.value,
      diagnostics: csv.diagnostics,
      yaml,
      position,
      column: (p) => csv.columns.get(p),
      reported: csv.reported,
    };
  }
  const yaml = parseYamlSource(text, file);
  const position = (pointer: string, opts?: { key?: boolean }) => positionOf(yaml, pointerToPath(pointer), opts);
  if (format === 'yaml') return { file, format, value: yaml.value, diagnostics: yaml.diagnostics, yaml, position };
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { file, format, value, diagnostics: [], yaml: { ...yaml, value }, position };
  } catch (e) {
    return { file, format, value: undefined, diagnostics: [jsonSyntax(text, file, e)], yaml, position };
  }
}

/** JSON.parse's message, at the position it names, else where a strict JSON-schema YAML parse fails. */
function jsonSyntax(text: string, file: string, e: unknown): Diagnostic {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/, (\.\.\.)?".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  const lines = new LineCounter();
  const at = /at position (\d+)/.exec(raw);
  let offset = at ? Number(at[1]) : /end of JSON input/.test(raw) ? text.length : -1;
  if (offset < 0) {
    const doc = parseDocument(text, { schema: 'json', lineCounter: lines, prettyErrors: false });
    offset = doc.errors[0]?.pos[0] ?? 0;
  } else parseDocument(text, { lineCounter: lines });
  const pos = lines.linePos(offset);
  return {
    file,
    line: pos.line,
    col: pos.col,
    severity: 'error',
    code: 'JSON_SYNTAX',
    message: { zh: `JSON 语法错误：${message}`, en: `JSON syntax error: ${message}` },
    pointer: '',
  };
}
