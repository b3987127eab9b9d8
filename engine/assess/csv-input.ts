/**
 * Monthly satisfaction figures as CSV: a header row, then one row per unit and month.
 *   month,unit,satisfaction,hotspot,mediaExposed
 *   2025-09,城建中心,89.4,,
 * `hotspot` and `mediaExposed` are optional; columns may come in any order and be named in
 * Chinese (see csv-cells.ts). Rows are grouped by month in order of first appearance, giving the
 * `satisfaction` value of the JSON Schema, with the cell each value came from.
 */

import type { Text } from '../i18n.ts';
import type { Diagnostic } from '../rules/diagnostic.ts';
import { type CsvRow, parseCsv } from './csv.ts';
import { type Column, columnOf, KNOWN_COLUMN_NAMES, REQUIRED_COLUMNS, readFlag, readRate } from './csv-cells.ts';

type Pos = { line: number; col: number };
type MonthGroup = { month: string; units: Record<string, unknown>[] };

export interface CsvInput {
  /** Undefined when the file cannot be read as rows of the expected columns. */
  value: { satisfaction: MonthGroup[] } | undefined;
  /** JSON pointer → position of the cell (or row) it came from. */
  positions: Map<string, Pos>;
  /** JSON pointer → the CSV column it came from. */
  columns: Map<string, string>;
  /** Pointers of cells already reported as unreadable (the schema need not repeat them). */
  reported: Set<string>;
  diagnostics: Diagnostic[];
}

const start = (row: CsvRow): Pos => ({ line: row.line, col: 1 });

export function csvToInput(text: string, file: string): CsvInput {
  const { rows, diagnostics } = parseCsv(text, file);
  const out: CsvInput = {
    value: undefined,
    positions: new Map(),
    columns: new Map(),
    reported: new Set(),
    diagnostics,
  };
  const err = (at: Pos, code: string, message: Text) =>
    diagnostics.push({ file, line: at.line, col: at.col, severity: 'error', code, message, pointer: '' });
  const [header, ...body] = rows;
  if (diagnostics.length > 0) return out;
  if (!header) {
    err({ line: 1, col: 1 }, 'CSV_EMPTY', {
      zh: 'CSV 文件为空，应有表头 month,unit,satisfaction',
      en: 'the CSV file is empty; expected the header month,unit,satisfaction',
    });
    return out;
  }
  const index = new Map<Column, number>();
  header.cells.forEach((c, i) => {
    const col = columnOf(c.value);
    if (!col)
      err(c, 'CSV_UNKNOWN_COLUMN', {
        zh: `未知列“${c.value}”，可用：${KNOWN_COLUMN_NAMES}`,
        en: `unknown column "${c.value}"; known: ${KNOWN_COLUMN_NAMES}`,
      });
    else if (index.has(col))
      err(c, 'CSV_DUPLICATE_COLUMN', { zh: `列“${c.value}”重复`, en: `column "${c.value}" appears twice` });
    else index.set(col, i);
  });
  for (const col of REQUIRED_COLUMNS.filter((c) => !index.has(c))) {
    err(start(header), 'CSV_MISSING_COLUMN', {
      zh: `表头缺少必需的列“${col}”`,
      en: `the header lacks the column "${col}"`,
    });
  }
  if (diagnostics.length > 0) return out;
  if (body.length === 0) {
    err(start(header), 'CSV_NO_ROWS', {
      zh: 'CSV 文件只有表头，没有数据行',
      en: 'the CSV file has a header but no rows',
    });
    return out;
  }
  const byMonth = new Map<string, MonthGroup>();
  const satisfaction: MonthGroup[] = [];
  let fieldCountErrors = 0;
  for (const row of body) {
    if (row.cells.length !== header.cells.length) {
      fieldCountErrors++;
      const at = row.cells[header.cells.length] ?? row.cells[row.cells.length - 1] ?? start(row);
      err(at, 'CSV_FIELD_COUNT', {
        zh: `第${row.line}行有${row.cells.length}列，表头有${header.cells.length}列`,
        en: `line ${row.line} has ${row.cells.length} fields; the header has ${header.cells.length}`,
      });
      continue;
    }
    const monthCell = row.cells[index.get('month')!]!;
    const key = monthCell.value.trim();
    let group = byMonth.get(key);
    if (!group) {
      group = { month: key, units: [] };
      byMonth.set(key, group);
      const mp = `/satisfaction/${satisfaction.length}`;
      for (const p of [mp, `${mp}/units`]) out.positions.set(p, start(row));
      out.positions.set(`${mp}/month`, monthCell);
      out.columns.set(`${mp}/month`, header.cells[index.get('month')!]!.value);
      satisfaction.push(group);
    }
    const up = `/satisfaction/${satisfaction.indexOf(group)}/units/${group.units.length}`;
    out.positions.set(up, start(row));
    const unit: Record<string, unknown> = {};
    for (const [col, i] of index) {
      if (col === 'month') continue;
      const cell = row.cells[i]!;
      const name = header.cells[i]!.value;
      const p = `${up}/${col}`;
      out.positions.set(p, cell);
      out.columns.set(p, name);
      const read =
        col === 'unit'
          ? { ok: true as const, value: cell.value.trim() }
          : col === 'satisfaction'
            ? readRate(cell.value, name)
            : readFlag(cell.value, name);
      if (read.value !== undefined) unit[col] = read.value;
      if (!read.ok) {
        out.reported.add(p);
        err(cell, col === 'satisfaction' ? 'CSV_NOT_A_NUMBER' : 'CSV_NOT_A_BOOLEAN', read.message);
      }
    }
    group.units.push(unit);
  }
  // Rows with the wrong number of fields were left out: checking the rest could mislead.
  if (fieldCountErrors === 0) out.value = { satisfaction };
  return out;
}
