/**
 * Checks a parsed input file against `rules/schema/assessment-input.schema.json` with the shared
 * schema checker. Pattern failures get a message saying what is expected instead of the regular
 * expression; CSV values were converted from rows, so their diagnostics move to the cell the
 * value came from and name its column instead of a JSON path.
 */
import type { Text } from '../i18n.ts';
import type { Diagnostic } from '../rules/diagnostic.ts';
import { schemaDiagnostics } from '../rules/schema-check.ts';
import { validatorFor } from '../rules/schemas.ts';
import { pointerToPath } from '../rules/yaml-source.ts';
import type { InputSource } from './input-source.ts';

export const ASSESSMENT_INPUT_SCHEMA = 'assessment-input.schema.json';

const EXPECTED: Record<string, Text> = {
  month: { zh: '应为 YYYY-MM 格式的月份，如 2025-09', en: 'must be a month written YYYY-MM, e.g. 2025-09' },
  revisitedAt: {
    zh: '应为日期 YYYY-MM-DD 或 ISO 8601 时刻，如 2025-09-22T10:00:00+08:00',
    en: 'must be a date YYYY-MM-DD or an ISO 8601 instant, e.g. 2025-09-22T10:00:00+08:00',
  },
  published: {
    zh: '应为日期 YYYY-MM-DD 或 ISO 8601 时刻，如 2025-09-30',
    en: 'must be a date YYYY-MM-DD or an ISO 8601 instant, e.g. 2025-09-30',
  },
};
const NOT_BLANK: Text = { zh: '不能为空白', en: 'must not be blank' };

export function inputSchemaDiagnostics(src: InputSource): Diagnostic[] {
  if (src.value === undefined) return [];
  const found = schemaDiagnostics(validatorFor(ASSESSMENT_INPUT_SCHEMA), src.yaml);
  return found
    .filter((d) => !src.reported?.has(d.pointer))
    .map((d) => {
      const path = pathText(d.pointer);
      const last = String(pointerToPath(d.pointer).at(-1) ?? '');
      const body =
        d.code === 'SCHEMA_PATTERN'
          ? (EXPECTED[last] ?? NOT_BLANK)
          : { zh: strip(d.message.zh, path), en: strip(d.message.en, path) };
      const column = src.format === 'csv' ? src.column?.(d.pointer) : undefined;
      if (column) {
        return {
          ...d,
          ...src.position(d.pointer),
          message: { zh: `“${column}”列：${body.zh}`, en: `column "${column}": ${body.en}` },
        };
      }
      if (src.format === 'csv') return { ...d, ...src.position(d.pointer) };
      if (d.code !== 'SCHEMA_PATTERN') return d;
      return { ...d, message: { zh: `${path} ${body.zh}`, en: `${path} ${body.en}` } };
    });
}

function strip(message: string, path: string): string {
  return message.startsWith(`${path} `) ? message.slice(path.length + 1) : message;
}

/** The path text the shared checker puts before its messages (`satisfaction[0].units[2].satisfaction`). */
function pathText(pointer: string): string {
  return pointerToPath(pointer)
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}
