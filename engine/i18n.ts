/** User-facing text is Chinese first; English on request (`--lang en`, `Accept-Language`). */
export type Lang = 'zh' | 'en';

/** A message in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** Reads a language preference such as `en`, `en-US`, `zh-CN,zh;q=0.9`; defaults to Chinese. */
export function parseLang(value: string | undefined | null): Lang {
  if (!value) return 'zh';
  const first = value.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
