/** Runs `hotline` in a child process as a user would (through tsx), with an optional stdin and env. */
import { execFile } from 'node:child_process';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function hotline(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'engine/cli/main.ts', ...args],
      { cwd: PACKAGE_ROOT, env: { ...process.env, ...opts.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (opts.stdin !== undefined) child.stdin?.end(opts.stdin);
    else child.stdin?.end();
  });
}

/** The widest line of a text, in terminal columns (CJK counts 2). */
export { default as stringWidth } from 'string-width';
