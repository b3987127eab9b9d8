/**
 * Issue 14: a change group's outcomes summed by kind and size — "提前1个工作日 ×N", not one entry
 * per pair of dates. The working-day differences below are worked out by hand from the official
 * calendar (rules/calendars/cn-mainland.yaml, State Council notices 国办发明电〔2024〕12号 for 2025
 * and the 2026 notice): 2025 National Day and Mid-Autumn off 10-01…10-08, make-up working days
 * Sun 09-28 and Sat 10-11; 2026 New Year off 01-01…01-03, make-up working day Sun 01-04.
 */
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { sizesText } from '../../engine/simulate/change-size-text.ts';
import type { ChangeGroup } from '../../engine/simulate/compare-types.ts';
import { groupChanges } from '../../engine/simulate/group-changes.ts';

const calendar = loadCalendar();
const group = (kind: ChangeGroup['kind'], subject: string, outcomes: Record<string, number>): ChangeGroup => ({
  kind,
  clause: '4.4',
  ruleId: 'r',
  subject,
  tickets: Object.values(outcomes).reduce((a, b) => a + b, 0),
  outcomes,
});

describe('groupChanges', () => {
  it('sizes pairs of deadlines in working days on the official calendar and sums equal sizes', () => {
    const g = group('action', 'extension.resultingDueAt', {
      // Last day Mon 2025-12-15 → Fri 12-12: (12-12, 12-15] holds Mon 12-15 only (13, 14 weekend): −1.
      '2025-12-16T00:00:00+08:00→2025-12-13T00:00:00+08:00': 8,
      // Tue 12-16 → Mon 12-15: −1 — the same size as the pair above, so the two are one entry of 8 + 4.
      '2025-12-17T00:00:00+08:00→2025-12-16T00:00:00+08:00': 4,
      // Tue 2025-10-14 → Mon 09-29: (09-29, 10-14] holds Tue 09-30, Thu 10-09, Fri 10-10, the make-up
      // Sat 10-11, Mon 10-13 and Tue 10-14 (10-01…10-08 off, Sun 10-12 off): 6 working days earlier.
      '2025-10-15T00:00:00+08:00→2025-09-30T00:00:00+08:00': 2,
      // Thu 2025-09-25 → the make-up Sun 09-28: (09-25, 09-28] holds Fri 09-26 and Sun 09-28 (Sat 09-27
      // off): 2 working days later.
      '2025-09-26T00:00:00+08:00→2025-09-29T00:00:00+08:00': 3,
      // Mon 2026-01-05 → the make-up Sun 01-04: (01-04, 01-05] holds Mon 01-05: −1, a third pair of that size.
      '2026-01-06T00:00:00+08:00→2026-01-05T00:00:00+08:00': 1,
      // The same day, 14:00 → 10:00: no working day between the last days, 4 hours earlier.
      '2025-10-09T14:00:00+08:00→2025-10-09T10:00:00+08:00': 5,
      // No deadline under the base (a value, not a size in days).
      '-→2025-10-15T00:00:00+08:00': 1,
    });
    expect(groupChanges(calendar, g)).toEqual([
      { size: 'workdays', n: -6, count: 2 },
      { size: 'workdays', n: -1, count: 13 },
      { size: 'workdays', n: 2, count: 3 },
      { size: 'hours', n: -4, count: 5 },
      { size: 'value', from: '-', to: '2025-10-15T00:00:00+08:00', count: 1 },
    ]);
    const withSizes = { ...g, bySize: groupChanges(calendar, g) };
    expect(sizesText(withSizes, 'zh')).toBe(
      '提前6个工作日 ×2；提前1个工作日 ×13；推后2个工作日 ×3；提前4小时 ×5；— → 2025-10-14 24时 ×1',
    );
    expect(sizesText(withSizes, 'en')).toBe(
      '6 working days earlier ×2; 1 working day earlier ×13; 2 working days later ×3; 4 h earlier ×5; — → 2025-10-14 24:00 ×1',
    );
  });

  it('reads the deadline shifts, value pairs by frequency and events of the other kinds', () => {
    expect(groupChanges(calendar, group('deadline', 'complete', { '-1': 1322, '+2': 7, '-3': 1, '3h': 2 }))).toEqual([
      { size: 'workdays', n: -3, count: 1 },
      { size: 'workdays', n: -1, count: 1322 },
      { size: 'workdays', n: 2, count: 7 },
      { size: 'hours', n: 3, count: 2 },
    ]);
    const status = group('status', 'complete', { 'met→late': 5, 'due-soon→overdue': 6, 'pending→due-soon': 5 });
    expect(groupChanges(calendar, status)).toEqual([
      { size: 'value', from: 'due-soon', to: 'overdue', count: 6 },
      { size: 'value', from: 'met', to: 'late', count: 5 },
      { size: 'value', from: 'pending', to: 'due-soon', count: 5 },
    ]);
    expect(sizesText({ ...status, bySize: groupChanges(calendar, status) }, 'zh')).toBe(
      '临近到期 → 已逾期 ×6；已按时完成 → 逾期完成 ×5；未到期 → 临近到期 ×5',
    );
    const reminder = group('reminder-removed', 'due-soon', { 'reminder-removed': 6 });
    expect(groupChanges(calendar, reminder)).toEqual([{ size: 'event', count: 6 }]);
    expect(sizesText({ ...reminder, bySize: groupChanges(calendar, reminder) }, 'en')).toBe('reminder removed ×6');
  });
});
