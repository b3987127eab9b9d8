/**
 * Two versions side by side: the shipped 2025-04-14 and a draft from 2025-12-01 that only cuts the
 * normal completion limit to 4个工作日 (test/fixtures/rules/draft-normal-4wd, which reuses the
 * shipped topic files except ticket-types.yaml).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRulesets, formatRuleChange } from '../../engine/rules/diff-rulesets.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { loadRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';
import { selectVersion } from '../../engine/rules/select-version.ts';

const DRAFT_ROOT = join(PACKAGE_ROOT, 'test/fixtures/rules/draft-normal-4wd');
const DRAFT_DIR = join(DRAFT_ROOT, 'sheshan-12345', '2025-12-01');
const catalog = loadCatalog([RULES_DIR, DRAFT_ROOT]);

describe('rule-set versions', () => {
  it('load side by side without errors', () => {
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(catalog.rulesets['sheshan-12345']?.map((r) => r.version)).toEqual(['2025-04-14', '2025-12-01']);
  });

  it('selectVersion picks the version in force when the ticket was received (新老划断)', () => {
    const pick = (received: string) => selectVersion(catalog, 'sheshan-12345', received).version;
    expect(pick('2025-04-14T00:00:00+08:00')).toBe('2025-04-14');
    expect(pick('2025-11-30T23:59:59+08:00')).toBe('2025-04-14');
    expect(pick('2025-11-30T16:00:00Z')).toBe('2025-12-01'); // = 2025-12-01 00:00 +08:00
    expect(pick('2025-12-01T00:00:00+08:00')).toBe('2025-12-01');
    expect(pick('2030-01-01T09:00')).toBe('2025-12-01');
  });

  it('says clearly when no version was in force', () => {
    expect(() => selectVersion(catalog, 'sheshan-12345', '2025-04-13T23:59:59+08:00')).toThrow(
      expect.objectContaining({ code: 'RULESET_NOT_IN_FORCE' }),
    );
    try {
      selectVersion(catalog, 'sheshan-12345', '2025-01-01T10:00');
    } catch (e) {
      const err = e as { text: { zh: string; en: string } };
      expect(err.text.zh).toContain('2025-04-14 – 2025-11-30');
      expect(err.text.en).toContain('2025-01-01T10:00:00+08:00');
    }
    expect(() => selectVersion(catalog, 'nowhere', '2025-06-01')).toThrow(
      expect.objectContaining({ code: 'RULESET_UNKNOWN' }),
    );
  });

  it('a draft folder loads on its own for simulation', () => {
    const draft = loadRulesetDir(DRAFT_DIR);
    expect(draft.version).toBe('2025-12-01');
    expect(
      draft.ticketTypes.find((t) => t.id === 'normal')?.deadlines.find((d) => d.obligation === 'complete')?.period,
    ).toBe('4个工作日');
  });

  it('rules diff reports exactly the one change, with its clause', () => {
    const [a, b] = catalog.rulesets['sheshan-12345']!;
    const diff = diffRulesets(a!, b!);
    expect(diff.changes).toEqual([
      {
        kind: 'changed',
        path: 'ticketTypes.normal.deadlines[complete].period',
        ruleId: 'normal.complete',
        clause: '3.1',
        before: '5个工作日',
        after: '4个工作日',
      },
    ]);
    expect(diff.changes.map((c) => formatRuleChange(c))).toEqual([
      'ticketTypes.normal.deadlines[complete].period: 5个工作日 → 4个工作日 (3.1)',
    ]);
    expect(diffRulesets(a!, a!).changes).toEqual([]);
  });

  it('rules diff names added and removed rules and settings changes', () => {
    const a = catalog.rulesets['sheshan-12345']![0]!;
    const b = structuredClone(a) as unknown as { [k: string]: unknown } & typeof a;
    b.settings.dueSoon.period = '3个自然日';
    b.reminders.pop();
    b.returns[1]!.appliesTo = ['urgent'];
    const lines = diffRulesets(a, b).changes.map((c) => formatRuleChange(c));
    expect(lines[0]).toBe('settings.dueSoon.period: 3个工作日 → 3个自然日');
    expect(lines).toContain(
      'returns[return.special].appliesTo: ["urgent","threat","suishenpai","fast-track","city-review","tagged"] → ["urgent"] (3.2.5)',
    );
    expect(lines.some((l) => l.startsWith('- reminders[reminder.media-exposed]: ') && l.endsWith('(4.5)'))).toBe(true);
  });
});
