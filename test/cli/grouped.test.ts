/** Issue 14: thousands separators in the counts of a report's running text, and nowhere else. */
import { describe, expect, it } from 'vitest';
import { grouped } from '../../engine/cli/terminal-report.ts';

describe('grouped', () => {
  it('groups counts of tickets, leaves dates, ids and version numbers alone', () => {
    expect(grouped('规则模拟：60000 张工单（截至 2025-10-01T00:00:00+08:00）')).toBe(
      '规则模拟：60,000 张工单（截至 2025-10-01T00:00:00+08:00）',
    );
    expect(grouped('60000 张：已决定 59999，无效 1')).toBe('60,000 张：已决定 59,999，无效 1');
    expect(grouped('Simulation (1234567 tickets, as of 2025-10-01)')).toBe(
      'Simulation (1,234,567 tickets, as of 2025-10-01)',
    );
    expect(grouped('sheshan-12345/2025-04-14（自 2025-04-14 起）')).toBe(
      'sheshan-12345/2025-04-14（自 2025-04-14 起）',
    );
  });
});
