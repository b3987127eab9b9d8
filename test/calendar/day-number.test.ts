import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumberFromParts,
  fromDayNumber,
  isDateString,
  isoWeekday,
  isWeekend,
  partsFromDayNumber,
  toDayNumber,
  weekdayName,
  yearOfDayNumber,
} from '../../engine/calendar/day-number.ts';

const MS_PER_DAY = 86_400_000;

describe('toDayNumber / fromDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2025-09-30')).toBe(Date.UTC(2025, 8, 30) / MS_PER_DAY);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('knows leap years (2024, 2000) and common years (2025, 2100)', () => {
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
    expect(toDayNumber('2025-03-01') - toDayNumber('2025-02-28')).toBe(1);
    expect(fromDayNumber(toDayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(fromDayNumber(toDayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(() => toDayNumber('2025-02-29')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => toDayNumber('2100-02-29')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });

  it('crosses the year boundary', () => {
    expect(fromDayNumber(toDayNumber('2025-12-31') + 1)).toBe('2026-01-01');
    expect(fromDayNumber(toDayNumber('2026-01-01') - 1)).toBe('2025-12-31');
  });

  it('rejects anything but a real YYYY-MM-DD date, with zh and en messages', () => {
    for (const bad of ['', '2025-9-30', '2025-09-30T10:00', '2025/09/30', '2025-00-10', '2025-04-31', 'abcd-ef-gh']) {
      let err: unknown;
      try {
        toDayNumber(bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toMatchObject({ code: 'DATE_INVALID' });
      expect((err as { text: { zh: string; en: string } }).text.en).toContain(`"${bad}"`);
      expect((err as { text: { zh: string; en: string } }).text.zh).toContain(`“${bad}”`);
    }
  });

  it('round-trips and agrees with Date.UTC for every day 1900–2100', () => {
    const lo = Date.UTC(1900, 0, 1) / MS_PER_DAY;
    const hi = Date.UTC(2100, 11, 31) / MS_PER_DAY;
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (z) => {
        const iso = new Date(z * MS_PER_DAY).toISOString().slice(0, 10);
        const [y, m, d] = partsFromDayNumber(z);
        return (
          fromDayNumber(z) === iso &&
          toDayNumber(iso) === z &&
          dayNumberFromParts(y, m, d) === z &&
          yearOfDayNumber(z) === Number(iso.slice(0, 4))
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isDateString', () => {
  it('accepts real dates only', () => {
    expect(isDateString('2024-02-29')).toBe(true);
    expect(isDateString('2025-02-29')).toBe(false);
    expect(isDateString('2025-9-30')).toBe(false);
    expect(isDateString('2025-09-30 ')).toBe(false);
  });
});

describe('isoWeekday / isWeekend / weekdayName', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday(toDayNumber('1970-01-01'))).toBe(4); // Thursday
    expect(isoWeekday(toDayNumber('2025-09-29'))).toBe(1); // Monday
    expect(isoWeekday(toDayNumber('2025-10-11'))).toBe(6); // Saturday (调休上班, but still a Saturday)
    expect(isoWeekday(toDayNumber('2025-09-28'))).toBe(7); // Sunday
    expect(isoWeekday(toDayNumber('1969-12-28'))).toBe(7); // before the epoch: Sunday
  });

  it('calls Saturday and Sunday the weekend', () => {
    expect(isWeekend(toDayNumber('2025-10-10'))).toBe(false);
    expect(isWeekend(toDayNumber('2025-10-11'))).toBe(true);
    expect(isWeekend(toDayNumber('2025-10-12'))).toBe(true);
  });

  it('names weekdays in Chinese and English', () => {
    expect(weekdayName(toDayNumber('2025-10-11'), 'zh')).toBe('星期六');
    expect(weekdayName(toDayNumber('2025-10-11'), 'en')).toBe('Saturday');
    expect(weekdayName(toDayNumber('2025-10-12'), 'zh')).toBe('星期日');
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), (z) => {
        const utc = new Date(z * MS_PER_DAY).getUTCDay(); // 0 = Sunday
        return isoWeekday(z) === (utc === 0 ? 7 : utc);
      }),
      { numRuns: 2000 },
    );
  });
});
