/** Semantic checks beyond the broken fixtures, on edited copies of the shipped version. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { officeSchemaDir, RULES_DIR } from '../../engine/rules/paths.ts';

const SHIPPED = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
const tmp = mkdtempSync(join(tmpdir(), 'hotline-semantic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Copies the shipped version, replaces `from` with `to` in `file`, and returns the diagnostics as `file:line:col CODE`. */
function edited(
  file: string,
  from: string | RegExp,
  to: string,
  opts: { expect?: { id: string; version: string } } = {},
) {
  const dir = join(tmp, `v${n++}`);
  cpSync(SHIPPED, dir, { recursive: true });
  // The copies' modelines point at the office's shipped schemas.
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace('$schema=../schema/', `$schema=${officeSchemaDir('sheshan-12345')}`),
    );
  }
  const text = readFileSync(join(dir, file), 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: nothing replaced`).not.toBe(text);
  writeFileSync(join(dir, file), next);
  const check = checkRulesetDir(dir, { displayRoot: dir, ...opts });
  return check.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`);
}

describe('semantic checks', () => {
  it('value types by operator: in needs an array, contains needs an array fact', () => {
    expect(edited('ticket-types.yaml', 'operator: in, value: [紧急, 次紧急]', 'operator: in, value: 紧急')).toEqual([
      'ticket-types.yaml:30:49 error RULE_FACT_VALUE_TYPE',
    ]);
    expect(
      edited(
        'ticket-types.yaml',
        '{ fact: tags, operator: contains, value: 扬言 }',
        '{ fact: urgency, operator: contains, value: 扬言 }',
      ),
    ).toEqual(['ticket-types.yaml:48:55 error RULE_FACT_VALUE_TYPE']);
    expect(
      edited('notifications.yaml', 'operator: greaterThan, value: 0 }', 'operator: greaterThan, value: "0" }'),
    ).toEqual(['notifications.yaml:45:63 error RULE_FACT_VALUE_TYPE']);
  });

  it('string facts with a closed set of values', () => {
    expect(edited('ticket-types.yaml', 'value: [紧急, 次紧急]', 'value: [紧急, 特急]')).toEqual([
      'ticket-types.yaml:30:54 error RULE_FACT_VALUE_UNKNOWN',
    ]);
  });

  it('escalation levels count up from 1', () => {
    expect(edited('escalation.yaml', '    - level: 2\n', '    - level: 3\n')).toEqual([
      'escalation.yaml:51:14 error RULE_ESCALATION_ORDER',
    ]);
  });

  it('a ticket type referenced but not defined in the version', () => {
    const ds = edited('ticket-types.yaml', / {2}- id: tagged\n[\s\S]*?(?=\n {2}- id: difficult)/, '');
    expect(ds).toEqual(['returns.yaml:33:70 error RULE_UNKNOWN_TICKET_TYPE']);
  });

  it('topic files: unknown, duplicate, missing (only the ticket types are required)', () => {
    // An unknown topic is an error; the review topic it should have been is optional, so not missing.
    expect(edited('review.yaml', /^review:/m, 'reviews:')).toEqual(['review.yaml:1:1 error RULE_TOPIC_UNKNOWN']);
    // Without the ticket types (the one required topic) the version is incomplete.
    expect(edited('index.yaml', '  - ticket-types.yaml\n', '')).toContain('index.yaml:42:1 error RULE_TOPIC_MISSING');
    expect(
      edited(
        'assessment.yaml',
        /^assessment:[\s\S]*/m,
        'review: { id: review.copy, clause: "4.6", points: [{ n: 1, field: x, name: { zh: 甲, en: a } }] }\n',
      ),
    ).toEqual([
      // The file still names assessment.schema.json on its first line.
      'assessment.yaml:1:1 warning RULE_MODELINE',
      'assessment.yaml:5:1 error RULE_TOPIC_DUPLICATE',
    ]);
  });

  it('index: calendar, folder, effective range; modeline warnings', () => {
    expect(edited('index.yaml', 'calendar: cn-mainland', 'calendar: cn-hk')).toEqual([
      'index.yaml:20:11 error RULE_CALENDAR_UNKNOWN',
    ]);
    expect(edited('index.yaml', 'from: "2025-04-14"', 'from: "2025-04-14"\n  to: "2025-01-01"')).toEqual([
      'index.yaml:19:7 error RULE_EFFECTIVE_RANGE',
    ]);
    expect(
      edited('index.yaml', 'version: "2025-04-14"', 'version: "2025-04-15"', {
        expect: { id: 'sheshan-12345', version: '2025-04-14' },
      }),
    ).toEqual(['index.yaml:8:10 error RULE_FOLDER_MISMATCH']);
    expect(edited('monthly.yaml', /^# yaml-language-server.*\n/, '')).toEqual([
      'monthly.yaml:1:1 warning RULE_MODELINE',
    ]);
    expect(edited('monthly.yaml', 'monthly.schema.json', 'review.schema.json')).toEqual([
      'monthly.yaml:1:1 warning RULE_MODELINE',
    ]);
  });

  it('conditions: all/any/not shapes are checked by the schema', () => {
    expect(
      edited(
        'reminders.yaml',
        '      all:\n        - { fact: accepted',
        '      all:\n        - { not: {}, fact: accepted',
      ),
    ).toEqual([
      // The condition mixes `not` with a fact comparison …
      'reminders.yaml:19:11 error SCHEMA_MAX_PROPERTIES',
      // … and the empty `not` is neither all/any/not nor {fact, operator, value}.
      'reminders.yaml:19:18 error SCHEMA_REQUIRED',
      'reminders.yaml:19:18 error SCHEMA_REQUIRED',
      'reminders.yaml:19:18 error SCHEMA_REQUIRED',
    ]);
  });
});
