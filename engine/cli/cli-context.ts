/**
 * What the CLI must know before commander parses anything — the language of help and usage
 * errors, and whether errors are JSON — read from the raw arguments and HOTLINE_LANG.
 */
import type { Lang } from '../i18n.ts';

export interface CliContext {
  lang: Lang;
  json: boolean;
}

export const LANGS = ['zh', 'en'] as const;

export function cliContext(argv: string[], env: NodeJS.ProcessEnv = process.env): CliContext {
  let given: string | undefined;
  for (const [i, a] of argv.entries()) {
    if (a === '--') break;
    if (a === '--lang') given = argv[i + 1];
    else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  }
  const value = given ?? env.HOTLINE_LANG;
  return { lang: value === 'en' ? 'en' : 'zh', json: argv.includes('--json') };
}
