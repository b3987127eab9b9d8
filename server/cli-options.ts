/**
 * `server/main.ts` options from its command line and environment: flags over variables over
 * defaults. `--quiet` (or HOTLINE_LOG=off) turns the request log off. `HOTLINE_API_TOKEN` is one token, or `label:token,label:token` (the label is who
 * started a run, in the catalogue).
 */
import { parseArgs } from 'node:util';
import type { StartOptions } from './main.ts';

export function parseTokens(value: string): string | Record<string, string> {
  if (!value.includes(':')) return value;
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

export function optionsFromArgs(argv: string[], env: NodeJS.ProcessEnv): StartOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      rules: { type: 'string' },
      'data-dir': { type: 'string' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? env.PORT}`);
  const rulesDir = values.rules ?? env.HOTLINE_RULES_DIR;
  return {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    ...(rulesDir ? { rulesDir } : {}),
    dataDir: values['data-dir'] ?? env.HOTLINE_DATA_DIR ?? 'data',
    strict: values.strict ?? ['1', 'true', 'yes'].includes(env.HOTLINE_STRICT ?? ''),
    ...(env.HOTLINE_API_TOKEN ? { apiToken: parseTokens(env.HOTLINE_API_TOKEN) } : {}),
    ...(values.quiet || env.HOTLINE_LOG === 'off' ? { logger: false as const } : {}),
  };
}
