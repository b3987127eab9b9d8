import { isHotlineError } from '../errors.ts';
import { type Lang, parseLang } from '../i18n.ts';
import { type Diagnostic, formatDiagnostic } from '../rules/diagnostic.ts';

/** Global options every command shares. */
export interface GlobalOptions {
  lang: Lang;
}

export function langOf(opts: { lang?: string }): Lang {
  return parseLang(opts.lang ?? process.env.HOTLINE_LANG ?? 'zh');
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Prints an error the way a user should see it — message, then any diagnostics as
 * `file:line:col: error CODE: message` — and sets exit code 1. Unexpected errors say so without
 * a stack trace unless HOTLINE_DEBUG is set.
 */
export function fail(error: unknown, lang: Lang): void {
  process.exitCode = 1;
  if (isHotlineError(error)) {
    const details = error.details as { diagnostics?: Diagnostic[] } | undefined;
    for (const d of details?.diagnostics ?? []) process.stderr.write(`${formatDiagnostic(d, lang)}\n`);
    process.stderr.write(`${lang === 'en' ? 'error' : '错误'} ${error.code}: ${error.messageIn(lang)}\n`);
    return;
  }
  const msg = error instanceof Error ? error.message : String(error);
  process.stderr.write(lang === 'en' ? `internal error: ${msg}\n` : `内部错误：${msg}\n`);
  if (process.env.HOTLINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

/** Runs a command action, mapping any error to a clear message and exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => void | Promise<void>) {
  return async (...args: A): Promise<void> => {
    const cmd = args[args.length - 1] as { optsWithGlobals?: () => { lang?: string } };
    const lang = langOf(cmd.optsWithGlobals?.() ?? {});
    try {
      await fn(...args);
    } catch (e) {
      fail(e, lang);
    }
  };
}
