/** The law beside the rules on two offices, hand-checked against their YAML files. */
import { describe, expect, it } from 'vitest';
import { lawBesideRules } from '../../engine/explain/law-beside-rules.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { RULES_DIR } from '../../engine/rules/paths.ts';

const catalog = loadCatalog(RULES_DIR);
const sheshan = catalog.rulesets['sheshan-12345']![0]!;
const daning = catalog.rulesets['daning-12345']![0]!;

describe('lawBesideRules', () => {
  const zh = lawBesideRules(sheshan, 'zh');

  it('lists the clauses in the catalogue order of vocabulary.yaml', () => {
    expect(zh.clauses.map((c) => c.id)).toEqual(sheshan.vocabulary.clauses.map((c) => c.id));
    expect(zh.clauses[0]!.id).toBe('1.1');
  });

  it('Sheshan 3.2.1 is cited by exactly the urgent type and its completion limit, with their lines', () => {
    // ticket-types.yaml: `- id: urgent` at line 23, its deadline `- id: urgent.complete` at line 33.
    const c = zh.clauses.find((x) => x.id === '3.2.1')!;
    expect(c.citedBy.map((x) => [x.kind, x.id, x.file, x.line])).toEqual([
      ['ticketTypes', 'urgent', 'rules/sheshan-12345/2025-04-14/ticket-types.yaml', 23],
      ['deadlines', 'urgent.complete', 'rules/sheshan-12345/2025-04-14/ticket-types.yaml', 33],
    ]);
    expect(c.cite).toBe('第三条第（二）项第1目');
    expect(c.textFrom).toBe('rules');
  });

  it('Sheshan 2.4: the escalation and its four levels, each at its own line, with the escalation readings', () => {
    const c = zh.clauses.find((x) => x.id === '2.4')!;
    expect(c.citedBy.map((x) => x.id)).toEqual([
      'escalation',
      'escalation/levels/0',
      'escalation/levels/1',
      'escalation/levels/2',
      'escalation/levels/3',
    ]);
    expect(c.citedBy[4]!.name).toBe('四级督办');
    expect(c.readings.map((i) => zh.readings[i]!.setting)).toEqual([
      'escalation.from',
      'escalation.mode',
      'escalation.thresholdsFollowExtension',
      'escalation.cityRevisitGoverns',
    ]);
    const mode = zh.readings[c.readings[1]!]!;
    expect(mode.value).toBe('ladder');
    expect(mode.stated).toBe(true);
    expect(mode.note.zh).toContain('解释8');
    expect(mode.note.en).toContain('Reading 8');
    expect(mode.note.zh).not.toContain('Reading 8');
  });

  it('lists the clauses no rule cites: roles, meetings, training, conduct (2.9 is cited by the field visit)', () => {
    expect(zh.uncited).toEqual(['1.1', '1.2', '1.3', '2.3', '2.6', '2.8', '2.10', '5.1', '5.4']);
    expect(zh.clauses.find((x) => x.id === '2.9')!.citedBy.map((x) => x.kind)).toEqual(['fieldVisit']);
    expect(zh.unknownCitations).toEqual([]);
  });

  it('the due-soon reading belongs to the clause of the due-soon reminder (4.5)', () => {
    const r = zh.readings.find((x) => x.setting === 'settings.dueSoon.period')!;
    expect(r.value).toBe('3个工作日');
    expect(r.clauses).toEqual(['4.5']);
  });

  it('English labels in English', () => {
    const en = lawBesideRules(sheshan, 'en');
    const c = en.clauses.find((x) => x.id === '3.2.1')!;
    expect(c.cite).toBe('clause 3.2.1');
    expect(c.citedBy[0]!.kindName).toBe('ticket type');
  });

  it('Daning: 二.3 is cited by help-complaint and its completion; 一 is uncited; text from the vocabulary', () => {
    const v = lawBesideRules(daning, 'zh');
    const c = v.clauses.find((x) => x.id === '二.3')!;
    // ticket-types.yaml: `- id: help-complaint` line 90, `- id: help-complaint.complete` line 100.
    expect(c.citedBy.map((x) => [x.id, x.line])).toEqual([
      ['help-complaint', 90],
      ['help-complaint.complete', 100],
    ]);
    expect(c.textFrom).toBe('vocabulary');
    expect(c.text).toEqual(['一般的求助、投诉事项，5个工作日内办结']);
    expect(v.uncited).toContain('一');
  });
});
