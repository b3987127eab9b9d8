import { describe, expect, it } from 'vitest';
import { due } from '../../engine/calendar/due.ts';
import { formatPeriod, parsePeriod } from '../../engine/calendar/period.ts';
import { explainDue } from '../../engine/explain/explain-due.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { PERIOD_PATTERN } from '../../engine/rules/period-pattern.ts';

const calendar = loadCalendar();

// `当日` (当天, same day): the same day as the anchor, ending 24:00 of that day. The day of the
// event IS the period, so it counts whatever `startDayCounted` says; and it is a natural-day notion,
// so on a day off it stays that day whatever `naturalDayEndOnHoliday` says (a limit written 当日
// means that very day: an urgent matter received on a holiday is handled that holiday).
describe('当日 — parsing', () => {
  for (const literal of ['当日', '当天', 'same day', 'Same Day', ' 当日 ', 'same  day']) {
    it(`reads ${JSON.stringify(literal)} as the same day`, () => {
      expect(parsePeriod(literal)).toEqual({ amount: 0, unit: 'sameDay', literal: literal.trim() });
    });
  }

  it('the schema pattern accepts exactly what the parser accepts for the same day', () => {
    const re = new RegExp(PERIOD_PATTERN);
    for (const ok of ['当日', '当天', 'same day', 'SAME DAY']) expect(re.test(ok)).toBe(true);
    // 一当日, 当日内, 1当日, sameday are not forms: both refuse them.
    for (const bad of ['一当日', '当日内', '1当日', 'sameday', 'same days']) {
      expect(re.test(bad)).toBe(false);
      expect(() => parsePeriod(bad)).toThrow();
    }
  });

  it('formats as 当日 / the same day', () => {
    expect(formatPeriod(parsePeriod('当天'), 'zh')).toBe('当日');
    expect(formatPeriod(parsePeriod('当天'), 'en')).toBe('the same day');
  });

  it('the accepted-forms message names 当日', () => {
    expect(() => parsePeriod('当月')).toThrow(/当日/);
  });
});

describe('当日 — due', () => {
  it('an anchor at 00:00 has the whole day: due 24:00 that day', () => {
    // Tue 2025-09-30 00:00 is the first instant of the day: the limit is the whole of 09-30.
    const d = due('2025-09-30T00:00+08:00', '当日', { calendar });
    expect(d.dueDate).toBe('2025-09-30');
    expect(d.dueAt).toBe('2025-10-01T00:00:00+08:00');
    expect(d.endInclusive).toBe(false);
    expect(d.keptOnDayOff).toBeNull();
  });

  it('an anchor at 23:59 still ends at 24:00 of that same day (one minute left), not the next day', () => {
    // 当日 is the calendar day, not 24 hours: received 23:59, due at the following 00:00.
    const d = due('2025-09-30T23:59+08:00', '当日', { calendar });
    expect(d.dueDate).toBe('2025-09-30');
    expect(d.dueAt).toBe('2025-10-01T00:00:00+08:00');
    expect(d.dueAtMs - Date.parse('2025-09-30T23:59:00+08:00')).toBe(60_000);
  });

  it('takes the Shanghai day of a UTC instant (2025-09-30T16:30Z is 10-01 00:30 in Beijing)', () => {
    expect(due('2025-09-30T16:30:00Z', '当日', { calendar }).dueDate).toBe('2025-10-01');
  });

  it('on a holiday it stays that day, even with naturalDayEndOnHoliday: next-working-day', () => {
    // 2025-10-03 is inside the National Day / Mid-Autumn holiday (10-01…10-08). A same-day limit is
    // about that day; moving it to 10-09 would turn 当日 into "the next working day".
    for (const naturalDayEndOnHoliday of ['keep', 'next-working-day'] as const) {
      const d = due('2025-10-03T14:00+08:00', '当日', { calendar, counting: { naturalDayEndOnHoliday } });
      expect(d.dueDate).toBe('2025-10-03');
      expect(d.dueAt).toBe('2025-10-04T00:00:00+08:00');
      expect(d.movedFrom).toBeNull();
      expect(d.keptOnDayOff?.holiday?.zh).toBe('国庆节、中秋节');
      expect(d.skipped).toEqual([]);
    }
  });

  it('on a make-up working day (Sun 2025-09-28) it is an ordinary working day', () => {
    const d = due('2025-09-28T09:00+08:00', '当日', { calendar });
    expect(d.dueDate).toBe('2025-09-28');
    expect(d.keptOnDayOff).toBeNull();
    expect(d.makeupCounted).toEqual([]);
  });

  it('startDayCounted changes nothing: the anchor day is the period', () => {
    // With the start day counted a "1 day" period would end the same day; with it not counted,
    // the next day. 当日 is neither: it is the anchor's day under both settings.
    for (const startDayCounted of [false, true]) {
      const d = due('2025-09-30T10:00+08:00', '当日', { calendar, counting: { startDayCounted } });
      expect(d.dueDate).toBe('2025-09-30');
    }
  });

  it('is never provisional (no other day is involved) and strict mode accepts a 2027 day', () => {
    // 2027 has no State Council notice loaded: a working-day count there is provisional, but a
    // same-day limit does not depend on which days are off.
    const d = due('2027-03-01T09:00+08:00', '当日', { calendar, counting: { strict: true } });
    expect(d.dueDate).toBe('2027-03-01');
    expect(d.provisional).toBe(false);
    expect(d.warnings).toEqual([]);
  });
});

describe('当日 — explanations', () => {
  it('a working day reads as a same-day limit, with the end at 24:00', () => {
    const d = due('2025-09-30T10:00+08:00', '当日', { calendar });
    expect(explainDue(d, 'zh')).toBe(
      '自2025年9月30日（星期二）10:00起当日办理：期限为当日，按自然日计；截止9月30日 24时。',
    );
    expect(explainDue(d, 'en')).toBe(
      'The same day as Tuesday 30 Sep 2025 10:00: the limit is that calendar day; due by 30 Sep 24:00.',
    );
  });

  it('a holiday names the holiday and says the limit is not moved', () => {
    const d = due('2025-10-03T14:00+08:00', '当天', { calendar });
    const zh = explainDue(d, 'zh');
    expect(zh).toContain('该日为国庆节、中秋节假期，当日期限不顺延');
    expect(zh).not.toContain('次日起算');
    const en = explainDue(d, 'en');
    expect(en).toContain('it is a National Day and Mid-Autumn Festival holiday, and a same-day limit is not moved');
    expect(en).not.toMatch(/working day \d/);
  });

  it('an ordinary weekend day is a day off, named as such', () => {
    const d = due('2025-10-12T08:00+08:00', '当日', { calendar });
    expect(explainDue(d, 'zh')).toContain('该日为休息日，当日期限不顺延');
    expect(explainDue(d, 'en')).toContain('it is a day off');
  });
});
