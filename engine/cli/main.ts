/** The `hotline` command: builds the program in the language asked for and runs it. */
import { CommanderError } from 'commander';
import { cliContext } from './cli-context.ts';
import { fail } from './output.ts';
import { buildProgram } from './program.ts';
import { printUsageError } from './usage-error-output.ts';

const ctx = cliContext(process.argv.slice(2));
const program = buildProgram(ctx);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version exit 0 (commander printed them); a usage error is explained here.
    if (e.exitCode === 0) process.exitCode = 0;
    else if (e.code === 'commander.help' || e.code === 'commander.helpDisplayed') process.exitCode = e.exitCode;
    else printUsageError(e, program, process.argv.slice(2), ctx);
  } else fail(e, ctx.lang, ctx.json);
}
