import type { Lang, Text } from '../i18n.ts';

/** One problem found in a rules or calendar file, at a 1-based line and column. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** Stable code, e.g. `YAML_SYNTAX`, `SCHEMA_TYPE`, `CAL_MAKEUP_NOT_WEEKEND`. */
  code: string;
  message: Text;
  /** JSON pointer of the offending value inside the document. */
  pointer: string;
}

/** `file:line:col: error CODE: message` — the form editors' problem matchers read. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${lang === 'en' ? d.message.en : d.message.zh}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
