/** The shipped Sheshan rules load clean, fast, frozen, with a stable revision. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRulesRoot } from '../../engine/rules/check-rules-root.ts';
import { checkRulesetDir, loadRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';

const VERSION_DIR = join(RULES_DIR, 'sheshan-12345', '2025-04-14');

describe('the shipped rules', () => {
  // How long a check takes is measured by the benchmarks (test/bench/yaml.bench.ts), not here.
  it('pass `hotline check rules` (library call) with no error or warning', () => {
    const result = checkRulesRoot(RULES_DIR);
    expect(result.diagnostics).toEqual([]);
    // Sheshan, 大宁路 and 夏阳, one version each.
    expect(result.counts).toMatchObject({ calendars: 1, catalogues: 1, rulesets: 3, versions: 3 });
  });

  it('load into a frozen Ruleset with every topic merged', () => {
    const r = loadRulesetDir(VERSION_DIR);
    expect(r).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14', calendar: 'cn-mainland' });
    expect(r.effective).toEqual({ from: '2025-04-14' });
    expect(r.files[0]).toBe('index.yaml');
    expect(r.files).toHaveLength(13);
    expect(r.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.ticketTypes[0]?.deadlines[0])).toBe(true);
    expect(new Set(r.ticketTypes.map((t) => t.id))).toEqual(
      new Set(['urgent', 'threat', 'suishenpai', 'fast-track', 'city-review', 'tagged', 'difficult', 'normal']),
    );
    const priorities = r.ticketTypes.map((t) => t.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(r.ticketTypes.at(-1)?.id).toBe('normal');
    expect(r.commonDeadlines.map((d) => d.obligation)).toEqual(['dispatch']);
    expect(r.firstContact?.unansweredCallsNeeded).toBe(3);
    expect(r.escalation?.levels.map((l) => l.threshold)).toEqual(['5个工作日', '7个工作日', '9个工作日', '11个工作日']);
    expect(r.review?.points).toHaveLength(8);
    expect(r.sources?.['normal.complete']?.file).toMatch(/ticket-types\.yaml$/);
  });

  it('state the readings of the open points as settings', () => {
    const r = loadRulesetDir(VERSION_DIR);
    expect(r.settings).toEqual({
      counting: { startDayCounted: false, naturalDayEndOnHoliday: 'keep', strict: false },
      dueSoon: { period: '3个工作日' },
    });
    expect(r.escalation).toMatchObject({ from: 'accepted', mode: 'ladder', thresholdsFollowExtension: true });
    expect(r.escalation?.levels[3]).toMatchObject({ redo: '2日' });
    expect(r.knowledgeBase[0]?.period).toBe('5日');
    const normal = r.ticketTypes.find((t) => t.id === 'normal')!;
    expect(Object.fromEntries(normal.deadlines.map((d) => [d.obligation, `${d.period} ${d.from}`]))).toEqual({
      accept: '1个工作日 dispatched',
      firstContact: '1个工作日 accepted',
      returnRequest: '24小时 accepted',
      complete: '5个工作日 accepted',
      revisit: '7个工作日 accepted',
    });
  });

  it('every file starts with its yaml-language-server $schema line', () => {
    for (const f of loadRulesetDir(VERSION_DIR).files) {
      const first = readFileSync(join(VERSION_DIR, f), 'utf8').split('\n')[0];
      // The office's own schemas (rules/sheshan-12345/schema/), which complete its roles and clauses.
      expect(first).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/[a-z-]+\.schema\.json$/);
    }
  });

  it('revision: same content anywhere → same revision; any edit → another', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'hotline-rules-'));
    try {
      const copy = join(tmp, '2025-04-14');
      cpSync(VERSION_DIR, copy, { recursive: true });
      const original = loadRulesetDir(VERSION_DIR).revision;
      expect(checkRulesetDir(copy).ruleset?.revision).toBe(original);
      const file = join(copy, 'review.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
      expect(checkRulesetDir(copy).ruleset?.revision).not.toBe(original);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
