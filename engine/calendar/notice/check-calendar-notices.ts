/**
 * `hotline calendar check`: the calendar file's syntax, schema and invariants
 * (`checkCalendarText`), plus the statutory-days check of every notice arranged under the 2024
 * revision, each problem at its file:line:col.
 */

import { type Diagnostic, sortDiagnostics } from '../../rules/diagnostic.ts';
import { type CalendarCheck, checkCalendarText } from '../../rules/load-calendar.ts';
import { parseYamlSource, pointerToPath, positionOf, type YamlSource } from '../../rules/yaml-source.ts';
import type { CalendarData } from '../types.ts';
import { checkStatutoryDays, type NoticeProblem } from './statutory-check.ts';

/** A notice problem as a diagnostic at `prefix + problem.path` of `src`. */
export function noticeDiagnostic(src: YamlSource, prefix: (string | number)[], p: NoticeProblem): Diagnostic {
  const path = [...prefix, ...p.path];
  return {
    file: src.file,
    ...positionOf(src, path),
    severity: 'error',
    code: p.code,
    message: p.message,
    pointer: `/${path.join('/')}`,
  };
}

export function statutoryDiagnostics(src: YamlSource, data: CalendarData): Diagnostic[] {
  return data.years.flatMap((y, yi) =>
    checkStatutoryDays(data.statutory.holidays, y).map((p) => noticeDiagnostic(src, ['years', yi], p)),
  );
}

export function checkCalendarNotices(text: string, file: string): CalendarCheck {
  const base = checkCalendarText(text, file);
  if (!base.data) return base;
  const extra = statutoryDiagnostics(parseYamlSource(text, file), base.data);
  if (extra.length === 0) return base;
  return { ...base, diagnostics: sortDiagnostics([...base.diagnostics, ...extra]), data: undefined };
}

/** Diagnostics of a calendar that point inside `years[index]` are moved to the notice file's own lines. */
export function mapToNotice(diagnostics: Diagnostic[], notice: YamlSource, index: number): Diagnostic[] {
  const prefix = `/years/${index}`;
  return diagnostics.map((d) => {
    if (index < 0 || !(d.pointer === prefix || d.pointer.startsWith(`${prefix}/`))) return d;
    const path = pointerToPath(d.pointer.slice(prefix.length));
    return { ...d, file: notice.file, ...positionOf(notice, path), pointer: d.pointer.slice(prefix.length) };
  });
}
