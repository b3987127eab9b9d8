/**
 * What simulation and comparison share: option checks, version identities for reports, capped
 * lists, run statistics.
 */

import { relative } from 'node:path';
import type { Calendar } from '../calendar/calendar.ts';
import { formatInstant, parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import { wordsOf } from '../explain/labels.ts';
import type { Ruleset } from '../rules/types.ts';
import type { RunChunksStats } from './run-chunks.ts';
import type { Capped, RunMeta, RunStats, TicketInput, VersionRef } from './types.ts';

/** Options every batch takes. */
export interface BatchOptions {
  calendar: Calendar;
  tickets: Iterable<TicketInput> | AsyncIterable<TicketInput>;
  /** The instant the decisions are made for (ISO 8601). */
  asOf: string;
  /** `compiled` (default for batches) or `engine` (json-rules-engine, the reference). */
  path?: 'engine' | 'compiled';
  /** Bare ticket objects skip the schema check (e.g. generated ones); file values are always checked. */
  trusted?: boolean;
  /** How many tickets there will be, if known (for progress). */
  total?: number;
  onProgress?: (p: { done: number; total?: number }) => void;
  /** At most this many rejected tickets are listed (all are counted); default 1,000. */
  maxRejected?: number;
  /** Tickets per chunk (default 2,000) and when the worker thread joins (default after 50,000; `false`: never). */
  chunkSize?: number;
  workerFrom?: number | false;
  /** The worker's entry module (default: worker-bootstrap.mjs); for tests. */
  workerEntry?: URL;
}

export function runMeta(options: BatchOptions): RunMeta {
  let asOf: string;
  try {
    asOf = formatInstant(parseInstant(options.asOf));
  } catch (e) {
    throw new HotlineError(
      'SIMULATE_OPTION_INVALID',
      {
        zh: `asOf 的值“${options.asOf}”不是有效时间，应为 ISO 8601，如 2025-10-20T12:00:00+08:00`,
        en: `asOf "${options.asOf}" is not a valid instant; expected ISO 8601 such as 2025-10-20T12:00:00+08:00`,
      },
      { cause: e },
    );
  }
  const { calendar } = options;
  return { asOf, path: options.path ?? 'compiled', calendar: { id: calendar.id, revision: calendar.revision } };
}

export function versionRef(r: Ruleset): VersionRef {
  return {
    id: r.id,
    version: r.version,
    revision: r.revision,
    effectiveFrom: r.effective.from,
    ...(r.effective.to !== undefined ? { effectiveTo: r.effective.to } : {}),
    dir: relative(process.cwd(), r.dir) || r.dir,
    words: wordsOf(r),
  };
}

export function capped<T>(): Capped<T> {
  return { items: [], omitted: 0 };
}

export function pushCapped<T>(list: Capped<T>, items: readonly T[], max: number): void {
  for (const item of items) {
    if (list.items.length < max) list.items.push(item);
    else list.omitted++;
  }
}

export function runStats(t0: number, tickets: number, s: RunChunksStats): RunStats {
  const ms = performance.now() - t0;
  return {
    ms: Math.round(ms),
    ticketsPerSecond: ms > 0 ? Math.round((tickets / ms) * 1000) : 0,
    threads: s.threads,
    chunks: s.chunks,
    workerChunks: s.workerChunks,
    ...(s.workerError !== undefined ? { workerError: s.workerError } : {}),
  };
}
