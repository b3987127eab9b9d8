import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_PERIOD_FORMS,
  formatPeriod,
  MAX_PERIOD_AMOUNT,
  type PeriodUnit,
  parsePeriod,
} from '../../engine/calendar/period.ts';
import { HotlineError } from '../../engine/errors.ts';

function periodError(literal: string): HotlineError {
  try {
    parsePeriod(literal);
  } catch (e) {
    if (e instanceof HotlineError) return e;
    throw e;
  }
  throw new Error(`expected "${literal}" to be rejected`);
}

describe('parsePeriod', () => {
  const accepted: [string, number, PeriodUnit][] = [
    ['5个工作日', 5, 'workday'],
    ['1个工作日', 1, 'workday'],
    ['20小时', 20, 'hour'],
    ['24小时', 24, 'hour'],
    ['3个自然日', 3, 'day'],
    ['2日', 2, 'day'],
    ['5日', 5, 'day'],
    ['5天', 5, 'day'],
    ['5 workdays', 5, 'workday'],
    ['1 workday', 1, 'workday'],
    ['5 working days', 5, 'workday'],
    ['20 hours', 20, 'hour'],
    ['1 hour', 1, 'hour'],
    ['3 days', 3, 'day'],
    ['3 natural days', 3, 'day'],
    ['两个工作日', 2, 'workday'],
    ['十个工作日', 10, 'workday'],
    ['十五个工作日', 15, 'workday'],
    ['二十四小时', 24, 'hour'],
    ['三个自然日', 3, 'day'],
    ['5 个工作日', 5, 'workday'],
    ['5工作日', 5, 'workday'],
  ];

  for (const [literal, amount, unit] of accepted) {
    it(`reads ${JSON.stringify(literal)} as ${amount} ${unit}`, () => {
      expect(parsePeriod(literal)).toEqual({ amount, unit, literal });
    });
  }

  it('trims surrounding spaces and keeps the trimmed literal', () => {
    expect(parsePeriod('  5个工作日 ')).toEqual({ amount: 5, unit: 'workday', literal: '5个工作日' });
  });

  it('reads English units in any case', () => {
    expect(parsePeriod('5 Workdays')).toMatchObject({ amount: 5, unit: 'workday' });
    expect(parsePeriod('20 HOURS')).toMatchObject({ amount: 20, unit: 'hour' });
  });

  it('accepts every form it advertises', () => {
    for (const form of ACCEPTED_PERIOD_FORMS) expect(() => parsePeriod(form)).not.toThrow();
  });

  it(`accepts up to ${MAX_PERIOD_AMOUNT} and no more`, () => {
    expect(parsePeriod(`${MAX_PERIOD_AMOUNT}个自然日`).amount).toBe(MAX_PERIOD_AMOUNT);
    expect(periodError(`${MAX_PERIOD_AMOUNT + 1}个自然日`).code).toBe('PERIOD_INVALID');
  });

  for (const literal of ['5周', '0个工作日', 'abc', '', '0 hours', '-1 days', '1.5小时', '五十五十个工作日', '5个']) {
    it(`rejects ${JSON.stringify(literal)} with PERIOD_INVALID listing the accepted forms`, () => {
      const e = periodError(literal);
      expect(e.code).toBe('PERIOD_INVALID');
      expect(e.text.zh).toContain(`“${literal}”`);
      expect(e.text.en).toContain(`"${literal}"`);
      for (const form of ACCEPTED_PERIOD_FORMS) {
        expect(e.text.zh).toContain(form);
        expect(e.text.en).toContain(form);
      }
    });
  }
});

describe('formatPeriod', () => {
  it('writes the canonical Chinese literal', () => {
    expect(formatPeriod({ amount: 5, unit: 'workday' })).toBe('5个工作日');
    expect(formatPeriod({ amount: 20, unit: 'hour' })).toBe('20小时');
    expect(formatPeriod({ amount: 3, unit: 'day' })).toBe('3个自然日');
  });

  it('writes English with the plural only above one', () => {
    expect(formatPeriod({ amount: 1, unit: 'workday' }, 'en')).toBe('1 workday');
    expect(formatPeriod({ amount: 5, unit: 'workday' }, 'en')).toBe('5 workdays');
    expect(formatPeriod({ amount: 20, unit: 'hour' }, 'en')).toBe('20 hours');
    expect(formatPeriod({ amount: 3, unit: 'day' }, 'en')).toBe('3 days');
  });

  it('round-trips through parsePeriod', () => {
    for (const p of [parsePeriod('两个工作日'), parsePeriod('24 hours'), parsePeriod('2日')]) {
      expect(parsePeriod(formatPeriod(p))).toMatchObject({ amount: p.amount, unit: p.unit });
      expect(parsePeriod(formatPeriod(p, 'en'))).toMatchObject({ amount: p.amount, unit: p.unit });
    }
  });
});
