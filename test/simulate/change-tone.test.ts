/**
 * Issue 14: colours mean better or worse for the handling unit, not new or old
 * (engine/simulate/change-tone.ts): a later deadline is easier, an earlier one stricter; on time
 * beats late; a higher supervision level is worse; a lost or closed action is worse.
 */
import { describe, expect, it } from 'vitest';
import { changeTone, sizeTone } from '../../engine/simulate/change-tone.ts';
import type { Change } from '../../engine/simulate/compare-types.ts';

const rule = { clause: '3.1', ruleId: 'r' };
const moved = (ms: number, workdays: number): Change => ({
  kind: 'deadline',
  ...rule,
  obligation: 'complete',
  from: '2025-10-15T00:00:00+08:00',
  to: '2025-10-14T00:00:00+08:00',
  fromDate: '2025-10-14',
  toDate: '2025-10-13',
  workdays,
  ms,
});

describe('changeTone', () => {
  it('reads deadlines and statuses from the unit’s side, whichever version is new', () => {
    expect(changeTone(moved(-86_400_000, -1))).toBe('worse');
    expect(changeTone(moved(86_400_000, 1))).toBe('better');
    expect(changeTone(moved(-3_600_000, 0))).toBe('worse');
    const status = (from: string, to: string) =>
      changeTone({ kind: 'status', ...rule, obligation: 'complete', from, to } as Change);
    expect(status('met', 'late')).toBe('worse');
    expect(status('late', 'met')).toBe('better');
    expect(status('due-soon', 'overdue')).toBe('worse');
    expect(status('overdue', 'pending')).toBe('better');
    expect(status('late', 'overdue')).toBe('neutral');
    expect(status('pending', 'lapsed')).toBe('neutral');
  });

  it('reads levels, actions and added deadlines; leaves types, chains and reminders neutral', () => {
    const level = (from: number | null, to: number | null) => changeTone({ kind: 'escalation', ...rule, from, to });
    expect(level(null, 1)).toBe('worse');
    expect(level(2, 1)).toBe('better');
    const action = (field: 'allowedNow' | 'resultingDueAt' | 'approvalChain', from: unknown, to: unknown) =>
      changeTone({ kind: 'action', ...rule, action: 'extension', field, from, to } as Change);
    expect(action('allowedNow', true, false)).toBe('worse');
    expect(action('allowedNow', false, true)).toBe('better');
    expect(action('resultingDueAt', '2025-12-25T00:00:00+08:00', '2025-12-24T00:00:00+08:00')).toBe('worse');
    expect(action('resultingDueAt', '2025-12-24T00:00:00+08:00', '2025-12-25T00:00:00+08:00')).toBe('better');
    expect(action('approvalChain', ['a'], ['a', 'b'])).toBe('neutral');
    expect(changeTone({ kind: 'deadline-added', ...rule, obligation: 'revisit', due: 'x' })).toBe('worse');
    expect(changeTone({ kind: 'deadline-removed', ...rule, obligation: 'revisit', due: 'x' })).toBe('better');
    expect(changeTone({ kind: 'type', ...rule, from: 'normal', to: 'urgent' })).toBe('neutral');
    expect(changeTone({ kind: 'reminder-added', ...rule, trigger: 'due-soon' })).toBe('neutral');
  });

  it('colours a group’s sizes by the same reading', () => {
    expect(sizeTone({ kind: 'action', subject: 'extension.resultingDueAt' }, { size: 'workdays', n: -1 })).toBe(
      'worse',
    );
    expect(sizeTone({ kind: 'deadline', subject: 'complete' }, { size: 'hours', n: 3 })).toBe('better');
    expect(sizeTone({ kind: 'status', subject: 'complete' }, { size: 'value', from: 'met', to: 'late' })).toBe('worse');
    expect(sizeTone({ kind: 'escalation', subject: '' }, { size: 'value', from: '1', to: '-' })).toBe('better');
    expect(sizeTone({ kind: 'deadline-added', subject: 'revisit' }, { size: 'event' })).toBe('worse');
    expect(sizeTone({ kind: 'reminder-removed', subject: 'due-soon' }, { size: 'event' })).toBe('neutral');
  });
});
