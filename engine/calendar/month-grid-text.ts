/**
 * A month grid as terminal text, aligned by display width (string-width): a CJK mark (休, 班) or
 * weekday name (一 … 日) is two columns wide, so padding by `String.length` would push every cell
 * after it. Each cell is CELL columns: the day number right-aligned in three, its mark in two.
 */
import stringWidth from 'string-width';
import type { Lang } from '../i18n.ts';
import type { MonthGrid } from './month-grid.ts';
import type { DayInfo } from './types.ts';

const CELL = 5;
const DAY = 3;

const WEEKDAYS: Record<Lang, string[]> = {
  zh: ['一', '二', '三', '四', '五', '六', '日'],
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};

const MARKS: Record<Lang, { off: string; makeup: string }> = {
  zh: { off: '休', makeup: '班' },
  en: { off: 'o', makeup: 'w' },
};

/** Pads `text` on the right (or left) to `width` terminal columns. */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

function dayCell(d: DayInfo | null, lang: Lang): string {
  if (!d) return ' '.repeat(CELL);
  const mark = d.kind === 'off' ? MARKS[lang].off : d.kind === 'makeup' ? MARKS[lang].makeup : '';
  return padDisplay(String(Number(d.date.slice(8))), DAY, 'right') + padDisplay(mark, CELL - DAY);
}

/** The header and week rows of the grid, each exactly 7 × CELL columns wide. */
export function monthGridRows(grid: MonthGrid, lang: Lang): string[] {
  const head = WEEKDAYS[lang].map((w) => padDisplay(w, DAY + 1, 'right') + ' '.repeat(CELL - DAY - 1)).join('');
  return [head, ...grid.weeks.map((week) => week.map((d) => dayCell(d, lang)).join(''))];
}

/** The whole grid: title, aligned rows, a legend and each day off or make-up day by name. */
export function renderMonthGrid(grid: MonthGrid, lang: Lang): string {
  const title = `${grid.month}${grid.provisional ? (lang === 'en' ? ' (provisional)' : '（临时推算）') : ''}`;
  const notes = grid.days
    .filter((d) => d.kind === 'off' || d.kind === 'makeup')
    .map((d) =>
      lang === 'en'
        ? `${d.date} ${d.kind === 'off' ? 'off' : 'make-up working day'} (${d.holiday?.en})`
        : `${d.date} ${d.kind === 'off' ? '休' : '班（调休上班）'} ${d.holiday?.zh}`,
    );
  const legend = lang === 'en' ? 'o = day off, w = make-up working day' : '休 = 放假，班 = 调休上班';
  return [title, ...monthGridRows(grid, lang), '', legend, ...notes].join('\n');
}
