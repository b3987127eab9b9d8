/**
 * Issue 14: help and usage errors in the language asked for, help wrapped to the terminal width
 * (CJK counts two columns), `--lang` validated, usage errors as JSON with `--json`.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { pickDescription } from '../../engine/cli/localize-help.ts';
import { buildProgram } from '../../engine/cli/program.ts';
import { wrapText } from '../../engine/cli/text-width.ts';
import { hotline, stringWidth } from './run-cli.ts';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;
const all = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(all)];
const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

describe('help', () => {
  for (const width of [80, 60, 100]) {
    it(`no line of any command's help is wider than ${width} columns, in either language`, () => {
      for (const lang of ['zh', 'en'] as const) {
        for (const cmd of all(buildProgram({ lang, json: false }, width))) {
          const help = cmd.helpInformation();
          expect(widest(help), `${lang} ${cmd.name()}`).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  it('Chinese help has Chinese titles; English help of these commands has no Chinese at all', () => {
    const zh = buildProgram({ lang: 'zh', json: false }, 80);
    const decideZh = zh.commands.find((c) => c.name() === 'decide')?.helpInformation() ?? '';
    expect(decideZh).toMatch(/^用法：hotline decide/);
    expect(decideZh).toContain('选项：');
    expect(decideZh).toContain('显示帮助');
    expect(decideZh).not.toMatch(/Options:|display help|\/ decide/);
    const en = buildProgram({ lang: 'en', json: false }, 80);
    const mine = ['decide', 'simulate', 'compare', 'generate', 'rules', 'deadline', 'check', 'test'];
    for (const cmd of all(en).filter((c) => mine.includes(c.name()) || c.parent?.name() === 'rules')) {
      const help = cmd.helpInformation();
      expect(help, cmd.name()).not.toMatch(CJK);
      expect(help).toContain('Options:');
    }
  });

  it('splits "中文 / English" at the slash before the English part only', () => {
    expect(pickDescription('工单：目录（YAML/JSON 文件）/ ticket folder', 'zh')).toBe('工单：目录（YAML/JSON 文件）');
    expect(pickDescription('只评估该月（此前月份仍计入）/ assess one month only', 'en')).toBe('assess one month only');
    expect(pickDescription('no English part', 'en')).toBe('no English part');
  });

  it('wraps Chinese between characters, never starting a line with closing punctuation', () => {
    const text = '对工单作出决定：期限、状态、督办、可办事项、核查及依据；文件中有多张工单时逐张决定';
    const lines = wrapText(text, 15).split('\n');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(15);
    expect(lines.join('')).toBe(text);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。、；：）]/u);
    // An English word longer than the line is broken, not left overlong.
    expect(wrapText('a'.repeat(25), 10).split('\n')).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });
});

describe('usage errors', () => {
  it('are in the language asked for, with a code, as JSON with --json; --lang fr is refused', async () => {
    const [zh, en, json, fr, unknown, langAfter] = await Promise.all([
      hotline(['decide', 'x.yaml']),
      hotline(['--lang', 'en', 'decide', 'x.yaml']),
      hotline(['decide', 'x.yaml', '--json']),
      hotline(['--lang', 'fr', 'rules', 'list']),
      hotline(['simulate', '--as-of', '2025-10-01', '--bogus']),
      hotline(['decide', 'x.yaml', '--lang', 'en']),
    ]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(
      '错误 USAGE_REQUIRED_OPTION: 缺少必需的选项 --as-of <instant>。运行 hotline decide --help 查看用法\n',
    );
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      'error USAGE_REQUIRED_OPTION: the option --as-of <instant> is required; run hotline decide --help for usage\n',
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toEqual({
      error: { code: 'USAGE_REQUIRED_OPTION', message: expect.stringContaining('缺少必需的选项 --as-of') },
    });
    expect(fr.code).toBe(1);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toContain('USAGE_INVALID_VALUE: 选项 --lang 的值“fr”无效，应为 zh、en');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知选项 --bogus');
    expect(langAfter.stderr).toContain('the option --as-of <instant> is required');
  }, 60_000);

  it('errors of a command are JSON with --json too', async () => {
    const r = await hotline(['decide', 'no-such-ticket.yaml', '--as-of', '2025-10-01', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'TICKET_UNREADABLE', message: '无法读取工单文件 no-such-ticket.yaml' },
    });
  }, 30_000);
});
