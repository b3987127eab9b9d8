/**
 * Help in one language, wrapped to the terminal: every description is written "中文 / English";
 * the help shows the part of the language asked for, commander's own words (titles, "default",
 * the help option) in that language too, and no line wider than the terminal (CJK counts 2).
 */
import { type Argument, type Command, Help, type Option } from 'commander';
import type { Lang } from '../i18n.ts';
import { displayWidth, wrapText } from './text-width.ts';

/** The last " / " (or "）/ ") after which no CJK character follows splits Chinese from English. */
const SPLIT = /\s?\/ (?=[^\u3000-\u9fff\uff00-\uffef]*$)/u;

export function pickDescription(text: string, lang: Lang): string {
  const m = SPLIT.exec(text);
  if (!m) return text;
  return lang === 'en' ? text.slice(m.index + m[0].length).trim() : text.slice(0, m.index).trim();
}

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

function extras(
  lang: Lang,
  item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string },
  showDefault: boolean,
): string {
  const parts: string[] = [];
  if (item.argChoices) parts.push(`${lang === 'en' ? 'one of' : '可选'} ${item.argChoices.join(' | ')}`);
  if (showDefault && item.defaultValue !== undefined) {
    const v = item.defaultValueDescription ?? String(item.defaultValue);
    parts.push(lang === 'en' ? `default: ${v}` : `默认 ${v}`);
  }
  if (parts.length === 0) return '';
  return lang === 'en' ? ` (${parts.join('; ')})` : `（${parts.join('；')}）`;
}

/** Applies the language and width to the program; call after every command is registered. */
export function localizeHelp(program: Command, lang: Lang): void {
  const walk = (cmd: Command) => {
    cmd.description(pickDescription(cmd.description(), lang));
    for (const o of cmd.options) o.description = pickDescription(o.description ?? '', lang);
    for (const a of cmd.registeredArguments) a.description = pickDescription(a.description ?? '', lang);
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
}

/** The help configuration; set on the program before commands are added, so they inherit it. */
export function helpConfiguration(lang: Lang, width: number): Partial<Help> {
  return {
    helpWidth: width,
    minWidthToWrap: 10,
    displayWidth: (s: string) => displayWidth(s),
    boxWrap: (s: string, w: number) => wrapText(s, w),
    styleTitle: (s: string) => (lang === 'en' ? s : (TITLES[s] ?? s)),
    optionDescription(this: Help, o: Option) {
      const show = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
      return `${o.description ?? ''}${extras(lang, o, show)}`.trim();
    },
    argumentDescription(this: Help, a: Argument) {
      return `${a.description ?? ''}${extras(lang, a, true)}`.trim();
    },
    formatHelp(this: Help, cmd: Command, helper: Help): string {
      return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, '用法：');
    },
    formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
      // A term too wide to leave room beside it puts its description on the next lines.
      const room = width - termWidth - 4;
      if (!description) return `  ${term}`;
      if (room >= 16) {
        const pad = term + ' '.repeat(Math.max(0, termWidth - helper.displayWidth(term)));
        const body = wrapText(description, room).replace(/\n/g, `\n${' '.repeat(termWidth + 4)}`);
        return `  ${pad}  ${body}`;
      }
      return `  ${term}\n${wrapText(description, width - 6).replace(/^/gm, '      ')}`;
    },
  };
}
