import { HotlineError } from '../errors.ts';

/**
 * Units a time limit of the procedure is written in. `sameDay` is `当日` (`当天`, `same day`): the
 * day of the anchor itself, ending at 24:00 of that day (amount 0: no day is added).
 */
export type PeriodUnit = 'workday' | 'day' | 'hour' | 'sameDay';

/** A parsed period literal such as `5个工作日`, `20小时`, `3个自然日`, `2日`, `当日`, `5 workdays`. */
export interface Period {
  /** Days or hours added to the anchor; 0 for `当日`. */
  amount: number;
  unit: PeriodUnit;
  /** The literal as written in the rules. */
  literal: string;
}

export const ACCEPTED_PERIOD_FORMS = [
  '5个工作日',
  '1个工作日',
  '20小时',
  '24小时',
  '3个自然日',
  '2日',
  '5天',
  '当日',
  '5 workdays',
  '20 hours',
  '3 days',
  'same day',
] as const;

/**
 * `当日` / `当天` / `same day`: the same day as the anchor, ending 24:00 of that day, whatever the
 * start-day setting (the day of the event is the period itself, so it always counts). It is a
 * natural-day notion: on a day off it stays that day, never moved to a working day.
 */
const SAME_DAY = /^(?:当日|当天|same\s+day)$/i;

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1–99 in Chinese numerals (一, 两, 十, 十五, 二十四) or Arabic digits. */
function parseAmount(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零一二两三四五六七八九十]+$/.test(s)) return undefined;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? ZH_DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : ZH_DIGITS[s.slice(0, ten)];
  const unitsPart = s.slice(ten + 1);
  const units = unitsPart === '' ? 0 : ZH_DIGITS[unitsPart];
  if (tens === undefined || units === undefined || ten > 1 || unitsPart.length > 1) return undefined;
  return tens * 10 + units;
}

const FORMS: [RegExp, PeriodUnit][] = [
  [/^(\S+?)\s*个?\s*工作日$/u, 'workday'],
  [/^(\S+?)\s*个?\s*小时$/u, 'hour'],
  [/^(\S+?)\s*个?\s*自然日$/u, 'day'],
  [/^(\S+?)\s*[日天]$/u, 'day'],
  [/^(\d+)\s*(?:workdays?|working\s+days?|work\s+days?|business\s+days?)$/i, 'workday'],
  [/^(\d+)\s*(?:hours?|hrs?|h)$/i, 'hour'],
  [/^(\d+)\s*(?:natural\s+days?|calendar\s+days?|days?|d)$/i, 'day'],
];

export const MAX_PERIOD_AMOUNT = 3650;

export function periodError(literal: string): HotlineError {
  return new HotlineError('PERIOD_INVALID', {
    zh: `期限“${literal}”无法识别。可用写法：${ACCEPTED_PERIOD_FORMS.join('、')}（数量为1至${MAX_PERIOD_AMOUNT}的整数；当日不写数量）`,
    en: `cannot read the period "${literal}". Accepted forms: ${ACCEPTED_PERIOD_FORMS.join(', ')} (a whole number from 1 to ${MAX_PERIOD_AMOUNT}; "same day" takes none)`,
  });
}

const memo = new Map<string, Period>();

/** Parses a period literal; throws `PERIOD_INVALID` naming the accepted forms. Memoised (rules repeat a few literals). */
export function parsePeriod(literal: string): Period {
  const hit = memo.get(literal);
  if (hit) return hit;
  const p = Object.freeze(parsePeriodUncached(literal));
  if (memo.size < 1000) memo.set(literal, p);
  return p;
}

function parsePeriodUncached(literal: string): Period {
  const text = typeof literal === 'string' ? literal.trim() : '';
  if (SAME_DAY.test(text)) return { amount: 0, unit: 'sameDay', literal: text };
  for (const [re, unit] of FORMS) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    const amount = parseAmount(m[1]);
    if (amount === undefined || amount < 1 || amount > MAX_PERIOD_AMOUNT) break;
    return { amount, unit, literal: text };
  }
  throw periodError(String(literal));
}

/** The canonical Chinese literal of a period (`5个工作日`, `20小时`, `3个自然日`, `当日`). */
export function formatPeriod(p: Pick<Period, 'amount' | 'unit'>, lang: 'zh' | 'en' = 'zh'): string {
  if (p.unit === 'sameDay') return lang === 'en' ? 'the same day' : '当日';
  if (lang === 'en') {
    const word = p.unit === 'workday' ? 'workday' : p.unit === 'hour' ? 'hour' : 'day';
    return `${p.amount} ${word}${p.amount === 1 ? '' : 's'}`;
  }
  return p.unit === 'workday' ? `${p.amount}个工作日` : p.unit === 'hour' ? `${p.amount}小时` : `${p.amount}个自然日`;
}
