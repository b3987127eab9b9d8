import { Command, CommanderError } from 'commander';
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
import { langOf } from './output.ts';

/**
 * `hotline` — thin adapter over engine/index.ts. Each command lives in `commands/<name>.ts` and
 * registers itself here; none holds policy logic.
 */
export function buildProgram(): Command {
  const program = new Command('hotline')
    .description('12345 热线工单规则引擎 / 12345 hotline policy engine')
    .option('--lang <lang>', '输出语言 zh | en / output language', 'zh')
    .showHelpAfterError()
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
  return program;
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // commander already printed its message; help and version exit 0.
    process.exitCode = e.exitCode === 0 ? 0 : 1;
  } else {
    const lang = langOf(program.opts());
    process.stderr.write(lang === 'en' ? `internal error: ${String(e)}\n` : `内部错误：${String(e)}\n`);
    process.exitCode = 1;
  }
}
