/**
 * Reading the cells of the satisfaction CSV: the header's column names (English or Chinese) and
 * the values of a rate or a yes/no flag. A cell that cannot be read gives a message instead.
 */
import type { Text } from '../i18n.ts';

export type Column = 'month' | 'unit' | 'satisfaction' | 'hotspot' | 'mediaExposed';

const ALIASES: Record<string, Column> = {
  month: 'month',
  月份: 'month',
  unit: 'unit',
  单位: 'unit',
  承办单位: 'unit',
  satisfaction: 'satisfaction',
  满意度: 'satisfaction',
  市民满意度: 'satisfaction',
  hotspot: 'hotspot',
  集中性热点诉求: 'hotspot',
  热点诉求: 'hotspot',
  mediaexposed: 'mediaExposed',
  媒体曝光: 'mediaExposed',
  被媒体曝光: 'mediaExposed',
};
export const REQUIRED_COLUMNS: readonly Column[] = ['month', 'unit', 'satisfaction'];
export const KNOWN_COLUMN_NAMES =
  'month, unit, satisfaction, hotspot, mediaExposed（月份, 单位, 满意度, 集中性热点诉求, 媒体曝光）';

export function columnOf(name: string): Column | undefined {
  const n = name.trim();
  return ALIASES[n] ?? ALIASES[n.toLowerCase()];
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '']);

export type CellResult = { ok: true; value: unknown } | { ok: false; value: string; message: Text };

/** A percentage: `92.5` or `92.5%`. */
export function readRate(raw: string, column: string): CellResult {
  const v = raw.trim();
  const num = v === '' ? Number.NaN : Number(v.replace(/%$/, ''));
  if (Number.isFinite(num)) return { ok: true, value: num };
  return {
    ok: false,
    value: v,
    message: {
      zh: `“${column}”列的值“${raw}”不是数字（百分比，如 92.5 或 92.5%）`,
      en: `column "${column}": "${raw}" is not a number (a percentage such as 92.5 or 92.5%)`,
    },
  };
}

/** true/false, 1/0, yes/no, y/n, 是/否; an empty cell is false (the flag is absent). */
export function readFlag(raw: string, column: string): CellResult {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return { ok: true, value: true };
  if (FALSE.has(v)) return { ok: true, value: undefined };
  return {
    ok: false,
    value: raw.trim(),
    message: {
      zh: `“${column}”列的值“${raw}”不是是/否，可用 true/false、1/0、yes/no、是/否，或留空`,
      en: `column "${column}": "${raw}" is not yes/no; use true/false, 1/0, yes/no, 是/否, or leave it empty`,
    },
  };
}
