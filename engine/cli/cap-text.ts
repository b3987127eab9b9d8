import type { Lang } from '../i18n.ts';

/** Longest message the CLI prints: a bad file never floods the terminal with one line. */
export const MAX_MESSAGE = 600;

/** Shortens a message to `max` characters and says how many were left out. */
export function capText(text: string, lang: Lang, max = MAX_MESSAGE): string {
  if (text.length <= max) return text;
  const more = (text.length - max).toLocaleString('en-US');
  return lang === 'en'
    ? `${text.slice(0, max)}… (${more} more characters)`
    : `${text.slice(0, max)}……（另有 ${more} 字未显示）`;
}
