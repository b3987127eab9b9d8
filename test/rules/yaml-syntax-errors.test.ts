/**
 * YAML syntax errors as policy staff meet them: one message per mistake, in Chinese (English on
 * request), at the line the mistake is on — not the parser's follow-on errors one to three lines
 * later. The broken files in test/fixtures/rules/yaml-errors/ are the shipped Sheshan files with
 * one line changed (see the diff against rules/sheshan-12345/2025-04-14/):
 *   ticket-types.yaml:203  `obligation: complete` indented 7 spaces instead of 8;
 *   notifications.yaml:25  `to: [unit` without its `]`;
 *   returns.yaml:31        `clause: "3.2.5` without its closing quote.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../engine/rules/diagnostic.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { checkRulesetDir } from '../../engine/rules/load-ruleset.ts';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';
import { parseYamlSource } from '../../engine/rules/yaml-source.ts';
import { validateText } from '../../server/rules/validate-text.ts';

const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures/rules/yaml-errors');
const SHIPPED = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
const broken = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const syntax = (ds: Diagnostic[]) => ds.filter((d) => d.code.startsWith('YAML_'));
const where = (d: Diagnostic) => `${d.line}:${d.col} ${d.code}`;

const tmp = mkdtempSync(join(tmpdir(), 'hotline-yaml-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The shipped version copied with one file replaced by its broken fixture, checked by the rule loader. */
function loaderCheck(file: string): Diagnostic[] {
  const dir = join(tmp, file.replace('.yaml', ''));
  cpSync(SHIPPED, dir, { recursive: true });
  writeFileSync(join(dir, file), broken(file));
  return checkRulesetDir(dir, { displayRoot: dir }).diagnostics;
}

// Line and column (1-based) read off the fixture: the indented key starts after its 7 spaces (col 8),
// the `[` of `    to: [unit` is col 9, the `"` of `    clause: "3.2.5` is col 13.
const CASES: [file: string, at: string, zh: RegExp, en: RegExp][] = [
  [
    'ticket-types.yaml',
    '203:8 YAML_SYNTAX',
    /^YAML 语法错误：缩进不对：这一行缩进 7 格/,
    /^YAML syntax error: bad indentation/,
  ],
  [
    'notifications.yaml',
    '25:9 YAML_SYNTAX',
    /^YAML 语法错误：\[ 没有闭合：请在这一行补上对应的 \]/,
    /\[ is not closed/,
  ],
  ['returns.yaml', '31:13 YAML_SYNTAX', /^YAML 语法错误：引号 " 没有闭合/, /the quote " is not closed/],
];

describe('YAML syntax errors: one message, at the line of the mistake', () => {
  it.each(CASES)('%s through the parser', (file, at, zh, en) => {
    const ds = parseYamlSource(broken(file), file).diagnostics;
    expect(ds.map(where)).toEqual([at]);
    expect(ds[0]?.message.zh).toMatch(zh);
    expect(ds[0]?.message.en).toMatch(en);
  });

  it.each(CASES)('%s through the rule loader (a version folder on disk)', (file, at, zh, en) => {
    const ds = syntax(loaderCheck(file));
    expect(ds.map((d) => `${d.file}:${where(d)}`)).toEqual([`${file}:${at}`]);
    expect(ds[0]?.message.zh).toMatch(zh);
    expect(ds[0]?.message.en).toMatch(en);
  });

  it.each(CASES)('%s through the draft validation path (/v1/validate)', (file, at, zh) => {
    const check = validateText(broken(file), {
      rulesDir: RULES_DIR,
      catalog: loadCatalog(),
      filename: `sheshan-12345/2025-04-14/${file}`,
    });
    expect(check.diagnostics.map(where)).toEqual([at]);
    expect(check.diagnostics[0]?.message.zh).toMatch(zh);
  });

  it('the Chinese message is Chinese and the English one English (no parser text in either)', () => {
    for (const [file] of CASES) {
      const [d] = parseYamlSource(broken(file), file).diagnostics;
      expect(d?.message.zh.replaceAll('YAML', '')).not.toMatch(/[A-Za-z]{4,}/);
      expect(d?.message.en).not.toMatch(/[\u4e00-\u9fff]/);
      // The parser's own wording is not passed on.
      expect(d?.message.en).not.toMatch(/Implicit|compact mappings|must be sufficiently indented/);
    }
  });

  it('prints as one problem-matcher line per language (`hotline check`, `--lang en`)', () => {
    const [d] = parseYamlSource(broken('returns.yaml'), 'returns.yaml').diagnostics;
    expect(formatDiagnostic(d!, 'zh')).toBe(
      'returns.yaml:31:13: error YAML_SYNTAX: YAML 语法错误：引号 " 没有闭合：请在这个值的末尾补上 "',
    );
    expect(formatDiagnostic(d!, 'en')).toBe(
      'returns.yaml:31:13: error YAML_SYNTAX: YAML syntax error: the quote " is not closed: add " at the end of this value',
    );
  });

  it('counts the follow-on errors instead of listing them', () => {
    const [d] = parseYamlSource(broken('notifications.yaml'), 'n.yaml').diagnostics;
    expect(d?.message.zh).toMatch(/其后另有 \d+ 处解析错误/);
    expect(d?.message.en).toMatch(/\d+ more parse errors follow/);
  });

  it('a tab in the indentation, a line indented one space too far, two keys on a line, a repeated key', () => {
    const at = (text: string) => parseYamlSource(text, 't.yaml').diagnostics.map((d) => `${where(d)} ${d.message.zh}`);
    // Line 3 starts with a tab (col 1): the parser first complains about line 2's key.
    expect(at('a:\n  b: 1\n\tc: 2\n')[0]).toMatch(/^3:1 YAML_SYNTAX YAML 语法错误：缩进里有制表符（Tab）/);
    // Line 3 `clause` is indented 5 spaces under `- id` (4 expected): the parser flags line 2.
    expect(at('x:\n  - id: a\n     clause: "1"\n    text: t\n')[0]).toMatch(/^3:6 YAML_SYNTAX .*缩进不对/);
    // `period: 期限: 5日`: the second "key: " starts at col 13.
    expect(at('k:\n  - id: a\n    period: 期限: 5日\n')).toEqual([
      '3:13 YAML_SYNTAX YAML 语法错误：一行里出现了两个“键: ”：值里有“: ”（冒号加空格）时，请给整个值加引号',
    ]);
    expect(at('a: 1\nb: 2\na: 3\n')).toEqual([
      '3:1 YAML_DUPLICATE_KEY YAML 语法错误：键“a”重复，同一层第 1 行已有此键',
    ]);
  });
});
