/**
 * Bulk results of a run, outside lowdb: per-ticket rows in `runs/<id>.jsonl` (one JSON object a
 * line, written as the run goes, with back-pressure) and the full report in `runs/<id>.json`.
 */
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  type WriteStream,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export class RunFiles {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'runs');
    mkdirSync(this.dir, { recursive: true });
  }

  rowsName(id: string): string {
    return `runs/${id}.jsonl`;
  }

  reportName(id: string): string {
    return `runs/${id}.json`;
  }

  /** A line writer; `close` resolves once everything is on disk. */
  rowWriter(id: string): { write(row: unknown): Promise<void>; close(): Promise<void>; count(): number } {
    const stream: WriteStream = createWriteStream(join(this.dir, `${id}.jsonl`));
    let n = 0;
    return {
      async write(row) {
        n++;
        if (!stream.write(`${JSON.stringify(row)}\n`)) await once(stream, 'drain');
      },
      async close() {
        stream.end();
        await once(stream, 'close');
      },
      count: () => n,
    };
  }

  writeReport(id: string, report: unknown): Promise<void> {
    return writeFile(join(this.dir, `${id}.json`), JSON.stringify(report));
  }

  readReport<T>(id: string): T | undefined {
    const file = join(this.dir, `${id}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
  }

  rows(id: string): Readable | undefined {
    const file = join(this.dir, `${id}.jsonl`);
    return existsSync(file) ? createReadStream(file) : undefined;
  }

  /** Complete lines in a run's rows file (0 when there is none): how far an interrupted run got. */
  countRows(id: string): number {
    let fd: number;
    try {
      fd = openSync(join(this.dir, `${id}.jsonl`), 'r');
    } catch {
      return 0;
    }
    const buf = Buffer.allocUnsafe(1 << 16);
    let n = 0;
    try {
      for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) {
        for (let i = buf.indexOf(10); i !== -1 && i < got; i = buf.indexOf(10, i + 1)) n++;
      }
    } finally {
      closeSync(fd);
    }
    return n;
  }

  remove(id: string): void {
    rmSync(join(this.dir, `${id}.jsonl`), { force: true });
    rmSync(join(this.dir, `${id}.json`), { force: true });
  }
}
