import { Command, Option } from 'commander';
import { type CliContext, cliContext, LANGS } from './cli-context.ts';
import { registerAgenda } from './commands/agenda.ts';
import { registerAssess } from './commands/assess.ts';
import { registerCalendar } from './commands/calendar.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDeadline } from './commands/deadline.ts';
import { registerDecide } from './commands/decide.ts';
import { registerGenerate } from './commands/generate.ts';
import { registerRules } from './commands/rules.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerTest } from './commands/test.ts';
import { helpConfiguration, localizeHelp } from './localize-help.ts';
import { terminalWidth } from './text-width.ts';

/**
 * `hotline` — thin adapter over engine/index.ts. Each command lives in `commands/<name>.ts` and
 * registers itself here; none holds policy logic. Help and usage errors are in the language of
 * `--lang` (or HOTLINE_LANG), wrapped to the terminal width.
 */
export function buildProgram(ctx: CliContext = cliContext(process.argv.slice(2)), width = terminalWidth()): Command {
  const en = ctx.lang === 'en';
  const program = new Command('hotline')
    .description('12345 热线工单规则引擎 / 12345 hotline policy engine')
    .addOption(
      new Option(
        '--lang <lang>',
        '输出语言，默认 zh 或环境变量 HOTLINE_LANG / output language (default: zh, or HOTLINE_LANG)',
      ).choices(LANGS),
    )
    .configureHelp(helpConfiguration(ctx.lang, width))
    // Usage errors are printed by the caller of parseAsync, in the language asked for.
    .configureOutput({ outputError: () => {} })
    .helpOption('-h, --help', en ? 'display help' : '显示帮助')
    .helpCommand('help [command]', en ? 'display help for a command' : '显示某个命令的帮助')
    .exitOverride();
  registerDeadline(program);
  registerCalendar(program);
  registerDecide(program);
  registerCheck(program);
  registerRules(program);
  registerGenerate(program);
  registerTest(program);
  registerAssess(program);
  registerSimulate(program);
  registerCompare(program);
  registerAgenda(program);
  localizeHelp(program, ctx.lang);
  return program;
}
