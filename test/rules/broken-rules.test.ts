/**
 * One fixture per kind of mistake (test/fixtures/rules/broken/<case>/): each is the shipped version
 * with one file replaced. Positions were worked out by hand from the fixture files (1-based).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/rules/diagnostic.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { checkRulesetDir, loadRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';

const BROKEN = join(PACKAGE_ROOT, 'test/fixtures/rules/broken');
const opts = { displayRoot: BROKEN };
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.col} ${d.code}`;

const CASES: [string, string][] = [
  ['yaml-syntax', 'yaml-syntax/knowledge-base.yaml:7:13 YAML_SYNTAX'],
  ['wrong-type', 'wrong-type/first-contact.yaml:7:24 SCHEMA_TYPE'],
  ['unknown-key', 'unknown-key/first-contact.yaml:6:3 SCHEMA_UNKNOWN_KEY'],
  ['missing-key', 'missing-key/knowledge-base.yaml:4:5 SCHEMA_REQUIRED'],
  ['bad-period', 'bad-period/knowledge-base.yaml:7:13 RULE_PERIOD_INVALID'],
  ['unknown-fact', 'unknown-fact/reminders.yaml:9:19 RULE_UNKNOWN_FACT'],
  ['unknown-operator', 'unknown-operator/reminders.yaml:10:21 RULE_UNKNOWN_OPERATOR'],
  ['fact-value-type', 'fact-value-type/reminders.yaml:9:53 RULE_FACT_VALUE_TYPE'],
  ['unknown-clause', 'unknown-clause/knowledge-base.yaml:5:13 RULE_UNKNOWN_CLAUSE'],
  ['unknown-ticket-type', 'unknown-ticket-type/returns.yaml:6:25 RULE_UNKNOWN_TICKET_TYPE'],
  ['no-anchor', 'no-anchor/knowledge-base.yaml:7:5 RULE_PERIOD_NO_ANCHOR'],
  ['duplicate-id', 'duplicate-id/knowledge-base.yaml:4:9 RULE_DUPLICATE_ID'],
  ['escalation-order', 'escalation-order/escalation.yaml:14:45 RULE_ESCALATION_ORDER'],
  ['include-missing', 'include-missing/index.yaml:23:5 RULE_INCLUDE_MISSING'],
];

describe('broken rule files', () => {
  it.each(CASES)('%s: exactly one error, at the right place', (name, expected) => {
    const check = checkRulesetDir(join(BROKEN, name), opts);
    expect(check.ruleset).toBeUndefined();
    const errors = errorsOf(check.diagnostics);
    expect(errors.map(where)).toEqual([expected]);
    const [d] = errors;
    expect(d?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(d?.message.en).toMatch(/\b[a-z]{3,} [a-z]{2,}\b/);
    expect(d?.message.en).not.toBe(d?.message.zh);
  });

  it('names what it expected: accepted period forms, close fact names, known operators', () => {
    const msg = (name: string) => errorsOf(checkRulesetDir(join(BROKEN, name), opts).diagnostics)[0]!.message;
    expect(msg('bad-period').en).toContain('5个工作日, 20小时, 3个自然日, 2日');
    expect(msg('bad-period').zh).toContain('5个工作日、20小时、3个自然日、2日');
    expect(msg('unknown-fact').en).toContain('did you mean "accepted"');
    expect(msg('unknown-operator').en).toContain('did you mean "equal"');
    expect(msg('unknown-key').en).toContain('"txt"');
    expect(msg('missing-key').en).toContain('"responsible"');
    expect(msg('duplicate-id').en).toMatch(/first used at .*reminders\.yaml:\d+:\d+/);
  });

  it('reports every mistake of a file at once', () => {
    const check = checkRulesetDir(join(BROKEN, 'three-mistakes'), opts);
    expect(errorsOf(check.diagnostics).map(where)).toEqual([
      'three-mistakes/knowledge-base.yaml:5:13 RULE_UNKNOWN_CLAUSE',
      'three-mistakes/knowledge-base.yaml:7:13 RULE_PERIOD_INVALID',
      'three-mistakes/knowledge-base.yaml:10:5 SCHEMA_UNKNOWN_KEY',
    ]);
  });

  it('reports overlapping versions at the later version’s effective.from', () => {
    const catalog = loadCatalog(join(BROKEN, 'overlap'), { ...opts, base: RULES_DIR });
    const errors = errorsOf(catalog.diagnostics);
    expect(errors.map(where)).toEqual(['overlap/sheshan-12345/2025-06-01/index.yaml:8:9 RULE_VERSION_OVERLAP']);
    expect(errors[0]?.message.en).toContain('2025-01-01 – 2025-12-31');
    expect(errors[0]?.message.zh).toContain('重叠');
  });

  it('warns that a draft reuses files outside its folder', () => {
    const check = checkRulesetDir(join(BROKEN, 'bad-period'), opts);
    const warnings = check.diagnostics.filter((d) => d.severity === 'warning');
    expect(new Set(warnings.map((d) => d.code))).toEqual(new Set(['RULE_INCLUDE_OTHER_VERSION']));
  });

  it('never throws a stack trace: loadRulesetDir throws RULESET_INVALID with the diagnostics', () => {
    try {
      loadRulesetDir(join(BROKEN, 'three-mistakes'), opts);
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; details: { diagnostics: Diagnostic[] } };
      expect(err.code).toBe('RULESET_INVALID');
      expect(errorsOf(err.details.diagnostics)).toHaveLength(3);
    }
    const missing = checkRulesetDir(join(BROKEN, 'no-such-folder'), opts);
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['RULE_INDEX_MISSING']);
  });
});
