/** One writer per data folder: a second app is refused with a clear zh/en message; a stale lock is taken over. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHotlineError } from '../../engine/index.ts';
import { createApp } from '../../server/app.ts';
import { clock, logSink, tempDir } from './helpers.ts';

const open = (dataDir: string) => createApp({ dataDir, watch: false, clock, logger: logSink() });

describe('data folder lock', () => {
  it('refuses a second app on the same data folder, in Chinese and English', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, '.lock'), 'utf8')).pid).toBe(process.pid);
    let error: unknown;
    try {
      open(dataDir);
    } catch (e) {
      error = e;
    }
    expect(isHotlineError(error)).toBe(true);
    if (!isHotlineError(error)) return;
    expect(error.code).toBe('DATA_DIR_LOCKED');
    expect(error.text.zh).toMatch(/数据目录.*正由另一个服务进程使用（主机 .+，pid \d+/);
    expect(error.text.en).toMatch(/in use by another server process \(host .+, pid \d+/);
    await first.close();
    expect(existsSync(join(dataDir, '.lock'))).toBe(false);
    const second = open(dataDir); // free again
    await second.close();
  });

  it('takes over a stale lock whose process is gone', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, '.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: 'long ago', token: 'x' }));
    const app = open(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, '.lock'), 'utf8')).pid).toBe(process.pid);
    await app.close();
  });

  it('refuses to start on invalid rules and leaves no lock behind', () => {
    const dataDir = tempDir();
    const rulesDir = tempDir(); // no rule set in it
    expect(() => createApp({ dataDir, rulesDir, watch: false, logger: logSink() })).toThrow(/RULES_INVALID/);
    expect(existsSync(join(dataDir, '.lock'))).toBe(false);
  });
});
