import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/evaluate/decide.ts';
import { explainDecision } from '../../engine/explain/explain-decision.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';
import { rulesetOfDecision } from '../../engine/rules/select-version.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { loadCases } from '../../engine/testing/index.ts';

// Another office's decisions speak its own words (issue 11): no Sheshan name — role, clause
// citation, ticket type, escalation level, review — appears in the explanation of a 大宁路, 夏阳 or
// 青溪 (the fourth, test-only office) ticket, unless that office's own YAML uses the same word.
const OFFICES = 'test/fixtures/rules/offices';
const catalog = loadCatalog([OFFICES, RULES_DIR]);
const calendar = loadCalendar();
const sheshan = catalog.rulesets['sheshan-12345']![0]!;

function sheshanWords(r: Ruleset): string[] {
  const v = r.vocabulary;
  const words = [
    ...v.roles.map((x) => x.name.zh),
    ...v.clauses.map((c) => c.cite.zh),
    ...r.ticketTypes.map((t) => t.name.zh),
    ...(r.escalation?.levels ?? []).flatMap((l) => (l.name ? [l.name.zh] : [])),
    ...(r.review?.name ? [r.review.name.zh] : []),
    ...(r.escalation?.trigger !== 'overdue' && r.escalation?.triggerName ? [r.escalation.triggerName.zh] : []),
  ];
  return [...new Set(words)].filter((w) => w.length >= 2);
}

/** Everything the office's own rules say (its loaded YAML, comments aside). */
function ownText(r: Ruleset): string {
  return JSON.stringify(r);
}

const folders: Record<string, string> = {
  'daning-12345': 'fixtures/tickets/daning-12345',
  'xiayang-12345': 'fixtures/tickets/xiayang-12345',
  'qingxi-12345': `${OFFICES}/qingxi-12345/cases`,
};

describe('other offices’ explanations use their own words', () => {
  const foreign = sheshanWords(sheshan);

  it('the Sheshan word list is not empty (roles, citations, types, levels, review)', () => {
    expect(foreign).toEqual(expect.arrayContaining(['城运中心信息员', '第二条第（四）项', '一级督办', '八审八不准']));
  });

  for (const [office, dir] of Object.entries(folders)) {
    it(`${office}: no Sheshan word in any case's explanation (zh and en)`, async () => {
      const { cases, diagnostics } = loadCases(dir);
      expect(diagnostics).toEqual([]);
      expect(cases.length).toBeGreaterThan(5);
      const own = catalog.rulesets[office]![0]!;
      const words = foreign.filter((w) => !ownText(own).includes(w));
      const hits: string[] = [];
      for (const c of cases) {
        const d = await decide(catalog, calendar, c.ticket, { asOf: c.asOf });
        const ruleset = rulesetOfDecision(catalog, d);
        expect(ruleset?.id).toBe(office);
        for (const lang of ['zh', 'en'] as const) {
          const text = explainDecision(d, lang, { ruleset, calendar });
          for (const w of words) if (text.includes(w)) hits.push(`${c.name} (${lang}): ${w}`);
        }
        // A Sheshan clause number cited in an explanation would read as 第X条第（Y）项 of a clause the office lacks.
        expect(explainDecision(d, 'zh', { ruleset, calendar })).not.toMatch(/第NaN条/);
      }
      expect(hits).toEqual([]);
    });
  }
});
