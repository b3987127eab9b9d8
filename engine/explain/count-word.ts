import type { Lang } from '../i18n.ts';

const ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small count in words: 8 → 八 / eight; above ten, digits. */
export function countWord(n: number, lang: Lang): string {
  return (lang === 'en' ? EN : ZH)[n] ?? String(n);
}
