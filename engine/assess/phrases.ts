/** Small phrases the assessment explanations share, in zh and en. */
import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { ClauseId } from '../rules/types.ts';
import type { RankedUnit } from './types.ts';

/** A clause as the rule set cites it (its vocabulary), in both languages. */
export function citeIn(labels: Labels, clause: ClauseId): Text {
  return { zh: labels.clause(clause, 'zh'), en: labels.clause(clause, 'en') };
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 in Chinese numerals (3 → 三, 12 → 十二, 20 → 二十); larger numbers stay arabic. */
export function zhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return ZH_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${units === 0 ? '' : ZH_DIGITS[units]}`;
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `1st`, `2nd`, `3rd`, `11th`. */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** `末三位` / `bottom three`. */
export function bottomPhrase(n: number): Text {
  return { zh: `末${n === 2 ? '两' : zhNumeral(n)}位`, en: `bottom ${EN_NUMBERS[n] ?? n}` };
}

/** `89.4%，并列倒数第3位，共8个单位` / `89.4%, tied 3rd from the bottom of 8 units`. */
export function rankDetail(u: RankedUnit, unitsInMonth: number): Text {
  return {
    zh: `${u.satisfaction}%，${u.tied ? '并列' : ''}倒数第${u.rankFromBottom}位，共${unitsInMonth}个单位`,
    en: `${u.satisfaction}%, ${u.tied ? 'tied ' : ''}${ordinal(u.rankFromBottom)} from the bottom of ${unitsInMonth} units`,
  };
}
