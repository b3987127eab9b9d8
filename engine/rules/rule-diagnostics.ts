/** Building positioned diagnostics for the semantic checks of rule files. */
import type { Text } from '../i18n.ts';
import type { Diagnostic } from './diagnostic.ts';
import { type PathSegment, positionOf, type YamlSource } from './yaml-source.ts';

export type Report = (
  src: YamlSource,
  path: PathSegment[],
  code: string,
  message: Text,
  opts?: { key?: boolean; severity?: 'error' | 'warning' },
) => void;

export function pointerOf(path: PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A reporter that appends to `out`. */
export function reporter(out: Diagnostic[]): Report {
  return (src, path, code, message, opts = {}) => {
    const pos = positionOf(src, path, { key: opts.key });
    out.push({
      file: src.file,
      line: pos.line,
      col: pos.col,
      severity: opts.severity ?? 'error',
      code,
      message,
      pointer: pointerOf(path),
    });
  };
}

/** A diagnostic for a whole file (its first line). */
export function fileDiagnostic(file: string, code: string, message: Text, severity: 'error' | 'warning' = 'error') {
  return { file, line: 1, col: 1, severity, code, message, pointer: '' } satisfies Diagnostic;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      );
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean "x"?)` in both languages when a known name is close to `value`. */
export function suggestion(value: string, known: readonly string[]): Text {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const k of known) {
    const dist = distance(value, k);
    if (dist < bestD) {
      best = k;
      bestD = dist;
    }
  }
  return best ? { zh: `（是否应为“${best}”？）`, en: ` (did you mean "${best}"?)` } : { zh: '', en: '' };
}

/** `"a", "b", "c"` */
export function listOf(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
