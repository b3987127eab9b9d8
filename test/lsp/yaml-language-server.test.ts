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
    // The schema's own message (errorMessage), Chinese first: a hint, not the list of every fact.
    expect(diags[0]?.message).toMatch(/^不是可用的事实名称：共 \d+ 个可选值，按 Ctrl\+空格 补全选取/);
    expect(diags[0]?.message).toContain(' / not an accepted fact name');
    expect(diags[0]?.message).not.toContain('Value is not accepted');
    expect(diags[0]?.message).not.toContain('urgency');
  });

  it('says in Chinese which keys a mapping takes when a key is misspelt (`perod`)', async () => {
    const text = readFileSync(join(VERSION_DIR, 'ticket-types.yaml'), 'utf8').replace(
      '        period: 5个工作日\n',
      '        perod: 5个工作日\n',
    );
    const line = text.split('\n').indexOf('        perod: 5个工作日');
    expect(line).toBeGreaterThan(0);
    const uri = ls.open(join(VERSION_DIR, 'misspelt-probe.yaml'), text);
    const diags = await ls.diagnostics(uri, (d) => d.length > 0);
    // Two problems, both at this deadline: `perod` is not a key (at the key), and `period` is missing
    // (at the mapping's first key, `- id:` four lines up) — each with the same message of the keys it takes.
    const at = diags.find((d) => d.range.start.line === line);
    expect(at?.range.start.character).toBe(8);
    expect(at?.message).toMatch(
      /^键写错或缺少：此处可用的键为 id、clause、text、obligation、period、from、responsible/,
    );
    expect(at?.message).toContain('其中必填 id、clause、obligation、period、responsible');
    expect(at?.message).toContain(' / a key is misspelt or missing: the keys here are id, clause');
    expect(diags.every((d) => !/is not allowed|Missing property/.test(d.message))).toBe(true);
  });

  it('hovering a clause id shows that clause only: its citation, heading and text', async () => {
    const file = join(VERSION_DIR, 'ticket-types.yaml');
    const text = readFileSync(file, 'utf8');
    const uri = ls.open(file, text);
    await ls.diagnostics(uri);
    const line = text.split('\n').indexOf('    clause: "3.1"');
    const hover = await ls.hover(uri, line, '    clause: "3'.length);
    expect(hover).toContain('第三条第（一）项');
    expect(hover).toContain('普通工单 "157"');
    // The rules' quotations of 3.1 (vocabulary.yaml gives it no text of its own).
    expect(hover).toContain('5个工作日内完成办结');
    expect(hover).toContain('clause 3.1 — Normal tickets');
    // No other clause, and no list of allowed values.
    expect(hover).not.toContain('第三条第（二）项');
    expect(hover).not.toContain('Allowed Values');
    expect(hover.length).toBeLessThan(600);
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
