/**
 * What `createApp` takes, as one object, and its defaults. The app reads no environment variables
 * and no clock of its own: `main.ts` turns the environment into options, and `clock` is the only
 * source of "now" (the engine never reads the clock; the edge does).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CALENDAR_FILE, HotlineError, RULES_DIR } from '../engine/index.ts';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Structured log lines (one JSON object each). */
export interface Logger {
  info(entry: Record<string, unknown>): void;
  error(entry: Record<string, unknown>): void;
}

export interface AppOptions {
  /** Rules root (`<root>/<ruleset-id>/<version>/index.yaml`); default: the shipped `rules/`. */
  rulesDir?: string;
  /** Working-day calendar; default `<rulesDir>/calendars/cn-mainland.yaml`, else the shipped one. */
  calendarFile?: string;
  /** Catalogue of runs, per-run results and the lock file; default `./data`. */
  dataDir?: string;
  /** Bearer token(s) for writes: one token, or `{ label: token }`. No token: writes are open. */
  apiToken?: string | Readonly<Record<string, string>>;
  /** Refuse provisional results (a date no loaded State Council notice covers) with 422. */
  strict?: boolean;
  /** Request and error logs; default one JSON line per entry on stderr; `false`: silent. */
  logger?: Logger | false;
  clock?: Clock;
  /** Largest request body in bytes (default 5 MiB). */
  bodyLimit?: number;
  /** Watch the rules and calendar for changes (default true). */
  watch?: boolean;
  /** Debounce of the watcher in ms (default 200). */
  watchDebounceMs?: number;
  /** Most tickets in one request (default 1,000). */
  maxBatch?: number;
  /** Comparisons with more tickets than this run in the background (202; default 2,000). */
  compareSyncLimit?: number;
  /** Drafts kept prepared (checked, with their compiled conditions), least recently used out (default 16). */
  draftCacheSize?: number;
  /** Validations of more text than this (bytes) run in a worker thread (default 32 KiB). */
  validationInlineBytes?: number;
}

export interface ResolvedOptions {
  rulesDir: string;
  calendarFile: string;
  dataDir: string;
  tokens: readonly { label: string; token: string }[];
  strict: boolean;
  logger: Logger;
  clock: Clock;
  bodyLimit: number;
  watch: boolean;
  watchDebounceMs: number;
  maxBatch: number;
  compareSyncLimit: number;
  draftCacheSize: number;
  validationInlineBytes: number;
}

export const stderrLogger: Logger = {
  info: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`),
  error: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

export function resolveOptions(o: AppOptions): ResolvedOptions {
  const rulesDir = resolve(o.rulesDir ?? RULES_DIR);
  const own = join(rulesDir, 'calendars', 'cn-mainland.yaml');
  const tokens =
    o.apiToken === undefined
      ? []
      : typeof o.apiToken === 'string'
        ? [{ label: 'token', token: o.apiToken }]
        : Object.entries(o.apiToken).map(([label, token]) => ({ label, token }));
  // Fail closed: a token option that names no usable token refuses to start, never opens writes.
  if (
    o.apiToken !== undefined &&
    (tokens.length === 0 || tokens.some((t) => t.token.trim() === '' || t.label === ''))
  ) {
    throw new HotlineError('CONFIG_TOKEN_INVALID', {
      zh: 'apiToken 无效：令牌与标签均不可为空（不设 apiToken 则写操作不需要令牌）',
      en: 'apiToken is malformed: tokens and labels must not be empty (leave apiToken unset to keep writes open)',
    });
  }
  return {
    rulesDir,
    calendarFile: resolve(o.calendarFile ?? (existsSync(own) ? own : DEFAULT_CALENDAR_FILE)),
    dataDir: resolve(o.dataDir ?? 'data'),
    tokens,
    strict: o.strict ?? false,
    logger: o.logger === false ? silentLogger : (o.logger ?? stderrLogger),
    clock: o.clock ?? { now: () => Date.now() },
    bodyLimit: o.bodyLimit ?? 5 * 1024 * 1024,
    watch: o.watch ?? true,
    watchDebounceMs: o.watchDebounceMs ?? 200,
    maxBatch: o.maxBatch ?? 1_000,
    compareSyncLimit: o.compareSyncLimit ?? 2_000,
    draftCacheSize: o.draftCacheSize ?? 16,
    validationInlineBytes: o.validationInlineBytes ?? 32 * 1024,
  };
}
