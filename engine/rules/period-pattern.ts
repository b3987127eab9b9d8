/**
 * A JSON Schema `pattern` for period literals, matching the forms `parsePeriod`
 * (engine/calendar/period.ts) accepts. The amount's range (1–3650) and the well-formedness of
 * Chinese numerals are left to `parsePeriod`, which the loader always calls too.
 */
const NUM_ZH = '(?:\\d+|[零一二两三四五六七八九十]+)';

/** `workdays` → `[Ww][Oo][Rr][Kk][Dd][Aa][Yy][Ss]` (the parser is case-insensitive; patterns cannot say so). */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

const EN_UNITS = [
  'workdays?',
  'working\\s+days?',
  'work\\s+days?',
  'business\\s+days?',
  'hours?',
  'hrs?',
  'h',
  'natural\\s+days?',
  'calendar\\s+days?',
  'days?',
  'd',
].map((u) => u.replace(/[a-z]+/g, anyCase).replace(/\\\[Ss\]/g, '\\s'));

export const PERIOD_PATTERN = [
  `^\\s*${NUM_ZH}\\s*个?\\s*(?:工作日|小时|自然日)\\s*$`,
  `^\\s*${NUM_ZH}\\s*[日天]\\s*$`,
  `^\\s*\\d+\\s*(?:${EN_UNITS.join('|')})\\s*$`,
  // 当日 / 当天 / same day: the anchor's own day, ending 24:00 (engine/calendar/period.ts).
  `^\\s*(?:当日|当天|${anyCase('same')}\\s+${anyCase('day')})\\s*$`,
].join('|');

export const PERIOD_HELP = {
  zh: '期限写法：5个工作日、20小时、3个自然日、2日、5天、当日（当天），或 5 workdays、20 hours、3 days、same day',
  en: 'Period forms: 5个工作日, 20小时, 3个自然日, 2日, 5天, 当日 (当天), or 5 workdays, 20 hours, 3 days, same day',
};
