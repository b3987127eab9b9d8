/**
 * A progress bar with ETA on stderr for long runs (simulate, compare, generate, decide of a file):
 * only when stderr is a terminal, never with `--json`, and only once a run has lasted a second, so
 * short runs print nothing. Counts carry thousands separators; with no known total it counts.
 */
import cliProgress from 'cli-progress';
import type { Lang, Text } from '../index.ts';
import { count } from './output.ts';

export interface Progress {
  update: (done: number) => void;
  stop: () => void;
}

export interface ProgressOptions {
  lang: Lang;
  /** What is going on: "决定中" / "deciding". */
  label: Text;
  total?: number;
  json?: boolean;
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Shown only after this long (ms). */
  delay?: number;
  now?: () => number;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

export function progressBar(o: ProgressOptions): Progress {
  const stream = o.stream ?? process.stderr;
  if (o.json || stream.isTTY !== true) return NONE;
  const now = o.now ?? Date.now;
  const started = now();
  const delay = o.delay ?? 1000;
  const en = o.lang === 'en';
  const label = en ? o.label.en : o.label.zh;
  const known = o.total !== undefined && o.total > 0;
  const format = known
    ? en
      ? `${label} [{bar}] {percentage}% {value}/{total} | ETA {eta_formatted}`
      : `${label} [{bar}] {percentage}% {value}/{total} | 预计剩余 {eta_formatted}`
    : en
      ? `${label} … {value} so far | {duration_formatted}`
      : `${label} …… 已处理 {value} | 用时 {duration_formatted}`;
  let bar: cliProgress.SingleBar | undefined;
  let last = 0;
  return {
    update(done) {
      last = done;
      if (!bar) {
        if (now() - started < delay) return;
        bar = new cliProgress.SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format,
            hideCursor: true,
            clearOnComplete: true,
            barsize: 20,
            formatValue: (v, _opts, type) => (type === 'value' || type === 'total' ? count(v) : String(v)),
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(known ? (o.total ?? 0) : 0, done);
      }
      if (known && done > (o.total ?? 0)) bar.setTotal(done);
      bar.update(done);
    },
    stop() {
      if (bar) {
        bar.update(last);
        bar.stop();
      }
    },
  };
}
