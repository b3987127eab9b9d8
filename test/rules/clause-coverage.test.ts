/** Every evaluable clause of each rule set's vocabulary is cited by one of its rules; the Sheshan vocabulary's clauses mirror CLAUSES.md. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../engine/rules/catalogues.ts';
import { citedClauses } from '../../engine/rules/cited-clauses.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';

// The clause index ships with the rules (rules/source/, a copy of shared/source/); where the shared
// folder sits beside the checkout (CI, sessions), the copy must still be identical to it.
const CLAUSES_MD = join(RULES_DIR, 'source', 'CLAUSES.md');
const UPSTREAM_MD = join(PACKAGE_ROOT, '..', 'shared', 'source', 'CLAUSES.md');
const catalog = loadCatalog(RULES_DIR);
const versions = Object.values(catalog.rulesets).flat();
// The Sheshan clause catalogue is its own (vocabulary.yaml), not a shared file.
const clauses = catalog.rulesets['sheshan-12345']![0]!.vocabulary.clauses;

describe('clause coverage', () => {
  it('every evaluable clause of the Sheshan vocabulary is cited by a rule of each shipped version', () => {
    expect(versions.length).toBeGreaterThan(0);
    const evaluable = clauses.filter((c) => c.evaluable).map((c) => c.id);
    expect(evaluable).toEqual(
      ['2.1', '2.2', '2.4', '2.5', '2.7', '3.1', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.2.5', '3.3'].concat([
        '4.1',
        '4.2',
        '4.3',
        '4.4',
        '4.5',
        '4.6',
        '4.7',
        '4.8',
        '5.2',
        '5.3',
      ]),
    );
    for (const r of catalog.rulesets['sheshan-12345']!) {
      const cited = citedClauses(r);
      expect(
        evaluable.filter((id) => !cited.has(id)),
        `${r.id} ${r.version}`,
      ).toEqual([]);
    }
  });

  it('every evaluable clause of each rule set’s own vocabulary is cited by one of its rules', () => {
    expect(Object.keys(catalog.rulesets).sort()).toEqual(['daning-12345', 'sheshan-12345', 'xiayang-12345']);
    for (const r of versions) {
      const cited = citedClauses(r);
      const own = new Set(r.vocabulary.clauses.map((c) => c.id));
      const missing = r.vocabulary.clauses.filter((c) => c.evaluable && !cited.has(c.id)).map((c) => c.id);
      expect(missing, `${r.id} ${r.version}`).toEqual([]);
      // …and every clause a rule cites is one of its own (no Sheshan clause in another office).
      expect(
        [...cited].filter((id) => !own.has(id)),
        `${r.id} ${r.version}`,
      ).toEqual([]);
    }
  });

  it('every rule quotes the Chinese text it encodes', () => {
    for (const r of versions) {
      for (const id of Object.keys(r.sources ?? {})) {
        const rule = findRule(r, id);
        expect(typeof rule?.text === 'string' && /[\u4e00-\u9fff]/.test(rule.text), id).toBe(true);
      }
    }
  });

  it('every declared fact is used by a shipped rule or kept for the evaluator', () => {
    const text = JSON.stringify(versions);
    const unused = readFacts()
      .map((f) => f.name)
      .filter((n) => !text.includes(`"fact":"${n}"`));
    // Facts the evaluator derives for rules it computes itself (escalation level, first contact …).
    expect(unused.sort()).toEqual(
      ['hoursSinceAccepted', 'lastRevisitResolved', 'returnRequested', 'workdaysSinceAccepted'].sort(),
    );
  });

  it('the Sheshan vocabulary’s clauses agree with CLAUSES.md', () => {
    const md = readFileSync(CLAUSES_MD, 'utf8');
    if (existsSync(UPSTREAM_MD)) expect(md).toBe(readFileSync(UPSTREAM_MD, 'utf8'));
    const rows = [...md.matchAll(/^\| (\d+(?:\.\d+)+) \| ([^|]+?) \|/gm)].map((m) => ({ id: m[1], heading: m[2] }));
    const list = /must cite each of these at least once:([\s\S]*?)\.\s*\n/.exec(md)?.[1] ?? '';
    const evaluable = new Set(list.match(/\d+(?:\.\d+)+/g));
    expect(evaluable.size).toBe(22);
    expect(clauses.map((c) => ({ id: c.id, heading: c.heading }))).toEqual(rows);
    expect(clauses.filter((c) => c.evaluable).map((c) => c.id)).toEqual(
      rows.map((r) => r.id!).filter((id) => evaluable.has(id)),
    );
  });
});

function findRule(v: unknown, id: string): { text?: unknown } | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const hit = findRule(x, id);
      if (hit) return hit;
    }
  } else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.id === id && typeof o.clause === 'string') return o;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'sources') continue;
      const hit = findRule(x, id);
      if (hit) return hit;
    }
  }
  return undefined;
}
