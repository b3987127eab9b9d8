/**
 * A notice file (`hotline calendar add <notice.yaml>`): one year of the calendar file's `years`,
 * on its own — `year`, `notice` (title, number, date, urls) and `holidays` with their days off and
 * make-up working days. Validated by the calendar schema's entry for one year.
 */
import type { ValidateFunction } from 'ajv';
import { type Diagnostic, sortDiagnostics } from '../../rules/diagnostic.ts';
import { createAjv, schemaDiagnostics } from '../../rules/schema-check.ts';
import { readSchema } from '../../rules/schemas.ts';
import { parseYamlSource, type YamlSource } from '../../rules/yaml-source.ts';
import type { NoticeYear } from '../types.ts';

let validator: ValidateFunction | undefined;

/** The calendar schema's `years.items`, compiled on its own (with the schema's definitions). */
function noticeValidator(): ValidateFunction {
  if (!validator) {
    const calendar = readSchema('calendar.schema.json') as {
      definitions: unknown;
      properties: { years: { items: Record<string, unknown> } };
    };
    validator = createAjv().compile({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://hotline-policy.local/schema/calendar-notice.schema.json',
      definitions: calendar.definitions,
      ...calendar.properties.years.items,
    });
  }
  return validator;
}

export interface NoticeFileCheck {
  src: YamlSource;
  diagnostics: Diagnostic[];
  notice: NoticeYear | undefined;
}

export function parseNoticeText(text: string, file: string): NoticeFileCheck {
  const src = parseYamlSource(text, file);
  if (src.diagnostics.length > 0) return { src, diagnostics: src.diagnostics, notice: undefined };
  const schema = sortDiagnostics(schemaDiagnostics(noticeValidator(), src));
  return { src, diagnostics: schema, notice: schema.length > 0 ? undefined : (src.value as NoticeYear) };
}
