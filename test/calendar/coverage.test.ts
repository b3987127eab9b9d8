import { describe, expect, it } from 'vitest';
import { assertCovered, coverageGaps, gapWarning } from '../../engine/calendar/coverage.ts';
import { toDayNumber } from '../../engine/calendar/day-number.ts';
import { HotlineError } from '../../engine/errors.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';

const calendar = loadCalendar();
const gaps = (from: string, to: string) => coverageGaps(calendar, toDayNumber(from), toDayNumber(to));

// The rule (engine/calendar/coverage.ts): a date of year Y is known when the State Council notice
// for Y is loaded. But the notice for Y+1, published around November of Y, can still turn days of
// late December of Y into days off or make-up days (the 2012 notice made Saturday 2011-12-31 a
// working day). So the days of Y from `nextNoticeMayChangeFrom` (12-25) on are known only once
// the notice for Y+1 is loaded too. Loaded here: 2025 and 2026. Hence 2025 is fully known (the
// 2026 notice is loaded), 2026 is known up to 12-24, and 2026-12-25 on is provisional: it waits
// for the 2027 notice.

describe('coverageGaps', () => {
  it('reads the loaded notice years and the late-December rule from the calendar file', () => {
    expect(calendar.noticeYears).toEqual([2025, 2026]);
    expect(calendar.nextNoticeMayChangeFrom).toEqual({ month: 12, day: 25 });
  });

  it('has no gap inside 2025-01-01 … 2026-12-24', () => {
    expect(gaps('2025-01-01', '2026-12-24')).toEqual([]);
    // 2025's late December is final: the 2026 notice (which could have reached back) is loaded.
    expect(gaps('2025-12-25', '2025-12-31')).toEqual([]);
  });

  it('is provisional from 2026-12-25 on, waiting for the 2027 notice', () => {
    expect(gaps('2026-12-24', '2026-12-25')).toEqual([
      { from: '2026-12-25', to: '2026-12-25', missingNoticeYear: 2027 },
    ]);
    expect(gaps('2026-12-31', '2026-12-31')).toEqual([
      { from: '2026-12-31', to: '2026-12-31', missingNoticeYear: 2027 },
    ]);
  });

  it('merges late December 2026 and 2027 into one gap, both missing the 2027 notice', () => {
    expect(gaps('2026-12-20', '2027-03-01')).toEqual([
      { from: '2026-12-25', to: '2027-03-01', missingNoticeYear: 2027 },
    ]);
  });

  it('reports a year before the loaded ones (2024) as missing its own notice', () => {
    expect(gaps('2024-12-30', '2025-01-02')).toEqual([
      { from: '2024-12-30', to: '2024-12-31', missingNoticeYear: 2024 },
    ]);
  });

  it('keeps gaps of different missing notices apart', () => {
    // 2023: no 2023 notice and no 2024 notice. Late Dec 2023 is blamed on 2023 (its own notice is
    // missing first); January 2024 on 2024.
    expect(gaps('2023-12-30', '2024-01-02')).toEqual([
      { from: '2023-12-30', to: '2023-12-31', missingNoticeYear: 2023 },
      { from: '2024-01-01', to: '2024-01-02', missingNoticeYear: 2024 },
    ]);
  });

  it('does not care about the order of its arguments', () => {
    expect(coverageGaps(calendar, toDayNumber('2027-03-01'), toDayNumber('2026-12-20'))).toEqual(
      gaps('2026-12-20', '2027-03-01'),
    );
  });
});

describe('assertCovered', () => {
  it('passes a covered range', () => {
    expect(() => assertCovered(calendar, toDayNumber('2025-09-30'), toDayNumber('2026-12-24'))).not.toThrow();
  });

  it('throws CALENDAR_NOT_COVERED naming the missing 2027 notice in zh and en', () => {
    let err: unknown;
    try {
      assertCovered(calendar, toDayNumber('2027-03-01'), toDayNumber('2027-03-08'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HotlineError);
    const e = err as HotlineError;
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.text.zh).toBe(
      '严格模式：计算涉及2027-03-01至2027-03-08，但未载入国务院办公厅关于2027年部分节假日安排的通知，拒绝临时推算',
    );
    expect(e.text.en).toContain('the State Council holiday notice for 2027 is not loaded');
    expect(e.message).toBe(`CALENDAR_NOT_COVERED: ${e.text.en}`);
    expect(e.details).toEqual({ gaps: [{ from: '2027-03-01', to: '2027-03-08', missingNoticeYear: 2027 }] });
  });

  it('throws for a range that only touches 2026-12-25', () => {
    expect(() => assertCovered(calendar, toDayNumber('2026-12-18'), toDayNumber('2026-12-25'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }),
    );
  });
});

describe('gapWarning', () => {
  it('names the range, the missing notice year and the statutory basis', () => {
    const w = gapWarning({ from: '2026-12-25', to: '2027-03-01', missingNoticeYear: 2027 });
    expect(w.zh).toContain('2026-12-25至2027-03-01');
    expect(w.zh).toContain('2027年部分节假日安排通知');
    expect(w.zh).toContain('《全国年节及纪念日放假办法》（2024年修订）');
    expect(w.en).toContain('2026-12-25 to 2027-03-01');
    expect(w.en).toContain('notice for 2027 is not loaded');
    expect(w.en).toContain('no make-up working days');
  });
});
