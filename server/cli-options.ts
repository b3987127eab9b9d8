/**
 * `server/main.ts` options from its command line and environment: flags over variables over
 * defaults. `--quiet` (or HOTLINE_LOG=off) turns the request log off. `HOTLINE_API_TOKEN` is one token, or `label:token,label:token` (the label is who
 * started a run, in the catalogue).
 */
import { parseArgs } from 'node:util';
import { HotlineError } from '../engine/index.ts';
import type { StartOptions } from './main.ts';

const TOKEN = /^[\x21-\x2b\x2d-\x7e]+$/; // visible ASCII but the comma
const LABEL = /^[\w.@-]+$/;

function badToken(why: { zh: string; en: string }): HotlineError {
  return new HotlineError('CONFIG_TOKEN_INVALID', {
    zh: `HOTLINE_API_TOKEN 无效：${why.zh}。应为一个令牌，或 标签:令牌,标签:令牌；不设此变量则写操作不需要令牌`,
    en: `HOTLINE_API_TOKEN is malformed: ${why.en}. Give one token, or label:token,label:token; leave the variable unset to keep writes open`,
  });
}

/**
 * `HOTLINE_API_TOKEN`: one token, or `label:token,label:token`. Fails closed: anything malformed
 * (empty, an empty label or token, whitespace, a repeated label) refuses to start instead of
 * leaving writes open. A value never appears in the message.
 */
export function parseTokens(value: string): string | Record<string, string> {
  if (value.trim() === '') throw badToken({ zh: '变量已设置但为空', en: 'the variable is set but empty' });
  if (!value.includes(':')) {
    if (!TOKEN.test(value)) throw badToken({ zh: '令牌含空白或逗号', en: 'the token has whitespace or a comma' });
    return value;
  }
  const out: Record<string, string> = {};
  value.split(',').forEach((raw, n) => {
    const part = raw.trim();
    const i = part.indexOf(':');
    const label = i > 0 ? part.slice(0, i) : '';
    const token = i > 0 ? part.slice(i + 1) : '';
    if (!LABEL.test(label) || !TOKEN.test(token)) {
      throw badToken({
        zh: `第 ${n + 1} 项不是“标签:令牌”（标签为字母、数字、_ . @ -，令牌不含空白与逗号）`,
        en: `item ${n + 1} is not "label:token" (label of letters, digits, _ . @ -; token without whitespace or comma)`,
      });
    }
    if (label in out) throw badToken({ zh: `标签“${label}”重复`, en: `the label "${label}" is repeated` });
    out[label] = token;
  });
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
    ...(env.HOTLINE_API_TOKEN !== undefined ? { apiToken: parseTokens(env.HOTLINE_API_TOKEN) } : {}),
    ...(values.quiet || env.HOTLINE_LOG === 'off' ? { logger: false as const } : {}),
  };
}
