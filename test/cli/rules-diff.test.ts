/** Issue 14: `rules diff` shows how the effective range (新老划断) of the two versions differs. */
import { describe, expect, it } from 'vitest';
import { effectiveChanges } from '../../engine/cli/commands/rules.ts';
import type { Ruleset } from '../../engine/index.ts';
import { hotline } from './run-cli.ts';

const DRAFT = 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01';
const version = (effective: { from: string; to?: string }) => ({ effective }) as unknown as Ruleset;

describe('rules diff: effective range', () => {
  it('prints the effective.from change of the shipped version and the 4-working-day draft, in zh, en and JSON', async () => {
    const [zh, en, json] = await Promise.all([
      hotline(['rules', 'diff', '2025-04-14', DRAFT]),
      hotline(['--lang', 'en', 'rules', 'diff', '2025-04-14', DRAFT]),
      hotline(['rules', 'diff', '2025-04-14', DRAFT, '--json']),
    ]);
    expect(zh.code).toBe(0);
    // rules/sheshan-12345/2025-04-14/index.yaml: from "2025-04-14"; the draft's index.yaml: from 2025-12-01; neither has `to`.
    expect(zh.stdout).toContain('effective.from（生效起始日）：2025-04-14 → 2025-12-01\n');
    expect(zh.stdout).not.toContain('effective.to');
    expect(en.stdout).toContain('effective.from (in force from): 2025-04-14 → 2025-12-01\n');
    expect(JSON.parse(json.stdout).effective).toEqual([{ field: 'from', before: '2025-04-14', after: '2025-12-01' }]);
  }, 60_000);

  it('names a `to` added, removed or moved, and nothing when the ranges agree', () => {
    expect(
      effectiveChanges(version({ from: '2025-01-01' }), version({ from: '2025-01-01', to: '2025-06-30' })),
    ).toEqual([{ field: 'to', before: null, after: '2025-06-30' }]);
    expect(
      effectiveChanges(version({ from: '2025-01-01', to: '2025-06-30' }), version({ from: '2025-02-01' })),
    ).toEqual([
      { field: 'from', before: '2025-01-01', after: '2025-02-01' },
      { field: 'to', before: '2025-06-30', after: null },
    ]);
    expect(effectiveChanges(version({ from: '2025-01-01' }), version({ from: '2025-01-01' }))).toEqual([]);
  });
});
