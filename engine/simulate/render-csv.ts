/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark (so Excel reads the Chinese
 * headers), CRLF line ends, a cell quoted when it holds a comma, quote, or line break, quotes
 * doubled. A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab …) is
 * prefixed with `'`; numbers stay numbers.
 */
import type { Cell, ReportDoc } from './report-doc.ts';

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && FORMULA.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(doc: Pick<ReportDoc, 'csv'>): string {
  const lines = [doc.csv.header, ...doc.csv.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
