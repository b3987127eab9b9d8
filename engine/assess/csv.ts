/**
 * A small RFC 4180 reader that keeps positions: every cell knows its 1-based line and column.
 * Quoted cells may hold commas, doubled quotes and line breaks; a UTF-8 BOM, CRLF line ends and
 * blank lines are accepted; a line whose first character is `#` is a comment.
 */
import type { Diagnostic } from '../rules/diagnostic.ts';

export interface CsvCell {
  value: string;
  line: number;
  col: number;
}

export interface CsvRow {
  line: number;
  cells: CsvCell[];
}

export function parseCsv(text: string, file: string): { rows: CsvRow[]; diagnostics: Diagnostic[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const syntax = (line: number, col: number, zh: string, en: string) =>
    diagnostics.push({ file, line, col, severity: 'error', code: 'CSV_SYNTAX', message: { zh, en }, pointer: '' });
  let i = 0;
  let line = 1;
  let col = 1;
  let row: CsvRow | null = null;
  const n = src.length;
  while (i < n) {
    if (row === null) {
      // Start of a record: skip blank and comment lines.
      if (src[i] === '\n' || src[i] === '\r') {
        i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        col = 1;
        continue;
      }
      if (src[i] === '#') {
        while (i < n && src[i] !== '\n') i++;
        continue;
      }
      row = { line, cells: [] };
    }
    const cell: CsvCell = { value: '', line, col };
    if (src[i] === '"') {
      i++;
      col++;
      let closed = false;
      while (i < n) {
        const c = src[i] as string;
        if (c === '"') {
          if (src[i + 1] === '"') {
            cell.value += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          closed = true;
          break;
        }
        if (c === '\n') {
          line++;
          col = 1;
        } else col++;
        cell.value += c;
        i++;
      }
      if (!closed) {
        syntax(cell.line, cell.col, '引号未闭合', 'unclosed quote');
        return { rows, diagnostics };
      }
      if (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        syntax(line, col, '引号后应为逗号或换行', 'expected a comma or a line break after a closing quote');
        while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i++;
      }
      cell.value = cell.value.replace(/\r\n/g, '\n');
    } else {
      while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        if (src[i] === '"') syntax(line, col, '未加引号的单元格中出现引号', 'a quote inside an unquoted cell');
        cell.value += src[i];
        i++;
        col++;
      }
    }
    row.cells.push(cell);
    if (i < n && src[i] === ',') {
      i++;
      col++;
      if (i >= n) row.cells.push({ value: '', line, col });
      continue;
    }
    rows.push(row);
    row = null;
    if (i < n) {
      i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      col = 1;
    }
  }
  if (row !== null) rows.push(row);
  return { rows, diagnostics };
}
