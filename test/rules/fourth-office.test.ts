/**
 * A fourth office written only in YAML (test/fixtures/rules/offices/qingxi-12345, a hypothetical
 * street office, 测试用假设办公室): it checks clean with `hotline check`, loads beside the shipped
 * rules, and its hand-worked cases decide as written on both evaluation paths. Its mechanisms are
 * ones the other offices do not use: 当日 limits, hour limits from `received`, and an escalation
 * ladder triggered by time overdue.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/evaluate/decide.ts';
import { evaluate, evaluateSync } from '../../engine/evaluate/evaluate.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { explainDecision } from '../../engine/explain/explain-decision.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';
import { rulesetOfDecision, selectVersion } from '../../engine/rules/select-version.ts';
import { loadCases, runCase } from '../../engine/testing/index.ts';

const OFFICES = 'test/fixtures/rules/offices';
const CASES = `${OFFICES}/qingxi-12345/cases`;
const hotline = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'engine/cli/main.ts', ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });

// The shipped rules and the fixture office side by side, as a served rules folder with one more office.
const catalog = loadCatalog([OFFICES, RULES_DIR]);
const calendar = loadCalendar();
const { cases, diagnostics } = loadCases(CASES);
const qingxi = () => catalog.rulesets['qingxi-12345']![0]!;

describe('the fourth office (YAML only)', () => {
  it('`hotline check` on its folder passes', () => {
    const r = hotline('check', OFFICES);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^校验通过：.*1 个规则集共 1 个版本，计 4 个文件；用时 \d+ 毫秒\n$/);
  });

  it('loads beside the shipped rules without a diagnostic, says it is hypothetical, and Sheshan stays the default', () => {
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(catalog.rulesets)).toEqual(['daning-12345', 'qingxi-12345', 'sheshan-12345', 'xiayang-12345']);
    expect(qingxi().title).toContain('测试用假设办公室');
    expect(catalog.defaultId).toBe('sheshan-12345');
  });

  it('has at least 10 hand-worked cases, all valid, every ticket naming its office', () => {
    expect(diagnostics).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(c.ticket.office).toBe('qingxi-12345');
  });

  for (const c of cases) {
    it(`${c.name} (${c.file}:${c.line}) on both paths`, async () => {
      for (const path of ['engine', 'compiled'] as const) {
        const result = await runCase(c, (ticket, asOf) => decide(catalog, calendar, ticket, { asOf, path }), {
          rulesetOf: (d) => rulesetOfDecision(catalog, d),
        });
        expect({ path, diffs: result.diffs, error: result.error ?? null }).toEqual({ path, diffs: [], error: null });
      }
      const [a, b] = await Promise.all(
        (['engine', 'compiled'] as const).map((path) => decide(catalog, calendar, c.ticket, { asOf: c.asOf, path })),
      );
      expect(b).toEqual(a);
    });
  }

  it('`hotline test` runs its cases against its folder', () => {
    const r = hotline('test', CASES, '--rules', OFFICES, '--path', 'compiled');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${cases.length} passed, 0 failed`));
  });
});

describe('the fourth office: escalation triggered by time overdue', () => {
  const ticket = (over: Partial<Ticket> = {}): Ticket => ({
    id: 'QX-T',
    office: 'qingxi-12345',
    received: '2025-09-30T08:30:00+08:00',
    dispatched: '2025-09-30T10:00:00+08:00',
    accepted: '2025-09-30T15:00:00+08:00',
    channel: 'hotline',
    urgency: '一般',
    tags: [],
    ...over,
  });

  it('explains in the office words: its citation form, obligation, level and role names', async () => {
    const d = await decide(catalog, calendar, ticket(), { asOf: '2025-10-14T09:00:00+08:00' });
    const zh = explainDecision(d, 'zh', { ruleset: qingxi(), calendar });
    expect(zh).toContain(
      '督办（逾期）：办结答复期限10月11日 24时已过仍未完成，超过期限1个工作日（10月13日 24时起），依据第七条，进入黄牌督办，由街道热线办主任督促承办科室。如至10月15日 24时仍未办结答复，升至红牌督办。',
    );
    const en = explainDecision(d, 'en', { ruleset: qingxi(), calendar });
    expect(en).toContain(
      'Supervision (overdue): the complete and reply deadline (11 Oct 24:00) has passed undone; under Article 7, yellow-card supervision is reached once 1 workday past it (at 13 Oct 24:00): the director of the hotline desk supervises the handling section. If it is still not done by 15 Oct 24:00, red-card supervision follows.',
    );
  });

  it('the trace says why each level is or is not reached', async () => {
    const d = await decide(catalog, calendar, ticket(), { asOf: '2025-10-14T09:00:00+08:00' });
    const levels = d.trace.filter((t) => t.kind === 'escalationOverdue');
    expect(levels).toEqual([
      { ruleId: 'overdue-supervision.level1', clause: '七', kind: 'escalationOverdue', fired: true, failed: null },
      {
        ruleId: 'overdue-supervision.level2',
        clause: '七',
        kind: 'escalationOverdue',
        fired: false,
        failed: {
          fact: 'asOf',
          operator: 'greaterThanInclusive',
          value: '2025-10-16T00:00:00+08:00',
          actual: '2025-10-14T09:00:00+08:00',
        },
      },
    ]);
    // Not overdue yet: the trace names the deadline's status.
    const early = await decide(catalog, calendar, ticket(), { asOf: '2025-10-10T09:00:00+08:00' });
    expect(early.escalation).toBeNull();
    expect(early.trace.find((t) => t.kind === 'escalationOverdue')?.failed).toEqual({
      fact: 'complete.status',
      operator: 'equal',
      value: 'overdue',
      actual: 'pending',
    });
  });

  it('both paths (and the synchronous batch path) agree at every hour of 10-09 … 10-17, levels only climb', async () => {
    const rs = selectVersion(catalog, 'qingxi-12345', '2025-09-30T08:30:00+08:00');
    const tickets = [
      ticket(),
      ticket({
        id: 'QX-U',
        urgency: '紧急',
        received: '2025-10-03T14:00:00+08:00',
        dispatched: '2025-10-03T14:30:00+08:00',
        accepted: '2025-10-03T15:00:00+08:00',
      }),
      ticket({ id: 'QX-C', category: '咨询', completed: '2025-10-13T11:00:00+08:00' }),
    ];
    const seen = new Set<number>();
    for (const t of tickets) {
      let last = 0;
      for (let h = 0; h < 24 * 9; h += 1) {
        const asOf = new Date(Date.parse('2025-10-09T00:00:00+08:00') + h * 3_600_000).toISOString();
        const a = await evaluate(rs, calendar, t, { asOf, path: 'engine' });
        const b = await evaluate(rs, calendar, t, { asOf, path: 'compiled' });
        expect(b).toEqual(a);
        expect(evaluateSync(rs, calendar, t, { asOf })).toEqual(b);
        const level = a.escalation?.level ?? 0;
        if (t.completed === undefined) expect(level).toBeGreaterThanOrEqual(last);
        last = level;
        seen.add(level);
      }
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});

describe('explanations without the rule set at hand', () => {
  it('a clause id in another numbering reads as itself, never as 第NaN条', async () => {
    const c = cases[0]!;
    const d = await decide(catalog, calendar, c.ticket, { asOf: c.asOf });
    const zh = explainDecision(d, 'zh');
    expect(zh).not.toContain('NaN');
    expect(zh).toContain('条款“四”');
  });
});

describe('the engine knows no office', () => {
  it('no TypeScript under engine/ or server/ names the fourth office or its words', () => {
    const words = ['qingxi', '青溪', '黄牌', '红牌', 'deskDirector', 'deputyInCharge', '办结答复'];
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) {
          const text = readFileSync(p, 'utf8');
          for (const w of words) if (text.includes(w)) hits.push(`${p}: ${w}`);
        }
      }
    };
    walk(join(PACKAGE_ROOT, 'engine'));
    walk(join(PACKAGE_ROOT, 'server'));
    expect(hits).toEqual([]);
  });
});
