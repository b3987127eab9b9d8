/** `GET /v1/rulesets/{id}/{version}/law`: the law beside the rules over HTTP, zh/en, and its 404s. */
import { describe, expect, it } from 'vitest';
import { type Body, testApp } from './helpers.ts';

const app = testApp();
const get = (path: string, lang = 'zh') => app.request(path, { headers: { 'Accept-Language': lang } });

describe('GET /v1/rulesets/{id}/{version}/law', () => {
  it('lists Sheshan clauses in document order with the rules citing each and the uncited ones', async () => {
    const res = await get('/v1/rulesets/sheshan-12345/2025-04-14/law');
    expect(res.status).toBe(200);
    const law: Body = await res.json();
    expect(law.ruleset).toMatchObject({ id: 'sheshan-12345', version: '2025-04-14' });
    // 3.2.1 (紧急类工单) is cited by the urgent ticket type.
    const urgent = law.clauses.find((c: Body) => c.id === '3.2.1');
    expect(urgent.citedBy.map((x: Body) => x.id)).toContain('urgent');
    expect(urgent.citedBy[0].file).toMatch(/\.yaml$/);
    // Counts agree with the lists they count.
    expect(law.counts.clauses).toBe(law.clauses.length);
    expect(law.counts.uncited).toBe(law.uncited.length);
    expect(law.uncited.every((id: string) => law.clauses.find((c: Body) => c.id === id).citedBy.length === 0)).toBe(
      true,
    );
  });
  it('answers in English on Accept-Language: en (clause cite forms follow the language)', async () => {
    const zh: Body = await (await get('/v1/rulesets/sheshan-12345/2025-04-14/law')).json();
    const en: Body = await (await get('/v1/rulesets/sheshan-12345/2025-04-14/law', 'en')).json();
    expect(en.clauses.map((c: Body) => c.id)).toEqual(zh.clauses.map((c: Body) => c.id));
    expect(en.clauses[0].cite).not.toBe(zh.clauses[0].cite);
    expect(en.clauses[0].cite).not.toMatch(/[\u4e00-\u9fff]/);
  });
  it('404 RULESET_UNKNOWN for an unknown rule set, VERSION_UNKNOWN for an unknown version', async () => {
    const a = await get('/v1/rulesets/nowhere/2025-04-14/law');
    expect(a.status).toBe(404);
    expect(((await a.json()) as Body).code).toBe('RULESET_UNKNOWN');
    const b = await get('/v1/rulesets/sheshan-12345/1999-01-01/law', 'en');
    expect(b.status).toBe(404);
    const body: Body = await b.json();
    expect(body.code).toBe('VERSION_UNKNOWN');
    expect(body.message).toMatch(/no rule-set version/);
  });
});
