/** Prints a usage error in the language asked for (or as JSON with `--json`) and sets exit code 1. */
import type { Command, CommanderError } from 'commander';
import { capText } from './cap-text.ts';
import type { CliContext } from './cli-context.ts';
import { usageError } from './usage-error.ts';

/** `hotline rules diff` for `rules diff a b --x`: the command the arguments name. */
export function commandPath(program: Command, args: string[]): string {
  const names = [program.name()];
  let cmd = program;
  for (const a of args) {
    const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) continue;
    names.push(sub.name());
    cmd = sub;
  }
  return names.join(' ');
}

export function printUsageError(e: CommanderError, program: Command, args: string[], ctx: CliContext): void {
  const u = usageError(e, commandPath(program, args));
  const message = capText(ctx.lang === 'en' ? u.text.en : u.text.zh, ctx.lang);
  if (ctx.json) process.stderr.write(`${JSON.stringify({ error: { code: u.code, message } })}\n`);
  else process.stderr.write(`${ctx.lang === 'en' ? 'error' : '错误'} ${u.code}: ${message}\n`);
  process.exitCode = 1;
}
