import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { DEFAULT_COUNTING, due } from '../../engine/calendar/due.ts';
import { parseInstant } from '../../engine/calendar/instant.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { parsePeriod } from '../../engine/calendar/period.ts';
import { HotlineError } from '../../engine/errors.ts';
import { explainDue } from '../../engine/explain/explain-due.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { clockArb, dateArb, nArb, RUNS } from './arbitraries.ts';

const calendar = loadCalendar();

const NATIONAL_DAY_2025 = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };
const SPRING_FESTIVAL = { zh: '春节', en: 'Spring Festival' };

function thrown(fn: () => unknown): HotlineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HotlineError) return e;
    throw e;
  }
  throw new Error('expected a HotlineError');
}

describe('due — working days', () => {
  it('2025-09-30 10:00 + 5个工作日 → 2025-10-14 (the officer-note example)', () => {
    // Accepted Tue 09-30; the count starts the next day (Civil Code art. 201). 10-01…10-08 are the
    // National Day and Mid-Autumn break (8 days, not counted). 1st Thu 10-09, 2nd Fri 10-10,
    // 3rd Sat 10-11 (调休上班, counted), Sun 10-12 rest (a weekend day), 4th Mon 10-13, 5th Tue 10-14.
    // The period ends at 24:00 of 10-14, i.e. 2025-10-15T00:00:00+08:00 (exclusive).
    const d = due('2025-09-30T10:00+08:00', '5个工作日', { calendar });
    expect(d.dueDate).toBe('2025-10-14');
    expect(d.dueAt).toBe('2025-10-15T00:00:00+08:00');
    expect(d.dueAtMs).toBe(parseInstant('2025-10-15T00:00:00+08:00'));
    expect(d.endInclusive).toBe(false);
    expect(d.anchorAt).toBe('2025-09-30T10:00:00+08:00');
    expect(d.period).toEqual({ amount: 5, unit: 'workday', literal: '5个工作日' });
    expect(d.skipped).toEqual([{ holiday: NATIONAL_DAY_2025, from: '2025-10-01', to: '2025-10-08', days: 8 }]);
    expect(d.makeupCounted).toEqual([{ date: '2025-10-11', holiday: NATIONAL_DAY_2025 }]);
    expect(d.weekendDaysSkipped).toBe(1); // Sun 10-12
    expect(d.movedFrom).toBeNull();
    expect(d.provisional).toBe(false);
    expect(d.warnings).toEqual([]);
    expect(d.counting).toEqual(DEFAULT_COUNTING);
  });

  it('2025-09-30 10:00 + 1个工作日 → 2025-10-09', () => {
    // The day after 09-30 is 10-01, off through 10-08 → the 1st working day is Thu 10-09.
    const d = due('2025-09-30T10:00+08:00', '1个工作日', { calendar });
    expect(d.dueDate).toBe('2025-10-09');
    expect(d.dueAt).toBe('2025-10-10T00:00:00+08:00');
    expect(d.skipped).toEqual([{ holiday: NATIONAL_DAY_2025, from: '2025-10-01', to: '2025-10-08', days: 8 }]);
    expect(d.makeupCounted).toEqual([]);
    expect(d.weekendDaysSkipped).toBe(0);
  });

  it('starting on a Saturday: 2025-09-27 15:00 + 5个工作日 → 2025-10-10', () => {
    // Sat 09-27 is the start day (not counted). 1st Sun 09-28 (调休上班), 2nd Mon 09-29, 3rd Tue 09-30,
    // 10-01…10-08 off, 4th Thu 10-09, 5th Fri 10-10.
    const d = due('2025-09-27T15:00+08:00', '5个工作日', { calendar });
    expect(d.dueDate).toBe('2025-10-10');
    expect(d.dueAt).toBe('2025-10-11T00:00:00+08:00');
    expect(d.makeupCounted).toEqual([{ date: '2025-09-28', holiday: NATIONAL_DAY_2025 }]);
    expect(d.skipped).toEqual([{ holiday: NATIONAL_DAY_2025, from: '2025-10-01', to: '2025-10-08', days: 8 }]);
    // The weekend 10-04/10-05 lies inside the holiday run, so no plain weekend day was passed over.
    expect(d.weekendDaysSkipped).toBe(0);
  });

  it('just before the 2026 Spring Festival: 2026-02-13 09:00 + 2个工作日 → 2026-02-24', () => {
    // Fri 02-13. 1st Sat 02-14 (调休上班), 02-15…02-23 Spring Festival (9 days off), 2nd Tue 02-24.
    const d = due('2026-02-13T09:00+08:00', '2个工作日', { calendar });
    expect(d.dueDate).toBe('2026-02-24');
    expect(d.dueAt).toBe('2026-02-25T00:00:00+08:00');
    expect(d.makeupCounted).toEqual([{ date: '2026-02-14', holiday: SPRING_FESTIVAL }]);
    expect(d.skipped).toEqual([{ holiday: SPRING_FESTIVAL, from: '2026-02-15', to: '2026-02-23', days: 9 }]);
    expect(d.provisional).toBe(false);
  });

  it('across the year boundary: 2025-12-31 17:00 + 2个工作日 → 2026-01-05', () => {
    // 2026-01-01…01-03 元旦 off, 1st Sun 01-04 (调休上班), 2nd Mon 01-05.
    const d = due('2025-12-31T17:00+08:00', '2个工作日', { calendar });
    expect(d.dueDate).toBe('2026-01-05');
    expect(d.skipped).toEqual([
      { holiday: { zh: '元旦', en: "New Year's Day" }, from: '2026-01-01', to: '2026-01-03', days: 3 },
    ]);
    expect(d.makeupCounted).toEqual([{ date: '2026-01-04', holiday: { zh: '元旦', en: "New Year's Day" } }]);
    expect(d.provisional).toBe(false);
  });

  it('counts the start day when startDayCounted and the start day works', () => {
    // Tue 09-30 itself is the 1st; 2nd 10-09, 3rd 10-10, 4th Sat 10-11 (调休上班), 5th Mon 10-13.
    const d = due('2025-09-30T10:00+08:00', '5个工作日', { calendar, counting: { startDayCounted: true } });
    expect(d.dueDate).toBe('2025-10-13');
    expect(d.counting.startDayCounted).toBe(true);
    // 1个工作日 counted from a working day ends the same day at 24:00.
    const same = due('2025-09-30T10:00+08:00', '1个工作日', { calendar, counting: { startDayCounted: true } });
    expect(same.dueDate).toBe('2025-09-30');
    expect(same.dueAt).toBe('2025-10-01T00:00:00+08:00');
  });

  it('startDayCounted changes nothing when the start day is a holiday', () => {
    // Wed 10-01 is off, so it cannot be the 1st working day: 10-09, 10-10, 10-11, 10-13, 10-14.
    const counted = due('2025-10-01T10:00+08:00', '5个工作日', { calendar, counting: { startDayCounted: true } });
    const notCounted = due('2025-10-01T10:00+08:00', '5个工作日', { calendar });
    expect(counted.dueDate).toBe('2025-10-14');
    expect(notCounted.dueDate).toBe('2025-10-14');
  });

  it('reads an instant without an offset as Shanghai time', () => {
    const d = due('2025-09-30T10:00', '5个工作日', { calendar });
    expect(d.anchorAt).toBe('2025-09-30T10:00:00+08:00');
    expect(d.dueDate).toBe('2025-10-14');
    expect(d.dueAt).toBe('2025-10-15T00:00:00+08:00');
  });

  it('takes the Shanghai date of a UTC instant that is already the next day there', () => {
    // 2025-09-29T16:30Z is Tue 09-30 00:30 in Shanghai: the start day is 09-30, not 09-29, so
    // 1个工作日 ends on Thu 10-09 (not on 09-30, which it would be from 09-29).
    const d = due('2025-09-29T16:30:00Z', '1个工作日', { calendar });
    expect(d.anchorAt).toBe('2025-09-30T00:30:00+08:00');
    expect(d.dueDate).toBe('2025-10-09');
    // 2025-10-10T17:00Z is Sat 10-11 01:00 in Shanghai (调休上班): the next working day is Mon 10-13.
    expect(due('2025-10-10T17:00:00Z', '1个工作日', { calendar }).dueDate).toBe('2025-10-13');
    // The same instant written in UTC and in +08:00 gives the same answer.
    expect(due('2025-10-10T17:00:00Z', '5个工作日', { calendar })).toEqual(
      due('2025-10-11T01:00:00+08:00', '5个工作日', { calendar }),
    );
  });

  it('accepts epoch milliseconds and a parsed period', () => {
    const d = due(parseInstant('2025-09-30T10:00+08:00'), parsePeriod('5 workdays'), { calendar });
    expect(d.dueDate).toBe('2025-10-14');
  });
});

describe('due — hours', () => {
  it('2026-02-14 20:00 + 20小时 → 2026-02-15 16:00, from the exact instant', () => {
    // Hours ignore the calendar: 20:00 + 20 h = 16:00 the next day (Sun 02-15, a Spring Festival day off).
    const d = due('2026-02-14T20:00+08:00', '20小时', { calendar });
    expect(d.dueAt).toBe('2026-02-15T16:00:00+08:00');
    expect(d.dueDate).toBe('2026-02-15');
    expect(d.endInclusive).toBe(true);
    expect(d.skipped).toEqual([]);
    expect(d.makeupCounted).toEqual([]);
    expect(d.provisional).toBe(false);
  });

  it('24小时 runs straight through a holiday', () => {
    expect(due('2025-09-30T10:00+08:00', '24小时', { calendar }).dueAt).toBe('2025-10-01T10:00:00+08:00');
  });

  it('keeps minutes and seconds of the anchor and converts a UTC anchor', () => {
    // 2025-09-30T02:15:30Z = 10:15:30 in Shanghai; + 1 h.
    expect(due('2025-09-30T02:15:30Z', '1小时', { calendar }).dueAt).toBe('2025-09-30T11:15:30+08:00');
  });

  it('is never provisional, even in 2027 (no calendar involved)', () => {
    const d = due('2027-03-01T09:00', '20 hours', { calendar, counting: { strict: true } });
    expect(d.dueAt).toBe('2027-03-02T05:00:00+08:00');
    expect(d.provisional).toBe(false);
  });
});

describe('due — natural days', () => {
  it("3个自然日 ending on a holiday: 'keep' keeps it", () => {
    // Mon 09-29 + 3 natural days: 09-30, 10-01, 10-02 → 10-02 (a day off), kept.
    const d = due('2025-09-29T09:00+08:00', '3个自然日', { calendar, counting: { naturalDayEndOnHoliday: 'keep' } });
    expect(d.dueDate).toBe('2025-10-02');
    expect(d.dueAt).toBe('2025-10-03T00:00:00+08:00');
    expect(d.movedFrom).toBeNull();
    // Natural days include holidays; they are still listed.
    expect(d.skipped).toEqual([{ holiday: NATIONAL_DAY_2025, from: '2025-10-01', to: '2025-10-02', days: 2 }]);
  });

  it("3个自然日 ending on a holiday: 'next-working-day' moves to 10-09", () => {
    // The last day 10-02 is off; 10-03…10-08 too → the next working day is Thu 10-09 (Civil Code art. 203).
    const d = due('2025-09-29T09:00+08:00', '3个自然日', {
      calendar,
      counting: { naturalDayEndOnHoliday: 'next-working-day' },
    });
    expect(d.dueDate).toBe('2025-10-09');
    expect(d.dueAt).toBe('2025-10-10T00:00:00+08:00');
    expect(d.movedFrom).toBe('2025-10-02');
  });

  it("'next-working-day' does not move a last day that is a make-up Saturday", () => {
    // Wed 10-08 + 3 → Sat 10-11, a make-up working day: it stays.
    const d = due('2025-10-08T09:00+08:00', '3个自然日', {
      calendar,
      counting: { naturalDayEndOnHoliday: 'next-working-day' },
    });
    expect(d.dueDate).toBe('2025-10-11');
    expect(d.movedFrom).toBeNull();
  });

  it("'next-working-day' moves a last day on an ordinary weekend to Monday", () => {
    // Wed 2025-03-05 + 3 → Sat 03-08 → Mon 03-10.
    const d = due('2025-03-05T09:00+08:00', '3 days', {
      calendar,
      counting: { naturalDayEndOnHoliday: 'next-working-day' },
    });
    expect(d.dueDate).toBe('2025-03-10');
    expect(d.movedFrom).toBe('2025-03-08');
  });

  it('2日 and 5天 are natural days too; startDayCounted counts the start day', () => {
    expect(due('2025-09-29T09:00+08:00', '2日', { calendar }).dueDate).toBe('2025-10-01');
    expect(due('2025-09-29T09:00+08:00', '5天', { calendar }).dueDate).toBe('2025-10-04');
    // 09-29 is the 1st day, 09-30 the 2nd, 10-01 the 3rd.
    expect(due('2025-09-29T09:00+08:00', '3个自然日', { calendar, counting: { startDayCounted: true } }).dueDate).toBe(
      '2025-10-01',
    );
  });
});

describe('due — provisional years', () => {
  it('2027-03-01 09:00 + 5个工作日 is provisional and says 2027 is missing', () => {
    // No 2027 notice: statutory days only; early March has none. Mon 03-01 → 03-02, 03, 04, 05, Mon 03-08.
    const d = due('2027-03-01T09:00', '5个工作日', { calendar });
    expect(d.dueDate).toBe('2027-03-08');
    expect(d.provisional).toBe(true);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]?.en).toContain('2027');
    expect(d.warnings[0]?.en).toContain('not loaded');
    expect(d.warnings[0]?.zh).toContain('2027年');
    expect(d.warnings[0]?.zh).toContain('临时');
  });

  it('strict mode refuses with CALENDAR_NOT_COVERED naming the 2027 notice', () => {
    const e = thrown(() => due('2027-03-01T09:00', '5个工作日', { calendar, counting: { strict: true } }));
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.text.zh).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(e.text.en).toContain('State Council holiday notice for 2027');
    expect(e.messageIn('en')).toBe(e.text.en);
    // The start day (Mon 03-01) is not counted, so the uncovered range is the counted days 03-02..03-08.
    expect(e.details).toEqual({ gaps: [{ from: '2027-03-02', to: '2027-03-08', missingNoticeYear: 2027 }] });
  });

  it('does not call a result provisional because of an uncounted start day in a year without a notice', () => {
    // Tue 2024-12-31 + 1个工作日: the start day is not counted; 2025-01-01 is 元旦 (off), so the first
    // working day is Thu 2025-01-02. Only 2025 days are counted and the 2025 notice is loaded.
    const d = due('2024-12-31T10:00', '1个工作日', { calendar, counting: { strict: true } });
    expect(d.dueDate).toBe('2025-01-02');
    expect(d.provisional).toBe(false);
    // With the start day counted, 2024-12-31 itself is counted and 2024 has no notice loaded.
    const counted = due('2024-12-31T10:00', '2个工作日', { calendar, counting: { startDayCounted: true } });
    expect(counted.dueDate).toBe('2025-01-02');
    expect(counted.provisional).toBe(true);
  });

  it('is provisional from 2026-12-25 on, since the 2027 notice could still change late December', () => {
    // Thu 2026-12-17 + 5 → 12-18, 21, 22, 23, 24: all before 12-25, final.
    const before = due('2026-12-17T09:00', '5个工作日', { calendar });
    expect(before.dueDate).toBe('2026-12-24');
    expect(before.provisional).toBe(false);
    // Fri 2026-12-18 + 5 → 12-21, 22, 23, 24, Fri 12-25: touches 12-25 → provisional, blamed on 2027.
    const after = due('2026-12-18T09:00', '5个工作日', { calendar });
    expect(after.dueDate).toBe('2026-12-25');
    expect(after.provisional).toBe(true);
    expect(after.warnings[0]?.en).toContain('2026-12-25 to 2026-12-25');
    expect(after.warnings[0]?.en).toContain('2027');
    const e = thrown(() => due('2026-12-18T09:00', '5个工作日', { calendar, counting: { strict: true } }));
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.text.en).toContain('2027');
  });

  it('strict mode lets a fully covered computation through', () => {
    expect(due('2025-09-30T10:00+08:00', '5个工作日', { calendar, counting: { strict: true } }).dueDate).toBe(
      '2025-10-14',
    );
  });

  it('skips the statutory 2027 Spring Festival (除夕 02-05 … 初三 02-08), with no make-up days', () => {
    // Thu 2027-02-04 + 1: Fri 02-05 (除夕), Sat 02-06 (初一), Sun 02-07, Mon 02-08 (初三) off → Tue 02-09.
    const d = due('2027-02-04T09:00', '1个工作日', { calendar });
    expect(d.dueDate).toBe('2027-02-09');
    expect(d.skipped).toEqual([{ holiday: SPRING_FESTIVAL, from: '2027-02-05', to: '2027-02-08', days: 4 }]);
    expect(d.makeupCounted).toEqual([]);
    expect(d.provisional).toBe(true);
  });
});

describe('due — errors', () => {
  it('rejects a bad period and a bad instant', () => {
    expect(thrown(() => due('2025-09-30T10:00', '5周', { calendar })).code).toBe('PERIOD_INVALID');
    expect(thrown(() => due('2025-09-31T10:00', '5个工作日', { calendar })).code).toBe('INSTANT_INVALID');
  });
});

describe('due — properties (2025-01-01 … 2026-12-20, n = 1 … 30)', () => {
  it('a working-day due date is a working day, and dueAt is 00:00 of the next day', () => {
    fc.assert(
      fc.property(dateArb, clockArb, nArb, (a, clock, n) => {
        const d = due(`${a}T${clock}+08:00`, `${n}个工作日`, { calendar });
        const next = due(`${d.dueDate}T00:00+08:00`, '1个自然日', { calendar }).dueDate;
        return isWorkingDay(calendar, d.dueDate) && d.dueAt === `${next}T00:00:00+08:00`;
      }),
      RUNS,
    );
  });

  it("natural days never skip: dueDate − anchor date = n days with 'keep'", () => {
    fc.assert(
      fc.property(dateArb, clockArb, nArb, (a, clock, n) => {
        const d = due(`${a}T${clock}`, `${n}个自然日`, { calendar, counting: { naturalDayEndOnHoliday: 'keep' } });
        return toDayNumber(d.dueDate) - toDayNumber(a) === n;
      }),
      RUNS,
    );
  });

  it("'next-working-day' ends on a working day, never before 'keep'", () => {
    fc.assert(
      fc.property(dateArb, nArb, (a, n) => {
        const keep = due(`${a}T10:00`, `${n}个自然日`, { calendar }).dueDate;
        const moved = due(`${a}T10:00`, `${n}个自然日`, {
          calendar,
          counting: { naturalDayEndOnHoliday: 'next-working-day' },
        }).dueDate;
        return isWorkingDay(calendar, moved) && moved >= keep && (moved === keep) === isWorkingDay(calendar, keep);
      }),
      RUNS,
    );
  });

  it('hours end exactly n × 3600 s after the anchor', () => {
    fc.assert(
      fc.property(dateArb, clockArb, nArb, (a, clock, n) => {
        const anchor = `${a}T${clock}+08:00`;
        return due(anchor, `${n}小时`, { calendar }).dueAtMs - parseInstant(anchor) === n * 3_600_000;
      }),
      RUNS,
    );
  });
});

describe('due without the trail (batches)', () => {
  it('gives the same end and coverage, and leaves out the days passed over', () => {
    const calendar = loadCalendar();
    // 2025-09-30 + 5个工作日 → 2025-10-14 either way (see the worked example above).
    const full = due('2025-09-30T10:00+08:00', '5个工作日', { calendar });
    const lean = due('2025-09-30T10:00+08:00', '5个工作日', { calendar, trail: false });
    expect(lean.dueDate).toBe('2025-10-14');
    expect({ ...lean, skipped: full.skipped, makeupCounted: full.makeupCounted, weekendDaysSkipped: 1 }).toEqual(full);
    expect(lean.skipped).toEqual([]);
    expect(lean.makeupCounted).toEqual([]);
  });
});

describe('natural days kept on a day off (naturalDayEndOnHoliday: keep) name the day', () => {
  it('3个自然日 from Mon 2026-09-28 end on Thu 10-01, a National Day holiday, and stay there', () => {
    // 09-29 = 1, 09-30 = 2, 10-01 = 3 (国庆节 10-01..07 off in the 2026 notice).
    const d = due('2026-09-28T10:00:00+08:00', '3个自然日', { calendar });
    expect([d.dueDate, d.movedFrom, d.keptOnDayOff]).toEqual([
      '2026-10-01',
      null,
      { holiday: { zh: '国庆节', en: 'National Day' } },
    ]);
    expect(explainDue(d, 'zh')).toContain(
      '第3日为10月1日（星期四），该日为国庆节假期，按本规则集的解读不顺延，截止10月1日 24时。',
    );
    expect(explainDue(d, 'en')).toContain(
      "day 3 is Thursday 1 Oct, which is a National Day holiday; under this rule set's reading the deadline is not moved",
    );
  });

  it('a plain Sunday is a day off without a holiday; moving (art. 203) leaves nothing kept', () => {
    // Fri 2025-10-24 + 2日: 10-25 Sat = 1, 10-26 Sun = 2.
    const kept = due('2025-10-24T10:00:00+08:00', '2日', { calendar });
    expect([kept.dueDate, kept.keptOnDayOff]).toEqual(['2025-10-26', { holiday: null }]);
    expect(explainDue(kept, 'zh')).toContain('该日为休息日，按本规则集的解读不顺延');
    const moved = due('2025-10-24T10:00:00+08:00', '2日', {
      calendar,
      counting: { naturalDayEndOnHoliday: 'next-working-day' },
    });
    expect([moved.dueDate, moved.movedFrom, moved.keptOnDayOff]).toEqual(['2025-10-27', '2025-10-26', null]);
    // A working last day needs no note.
    expect(due('2025-10-20T10:00:00+08:00', '2日', { calendar }).keptOnDayOff).toBeNull();
  });
});
