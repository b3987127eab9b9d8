/**
 * The VS Code snippets (.vscode/hotline.code-snippets) for the common rule shapes: each body, its
 * placeholders filled (the default, or a choice), put where it goes in a topic file, is a valid
 * rule — by the engine's own validator (rules/schema) and by Sheshan's schema (its clause ids and
 * roles closed over), so a snippet inserted in a Sheshan file shows no problem until it is edited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { officeSchemaDir, PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import { ruleValidator } from '../../engine/rules/rule-validators.ts';
import { createAjv } from '../../engine/rules/schema-check.ts';

interface Snippet {
  scope: string;
  prefix: string[];
  description: string;
  body: string[];
}

const SNIPPETS = JSON.parse(readFileSync(join(PACKAGE_ROOT, '.vscode', 'hotline.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;

/** Where each snippet goes: its topic file's schema, and the text around the body (indented by `indent`). */
const PLACES: Record<string, { schema: string; before: string; indent: number }> = {
  'ticket-type': { schema: 'ticket-types.schema.json', before: 'commonDeadlines: []\nticketTypes:\n', indent: 2 },
  deadline: {
    schema: 'ticket-types.schema.json',
    before: [
      'commonDeadlines: []',
      'ticketTypes:',
      '  - id: normal',
      '    clause: "3.1"',
      '    name: { zh: 普通工单, en: Normal ticket }',
      '    priority: 1',
      '    when: { all: [] }',
      '    special: false',
      '    deadlines:',
      '',
    ].join('\n'),
    indent: 6,
  },
  reminder: { schema: 'reminders.schema.json', before: 'reminders:\n', indent: 2 },
  return: { schema: 'returns.schema.json', before: 'returns:\n', indent: 2 },
  'escalation-level': {
    schema: 'escalation.schema.json',
    before: 'escalation:\n  id: escalation\n  clause: "2.4"\n  trigger: { all: [] }\n  levels:\n',
    indent: 4,
  },
};

const PLACEHOLDER = /\$\{(\d+)(?::([^}]*)|\|([^}]*)\|)?\}|\$(\d+)/g;

/** The body with every placeholder filled: its default, the `pick`-th choice of `choiceOf`, a mirror of its number. */
function fill(body: string[], pick: { n: string; option: number } | undefined = undefined): string {
  const text = body.join('\n');
  const values = new Map<string, string>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [, n, def, choices] = m;
    if (n === undefined || values.has(n)) continue;
    if (def !== undefined) values.set(n, def);
    if (choices !== undefined) values.set(n, choices.split(',')[pick?.n === n ? pick.option : 0] ?? '');
  }
  return text.replace(PLACEHOLDER, (_, n?: string, _d?: string, _c?: string, bare?: string) =>
    bare === '0' ? '' : (values.get(n ?? bare ?? '') ?? ''),
  );
}

/** Every choice placeholder of a body: its number and options. */
function choices(body: string[]): { n: string; options: string[] }[] {
  return [...body.join('\n').matchAll(/\$\{(\d+)\|([^}]*)\|\}/g)].map((m) => ({
    n: m[1] as string,
    options: (m[2] as string).split(','),
  }));
}

const placed = (prefix: string, body: string): string => {
  const place = PLACES[prefix]!;
  const pad = ' '.repeat(place.indent);
  return `${place.before}${body
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n')}\n`;
};

const officeAjv = createAjv();
for (const keyword of ['enumDescriptions', 'patternErrorMessage', 'x-check']) officeAjv.addKeyword({ keyword });
const compiled = new Map<string, ValidateFunction>();
const sheshan = (schema: string): ValidateFunction => {
  let v = compiled.get(schema);
  if (!v) {
    v = officeAjv.compile(JSON.parse(readFileSync(join(officeSchemaDir('sheshan-12345'), schema), 'utf8')));
    compiled.set(schema, v);
  }
  return v;
};

const problems = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath} ${e.message}`);

describe('VS Code snippets for the common rule shapes', () => {
  const entries = Object.entries(SNIPPETS);

  it('cover ticket type, deadline, reminder, return rule and escalation level, each with a Chinese-first description', () => {
    expect(entries.map(([, s]) => s.prefix[0]).sort()).toEqual(Object.keys(PLACES).sort());
    for (const [name, s] of entries) {
      expect(s.scope).toBe('yaml');
      expect(name).toMatch(/^[\u4e00-\u9fff]+ \/ [A-Z][a-z]/);
      expect(s.description).toMatch(/^[^/]*[\u4e00-\u9fff][^/]* \/ [A-Z][^\u4e00-\u9fff]*$/);
      // A Chinese prefix too, so typing 时限 or 催办 finds it.
      expect(s.prefix.some((p) => /[\u4e00-\u9fff]/.test(p))).toBe(true);
    }
  });

  it.each(entries.map(([name, s]) => [name, s] as const))('%s: filled in, it is a valid rule', (_name, s) => {
    const prefix = s.prefix[0]!;
    const text = placed(prefix, fill(s.body));
    expect(text).not.toMatch(/\$\{|\$\d/);
    const value = parse(text);
    const engine = ruleValidator(PLACES[prefix]!.schema);
    expect(engine(value) ? [] : problems(engine.errors)).toEqual([]);
    const office = sheshan(PLACES[prefix]!.schema);
    expect(office(value) ? [] : problems(office.errors)).toEqual([]);
  });

  it.each(entries.map(([name, s]) => [name, s] as const))('%s: every choice it offers is accepted', (_name, s) => {
    const prefix = s.prefix[0]!;
    const validate = sheshan(PLACES[prefix]!.schema);
    const offered = choices(s.body);
    expect(offered.length).toBeGreaterThan(0);
    for (const c of offered) {
      c.options.forEach((option, i) => {
        const value = parse(placed(prefix, fill(s.body, { n: c.n, option: i })));
        expect(validate(value) ? [] : problems(validate.errors), `${prefix} \${${c.n}} = ${option}`).toEqual([]);
      });
    }
  });

  it('the test would see a broken snippet: a misspelt key is reported', () => {
    const s = SNIPPETS['时限 / Deadline']!;
    const value = parse(placed('deadline', fill(s.body).replace('period:', 'perod:')));
    expect(ruleValidator('ticket-types.schema.json')(value)).toBe(false);
  });
});
