import { isHotlineError } from '../errors.ts';
import { type Lang, parseLang } from '../i18n.ts';
import { type Diagnostic, formatDiagnostic } from '../rules/diagnostic.ts';
import { capText } from './cap-text.ts';

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

/** Counts as a reader expects them: 1,234,567 (both languages group by thousands). */
const COUNT = new Intl.NumberFormat('en-US');
export function count(n: number): string {
  return COUNT.format(n);
}

/** Diagnostics printed before an error; the rest are counted. */
const MAX_DIAGNOSTICS = 20;

/** An error as `{code, message}` in the language asked for, the message capped in length. */
export function errorBody(error: unknown, lang: Lang): { code: string; message: string } {
  if (isHotlineError(error)) return { code: error.code, message: capText(error.messageIn(lang), lang) };
  const msg = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: capText(lang === 'en' ? `internal error: ${msg}` : `内部错误：${msg}`, lang) };
}

/**
 * Prints an error the way a user should see it — any diagnostics as `file:line:col: error CODE:
 * message` (at most 20), then the message — and sets exit code 1. With `json`, one JSON object
 * `{"error":{"code","message"}}` on stderr instead. Every message is capped in length. Unexpected
 * errors say so without a stack trace unless HOTLINE_DEBUG is set.
 */
export function fail(error: unknown, lang: Lang, json = false): void {
  process.exitCode = 1;
  const body = errorBody(error, lang);
  const diagnostics = isHotlineError(error)
    ? ((error.details as { diagnostics?: Diagnostic[] } | undefined)?.diagnostics ?? [])
    : [];
  if (json) {
    const shown = diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => capText(formatDiagnostic(d, lang), lang));
    process.stderr.write(
      `${JSON.stringify({ error: { ...body, ...(shown.length ? { diagnostics: shown } : {}) } })}\n`,
    );
    return;
  }
  for (const d of diagnostics.slice(0, MAX_DIAGNOSTICS))
    process.stderr.write(`${capText(formatDiagnostic(d, lang), lang)}\n`);
  const more = diagnostics.length - MAX_DIAGNOSTICS;
  if (more > 0) {
    process.stderr.write(
      lang === 'en'
        ? `… ${count(more)} more; run hotline check for all of them\n`
        : `…… 另有 ${count(more)} 处，运行 hotline check 查看全部\n`,
    );
  }
  if (isHotlineError(error))
    process.stderr.write(`${lang === 'en' ? 'error' : '错误'} ${body.code}: ${body.message}\n`);
  else process.stderr.write(`${body.message}\n`);
  if (process.env.HOTLINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

/** Runs a command action, mapping any error to a clear message and exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => void | Promise<void>) {
  return async (...args: A): Promise<void> => {
    const cmd = args[args.length - 1] as { optsWithGlobals?: () => { lang?: string; json?: boolean } };
    const opts = cmd.optsWithGlobals?.() ?? {};
    const lang = langOf(opts);
    try {
      await fn(...args);
    } catch (e) {
      fail(e, lang, opts.json === true);
    }
  };
}
