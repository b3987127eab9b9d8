/**
 * Writes one JSON value per line to a file, buffered, respecting backpressure: how a batch hands
 * every decision (or every compared ticket) to disk without keeping them in memory.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const CHUNK = 1 << 16;

export interface JsonlSink {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
  /** Lines written. */
  readonly count: number;
}

export function jsonlSink(path: string): JsonlSink {
  const stream: WriteStream = createWriteStream(path);
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  let buffer = '';
  let count = 0;
  const flush = async () => {
    if (failure) throw failure;
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
    if (failure) throw failure;
  };
  return {
    get count() {
      return count;
    },
    async write(value) {
      buffer += `${JSON.stringify(value)}\n`;
      count++;
      if (buffer.length >= CHUNK) await flush();
    },
    async close() {
      await flush();
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
    },
  };
}
