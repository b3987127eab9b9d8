/**
 * Schema and semantic checks of the escalation triggered by time overdue (`trigger: overdue`), on
 * edited copies of the hypothetical fourth office (test/fixtures/rules/offices/qingxi-12345), and
 * of the revisit-triggered shape (the shipped Sheshan version), which must report as before.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/rules/diagnostic.ts';
import { checkRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { RULES_DIR, SCHEMA_DIR } from '../../engine/rules/paths.ts';

const FOURTH = 'test/fixtures/rules/offices/qingxi-12345/2025-09-01';
const SHESHAN = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
const tmp = mkdtempSync(join(tmpdir(), 'hotline-overdue-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Copies a version folder, replaces `from` with `to` in `file`, and returns the error diagnostics. */
function edited(source: string, file: string, from: string | RegExp, to: string): Diagnostic[] {
  const dir = join(tmp, `v${n++}`);
  cpSync(source, dir, { recursive: true });
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (!f.endsWith('.yaml')) continue;
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        /\$schema=(\.\.\/)+rules\/schema\/|\$schema=\.\.\/\.\.\/schema\//,
        `$schema=${SCHEMA_DIR}`,
      ),
    );
  }
  const text = readFileSync(join(dir, file), 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: nothing replaced`).not.toBe(text);
  writeFileSync(join(dir, file), next);
  return checkRulesetDir(dir, { displayRoot: dir }).diagnostics.filter((d) => d.severity === 'error');
}

const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.col} ${d.code}`;

describe('escalation triggered by time overdue: checks', () => {
  it('the fourth office as written has no error', () => {
    expect(checkRulesetDir(FOURTH).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('without `of`: RULE_ESCALATION_SHAPE at the escalation key, in zh and en', () => {
    const errors = edited(FOURTH, 'escalation.yaml', '  of: complete\n', '');
    expect(errors.map(where)).toEqual(['escalation.yaml:8:1 RULE_ESCALATION_SHAPE']);
    expect(errors[0]?.message.zh).toContain('须写 of');
    expect(errors[0]?.message.en).toContain('needs `of`');
  });

  it('an unknown obligation in `of` is a schema error at its value', () => {
    const errors = edited(FOURTH, 'escalation.yaml', '\n  of: complete', '\n  of: finish');
    expect(errors.map(where)).toEqual(['escalation.yaml:13:7 SCHEMA_ENUM']);
  });

  it('a misspelt trigger is a schema error naming `overdue`', () => {
    const errors = edited(FOURTH, 'escalation.yaml', '\n  trigger: overdue', '\n  trigger: overdu');
    expect(errors.map(where)).toContain('escalation.yaml:12:12 SCHEMA_ENUM');
    expect(errors.find((d) => d.code === 'SCHEMA_ENUM')?.message.en).toContain('"overdue"');
  });

  it('a redo on an overdue level is refused at the redo key', () => {
    const errors = edited(
      FOURTH,
      'escalation.yaml',
      '      supervisor: deskDirector\n',
      '      supervisor: deskDirector\n      redo: 1个工作日\n',
    );
    expect(errors.map(where)).toEqual(['escalation.yaml:21:7 RULE_ESCALATION_SHAPE']);
    expect(errors[0]?.message.zh).toContain('不设 redo');
  });

  it('revisit-only settings (mode, from, …) are refused with trigger: overdue', () => {
    const errors = edited(
      FOURTH,
      'escalation.yaml',
      '  of: complete\n',
      '  of: complete\n  mode: ladder\n  from: accepted\n',
    );
    expect(errors.map(where)).toEqual([
      'escalation.yaml:14:3 RULE_ESCALATION_SHAPE',
      'escalation.yaml:15:3 RULE_ESCALATION_SHAPE',
    ]);
    expect(errors.map((d) => d.message.en).join(' ')).toMatch(/"mode" belongs to revisit-triggered escalation/);
  });

  it('a level above the first needs a threshold; the first may omit it (reached once overdue)', () => {
    const first = edited(FOURTH, 'escalation.yaml', '      threshold: 1个工作日\n', '');
    expect(first).toEqual([]);
    const second = edited(FOURTH, 'escalation.yaml', '      threshold: 3个工作日\n', '');
    expect(second.map(where)).toEqual(['escalation.yaml:21:7 RULE_ESCALATION_SHAPE']);
    expect(second[0]?.message.zh).toContain('缺少 threshold');
  });

  it('thresholds still increase in one unit, and a bad period or role is reported at its value', () => {
    expect(edited(FOURTH, 'escalation.yaml', 'threshold: 3个工作日', 'threshold: 1个工作日').map(where)).toEqual([
      'escalation.yaml:25:18 RULE_ESCALATION_ORDER',
    ]);
    expect(edited(FOURTH, 'escalation.yaml', 'threshold: 3个工作日', 'threshold: 3周').map(where)).toEqual([
      'escalation.yaml:25:18 RULE_PERIOD_INVALID',
    ]);
    expect(edited(FOURTH, 'escalation.yaml', 'supervisor: deputyInCharge', 'supervisor: deputy').map(where)).toEqual([
      'escalation.yaml:26:19 RULE_UNKNOWN_ROLE',
    ]);
  });
});

describe('revisit-triggered escalation: the same answers as before trigger: overdue existed', () => {
  it('a missing mode or redo is SCHEMA_REQUIRED where the schema put it (the object it belongs to)', () => {
    const mode = edited(SHESHAN, 'escalation.yaml', '  mode: ladder\n', '');
    expect(mode.map(where)).toEqual(['escalation.yaml:6:3 SCHEMA_REQUIRED']);
    expect(mode[0]?.message).toEqual({
      zh: 'escalation 缺少必填字段“mode”',
      en: 'escalation is missing the required key "mode"',
    });
    const redo = edited(SHESHAN, 'escalation.yaml', '      redo: 2日\n', '');
    expect(redo.map(where)).toEqual(['escalation.yaml:65:7 SCHEMA_REQUIRED']);
  });

  it('`of` is refused on a revisit-triggered ladder', () => {
    const errors = edited(SHESHAN, 'escalation.yaml', '  mode: ladder\n', '  mode: ladder\n  of: complete\n');
    expect(errors.map((d) => d.code)).toEqual(['RULE_ESCALATION_SHAPE']);
    expect(errors[0]?.message.en).toContain('"of" belongs to escalation triggered by time overdue');
  });

  it('a bad condition in trigger is reported as a condition, without a complaint about `overdue`', () => {
    const errors = edited(SHESHAN, 'escalation.yaml', 'fact: revisitResult,', 'fact: revisitResul,');
    expect(errors.map((d) => d.code)).toEqual(['RULE_UNKNOWN_FACT']);
    expect(errors.map((d) => d.message.en).join(' ')).not.toContain('overdue');
  });
});
