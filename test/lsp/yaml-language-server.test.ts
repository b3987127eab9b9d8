/**
 * The shipped rules as VS Code sees them: yaml-language-server (the server behind
 * redhat.vscode-yaml) run as a real LSP server over stdio, with the `$schema` modelines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacts } from '../../engine/rules/catalogues.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';
import { startYamlLs, type YamlLsClient } from './lsp-client.ts';

const VERSION_DIR = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
let ls: YamlLsClient;

beforeAll(async () => {
  // The workspace's own settings, as VS Code would pass them (yaml.validate, yaml.schemas …).
  const vscode = JSON.parse(readFileSync(join(PACKAGE_ROOT, '.vscode', 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const yaml = Object.fromEntries(
    Object.entries(vscode)
      .filter(([k]) => k.startsWith('yaml.'))
      .map(([k, v]) => [k.slice('yaml.'.length), v]),
  );
  expect(yaml.validate).toBe(true);
  ls = await startYamlLs(PACKAGE_ROOT, { ...yaml, schemaStore: { enable: false } });
}, 15_000);

afterAll(async () => {
  expect(await ls.close()).toBe(0);
});

const open = (file: string) => ls.open(file, readFileSync(file, 'utf8'));

describe('yaml-language-server on the rules', () => {
  it('reports no problem in any shipped rules file', async () => {
    const files = [
      ...readdirSync(VERSION_DIR).map((f) => join(VERSION_DIR, f)),
      join(RULES_DIR, 'facts.yaml'),
      join(RULES_DIR, 'rulesets.yaml'),
      join(RULES_DIR, 'calendars', 'cn-mainland.yaml'),
    ];
    const uris = files.map(open);
    const all = await Promise.all(uris.map((u) => ls.diagnostics(u)));
    expect(Object.fromEntries(uris.map((u, i) => [u.split('/rules/')[1], all[i]]))).toEqual(
      Object.fromEntries(uris.map((u) => [u.split('/rules/')[1], []])),
    );
  });

  it('flags an unknown fact on its line, through the $schema modeline', async () => {
    const uri = open(join(PACKAGE_ROOT, 'test/fixtures/rules/broken/unknown-fact/reminders.yaml'));
    const diags = await ls.diagnostics(uri, (d) => d.length > 0);
    expect(diags).toHaveLength(1);
    // Line 9, column 19 of the file (1-based) is where `acepted` starts.
    expect(diags[0]?.range.start).toEqual({ line: 8, character: 18 });
    expect(diags[0]?.message).toContain('accepted');
  });

  it('maps topic files without a modeline through .vscode/settings.json yaml.schemas', async () => {
    // Only in the server, not on disk; no `$schema` line, so only the settings can give it a schema.
    const uri = ls.open(join(RULES_DIR, 'example', 'draft', 'returns.yaml'), 'returns: 5\n');
    const diags = await ls.diagnostics(uri, (d) => d.length > 0);
    expect(diags[0]?.range.start).toEqual({ line: 0, character: 9 });
    expect(diags[0]?.source).toContain('Returns');
  });

  it("offers the fact catalogue when completing a condition's fact", async () => {
    const text = [
      '# yaml-language-server: $schema=../../schema/reminders.schema.json',
      'reminders:',
      '  - id: reminder.example',
      '    clause: "4.5"',
      '    trigger: not-accepted',
      '    when:',
      '      all:',
      '        - fact: ',
      '          operator: equal',
      '',
    ].join('\n');
    // Not written to disk: the document exists only in the server.
    const uri = ls.open(join(VERSION_DIR, 'completion-probe.yaml'), text);
    await ls.diagnostics(uri);
    const items = await ls.complete(uri, 7, '        - fact: '.length);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(readFacts().map((f) => f.name)));
    expect(labels).not.toContain('operator');
    // Hover on a key shows its description, Chinese then English.
    const hover = await ls.hover(uri, 4, 6);
    expect(hover).toContain('催办情形 / Reminder trigger');
  });

  it('completes the office’s own roles and clauses in its files (its rules/<office>/schema)', async () => {
    const dir = join(RULES_DIR, 'xiayang-12345', '2022-06-08');
    const text = [
      '# yaml-language-server: $schema=../schema/notifications.schema.json',
      'notifications:',
      '  - id: notify.probe',
      '    clause: ',
      '    when: { all: [] }',
      '    to: [ ]',
      '    timing: immediately',
      '    message: { zh: 试, en: probe }',
      '',
    ].join('\n');
    const uri = ls.open(join(dir, 'completion-probe.yaml'), text);
    await ls.diagnostics(uri);
    const roles = (await ls.complete(uri, 5, '    to: [ '.length)).map((i) => i.label);
    // 夏阳's three roles, none of Sheshan's (城运中心信息员 is centerInformationOfficer).
    expect(roles).toEqual(expect.arrayContaining(['center', 'unit', 'unitHead']));
    expect(roles).not.toContain('centerInformationOfficer');
    const clauses = (await ls.complete(uri, 3, '    clause: '.length)).map((i) => i.label);
    expect(clauses).toEqual(expect.arrayContaining(['二.1.再次处置']));
    expect(clauses).not.toContain('2.4');
  });
});
