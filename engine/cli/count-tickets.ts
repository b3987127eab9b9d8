/**
 * How many tickets a JSON Lines file holds (its non-blank lines), so a progress bar over it can
 * show a percentage and an ETA. Read in chunks; never holds the file in memory.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';

export async function countJsonLines(path: string): Promise<number | undefined> {
  try {
    if (path === '-' || !statSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return undefined;
  let lines = 0;
  let inLine = false;
  let first = true;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    if (first) {
      first = false;
      const head = buf
        .subarray(0, 64)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
      if (!head.startsWith('{')) return undefined; // a JSON array or a single ticket: no lines to count
    }
    for (const byte of buf) {
      if (byte === 10) {
        if (inLine) lines++;
        inLine = false;
      } else if (byte !== 32 && byte !== 13 && byte !== 9) inLine = true;
    }
  }
  return lines + (inLine ? 1 : 0);
}
