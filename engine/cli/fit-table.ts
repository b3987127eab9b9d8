/**
 * A cli-table3 table that fits the terminal: cells wrapped beforehand by display width (CJK counts
 * 2; cli-table3's own wrapping counts characters), widest columns narrowed first, numbers with
 * thousands separators and right-aligned.
 */
import Table from 'cli-table3';
import { count } from './output.ts';
import { displayWidth, wrapText } from './text-width.ts';

export type Cell = string | number;

const MIN_COLUMN = 4;

const lineWidth = (s: string) => Math.max(0, ...s.split('\n').map(displayWidth));

/** The widest piece a cell cannot be broken into (a word, an id, a date; one CJK character is 2). */
function longestToken(text: string): number {
  const words = text.split(/[\s\u2e80-\uffff]+/u).map(displayWidth);
  return Math.max(/[\u2e80-\uffff]/u.test(text) ? 2 : 0, ...words);
}

/**
 * Content widths that add up to at most `room`: every column keeps its longest word when it can
 * (ids and dates stay whole; Chinese wraps anywhere), the widest columns give way first.
 */
export function columnWidths(
  natural: number[],
  room: number,
  tokens: number[] = natural.map(() => MIN_COLUMN),
): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= room) return natural;
  const floor = natural.map((n, i) => Math.min(n, Math.max(MIN_COLUMN, tokens[i] ?? MIN_COLUMN)));
  const base = floor.reduce((a, b) => a + b, 0) <= room ? floor : natural.map((n) => Math.min(n, MIN_COLUMN));
  const at = (cap: number) => natural.map((n, i) => Math.max(base[i] ?? 0, Math.min(n, cap)));
  let lo = 0;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const cap = Math.ceil((lo + hi + 1) / 2);
    if (at(cap).reduce((a, b) => a + b, 0) <= room) lo = cap;
    else hi = cap - 1;
  }
  return at(lo);
}

export function fitTable(header: string[], rows: Cell[][], width: number): string {
  const text = (c: Cell) => (typeof c === 'number' ? count(c) : c);
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === ''));
  const natural = header.map((h, i) => Math.max(lineWidth(h), ...rows.map((r) => lineWidth(text(r[i] ?? '')))));
  // Each column: one border and two spaces of padding; plus the closing border.
  const room = width - 1 - header.length * 3;
  const tokens = header.map((h, i) => Math.max(longestToken(h), ...rows.map((r) => longestToken(text(r[i] ?? '')))));
  const widths = columnWidths(natural, room, tokens);
  const table = new Table({
    head: header.map((h, i) => wrapText(h, widths[i] ?? MIN_COLUMN)),
    colWidths: widths.map((w) => w + 2),
    style: { head: [], border: [], compact: true },
    colAligns: numeric.map((n) => (n ? 'right' : 'left')),
  });
  for (const r of rows) table.push(header.map((_, i) => wrapText(text(r[i] ?? ''), widths[i] ?? MIN_COLUMN)));
  return table.toString();
}
