/**
 * commander's usage errors (English, "error: unknown option '--x'") in both languages, with a code
 * a program can test (`USAGE_UNKNOWN_OPTION` …).
 */
import type { CommanderError } from 'commander';
import type { Text } from '../i18n.ts';

export interface UsageError {
  code: string;
  text: Text;
}

const q = (s: string | undefined) => s ?? '';

export function usageError(e: CommanderError, commandPath: string): UsageError {
  const msg = e.message.replace(/^error: /, '');
  const hint: Text = {
    zh: `运行 ${commandPath} --help 查看用法`,
    en: `run ${commandPath} --help for usage`,
  };
  const make = (code: string, zh: string, en: string): UsageError => ({
    code,
    text: { zh: `${zh}。${hint.zh}`, en: `${en}; ${hint.en}` },
  });
  let m: RegExpExecArray | null;
  switch (e.code) {
    case 'commander.unknownOption':
      m = /unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/.exec(msg);
      return make(
        'USAGE_UNKNOWN_OPTION',
        `未知选项 ${q(m?.[1])}${m?.[2] ? `（是否想用 ${m[2]}？）` : ''}`,
        `unknown option ${q(m?.[1])}${m?.[2] ? ` (did you mean ${m[2]}?)` : ''}`,
      );
    case 'commander.unknownCommand':
      m = /unknown command '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/.exec(msg);
      return make(
        'USAGE_UNKNOWN_COMMAND',
        `未知命令 ${q(m?.[1])}${m?.[2] ? `（是否想用 ${m[2]}？）` : ''}`,
        `unknown command ${q(m?.[1])}${m?.[2] ? ` (did you mean ${m[2]}?)` : ''}`,
      );
    case 'commander.missingArgument':
      m = /missing required argument '([^']*)'/.exec(msg);
      return make('USAGE_MISSING_ARGUMENT', `缺少参数 <${q(m?.[1])}>`, `missing argument <${q(m?.[1])}>`);
    case 'commander.optionMissingArgument':
      m = /option '([^']*)' argument missing/.exec(msg);
      return make('USAGE_OPTION_VALUE_MISSING', `选项 ${q(m?.[1])} 缺少取值`, `option ${q(m?.[1])} needs a value`);
    case 'commander.missingMandatoryOptionValue':
      m = /required option '([^']*)' not specified/.exec(msg);
      return make('USAGE_REQUIRED_OPTION', `缺少必需的选项 ${q(m?.[1])}`, `the option ${q(m?.[1])} is required`);
    case 'commander.invalidArgument':
      m = /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(msg);
      if (m) {
        m[1] = m[1]?.replace(/ <.*>$/, '') ?? '';
        return make(
          'USAGE_INVALID_VALUE',
          `选项 ${m[1]} 的值“${m[2]}”无效，应为 ${m[3]?.split(', ').join('、')}`,
          `option ${m[1]}: "${m[2]}" is not valid; use ${m[3]?.split(', ').join(' or ')}`,
        );
      }
      return make('USAGE_INVALID_VALUE', `取值无效：${msg}`, `invalid value: ${msg}`);
    case 'commander.excessArguments':
      m = /Expected (\d+) arguments? but got (\d+)/.exec(msg);
      return make(
        'USAGE_TOO_MANY_ARGUMENTS',
        `参数过多：应为 ${q(m?.[1])} 个，实际 ${q(m?.[2])} 个`,
        `too many arguments: expected ${q(m?.[1])}, got ${q(m?.[2])}`,
      );
    case 'commander.conflictingOption':
      return make('USAGE_CONFLICTING_OPTIONS', `选项冲突：${msg}`, `conflicting options: ${msg}`);
    default:
      return make('USAGE_ERROR', `用法错误：${msg}`, `usage error: ${msg}`);
  }
}
