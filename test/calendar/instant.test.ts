import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import {
  formatInstant,
  MS_PER_HOUR,
  parseInstant,
  shanghaiClock,
  shanghaiDay,
  startOfShanghaiDay,
} from '../../engine/calendar/instant.ts';

describe('parseInstant', () => {
  it('reads an explicit +08:00 offset', () => {
    // 2025-09-30T10:00+08:00 = 02:00 UTC.
    expect(parseInstant('2025-09-30T10:00:00+08:00')).toBe(Date.UTC(2025, 8, 30, 2, 0, 0));
  });

  it('reads a timestamp without an offset as Shanghai time (never the server zone)', () => {
    expect(parseInstant('2025-09-30T10:00')).toBe(parseInstant('2025-09-30T10:00+08:00'));
    expect(parseInstant('2025-09-30 10:00:00')).toBe(parseInstant('2025-09-30T10:00+08:00'));
  });

  it('reads a bare date as 00:00 Shanghai time', () => {
    expect(parseInstant('2025-10-01')).toBe(Date.UTC(2025, 8, 30, 16, 0, 0));
  });

  it('reads Z (either case) and other offsets', () => {
    expect(parseInstant('2025-09-30T16:30:00Z')).toBe(Date.UTC(2025, 8, 30, 16, 30));
    expect(parseInstant('2025-09-30T16:30:00z')).toBe(Date.UTC(2025, 8, 30, 16, 30));
    expect(parseInstant('2025-09-30T10:00-05:00')).toBe(Date.UTC(2025, 8, 30, 15, 0));
    expect(parseInstant('2025-09-30T10:00+0800')).toBe(parseInstant('2025-09-30T10:00+08:00'));
    expect(parseInstant('2025-09-30T10:00+08')).toBe(parseInstant('2025-09-30T10:00+08:00'));
    expect(parseInstant('2025-09-30T10:00+05:30')).toBe(Date.UTC(2025, 8, 30, 4, 30));
  });

  it('keeps milliseconds', () => {
    expect(parseInstant('2025-09-30T10:00:00.5+08:00') % 1000).toBe(500);
    expect(parseInstant('2025-09-30T10:00:00.123456Z') % 1000).toBe(123);
  });

  it('reads 24:00 as 00:00 of the next day', () => {
    expect(parseInstant('2025-10-14T24:00')).toBe(parseInstant('2025-10-15T00:00'));
  });

  it('rejects what is not an ISO 8601 instant with INSTANT_INVALID', () => {
    for (const bad of [
      '',
      'x',
      '2025-9-30',
      '2025-02-29T10:00',
      '2025-09-31',
      '2025-13-01',
      '2025-09-30T25:00',
      '2025-09-30T24:30',
      '2025-09-30T10:60',
      '2025-09-30T10:00:60',
      '2025-09-30T10:00+19:00',
      '30/09/2025 10:00',
    ]) {
      expect(() => parseInstant(bad), bad).toThrow(expect.objectContaining({ code: 'INSTANT_INVALID' }));
    }
  });

  it('reads every day of 1900–2100 in the engine’s own form the same as Date.UTC (month ends included)', () => {
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const text = `${d.toISOString().slice(0, 10)}T10:20:30+08:00`;
      expect(parseInstant(text)).toBe(t + (10 * 3600 + 20 * 60 + 30 - 8 * 3600) * 1000);
    }
  });

  it('rejects days a month lacks in the full form too (31 April, 29 February 1900 and 2100)', () => {
    for (const bad of [
      '2025-04-31T10:00:00+08:00',
      '1900-02-29T10:00:00+08:00',
      '2100-02-29T10:00:00Z',
      '2025-02-30T10:00:00+08:00',
    ]) {
      expect(() => parseInstant(bad), bad).toThrow(expect.objectContaining({ code: 'INSTANT_INVALID' }));
    }
    expect(formatInstant(parseInstant('2000-02-29T10:00:00+08:00'))).toBe('2000-02-29T10:00:00+08:00');
  });

  it('accepts 29 February in a leap year', () => {
    expect(formatInstant(parseInstant('2024-02-29T12:00'))).toBe('2024-02-29T12:00:00+08:00');
  });
});

describe('formatInstant', () => {
  it('always writes +08:00', () => {
    expect(formatInstant(Date.UTC(2025, 8, 30, 2, 0, 0))).toBe('2025-09-30T10:00:00+08:00');
    // 16:30 UTC is already the next day in Shanghai.
    expect(formatInstant(parseInstant('2025-09-30T16:30:00Z'))).toBe('2025-10-01T00:30:00+08:00');
  });

  it('writes milliseconds only when present', () => {
    expect(formatInstant(parseInstant('2025-09-30T10:00:00.050+08:00'))).toBe('2025-09-30T10:00:00.050+08:00');
    expect(formatInstant(parseInstant('2025-09-30T10:00:00.000+08:00'))).toBe('2025-09-30T10:00:00+08:00');
  });

  it('round-trips any instant of 2025–2027 to the millisecond', () => {
    const lo = Date.UTC(2025, 0, 1);
    const hi = Date.UTC(2028, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (t) => parseInstant(formatInstant(t)) === t),
      { numRuns: 1000 },
    );
  });

  it('agrees with Date#toISOString shifted by eight hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), (t) => {
        const iso = new Date(t + 8 * MS_PER_HOUR).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
        const expected = iso.endsWith('.000Z') ? `${iso.slice(0, 19)}+08:00` : `${iso.slice(0, 23)}+08:00`;
        return formatInstant(t) === expected;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shanghaiDay, startOfShanghaiDay, shanghaiClock', () => {
  it('gives the Shanghai calendar date, not the UTC one', () => {
    // 2025-09-30T15:59:59Z is 23:59:59 on 09-30 in Shanghai; one second later it is 10-01.
    expect(shanghaiDay(parseInstant('2025-09-30T15:59:59Z'))).toBe(toDayNumber('2025-09-30'));
    expect(shanghaiDay(parseInstant('2025-09-30T16:00:00Z'))).toBe(toDayNumber('2025-10-01'));
  });

  it('starts a Shanghai day at 16:00 UTC of the day before', () => {
    expect(formatInstant(startOfShanghaiDay(toDayNumber('2025-10-15')))).toBe('2025-10-15T00:00:00+08:00');
    expect(startOfShanghaiDay(toDayNumber('2025-10-15'))).toBe(Date.UTC(2025, 9, 14, 16));
  });

  it('reads the wall clock in Shanghai', () => {
    expect(shanghaiClock(parseInstant('2025-09-30T16:30:00Z'))).toBe('00:30');
    expect(shanghaiClock(parseInstant('2025-09-30T09:05'))).toBe('09:05');
  });
});
