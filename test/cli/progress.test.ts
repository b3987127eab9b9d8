/** Issue 14: a progress bar with ETA for long runs, on a terminal only, never with --json. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countJsonLines } from '../../engine/cli/count-tickets.ts';
import { progressBar } from '../../engine/cli/progress.ts';

function terminal(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 80;
  return { stream, text: () => chunks.join('') };
}

const label = { zh: '决定中', en: 'deciding' };

describe('progress bar', () => {
  it('appears after a second on a terminal, with percentage, thousands separators and ETA', () => {
    let t = 0;
    const tty = terminal(true);
    const bar = progressBar({ lang: 'zh', label, total: 20_000, stream: tty.stream, now: () => t });
    bar.update(100);
    expect(tty.text()).toBe(''); // a short run prints nothing
    t = 1500;
    bar.update(10_000);
    bar.stop();
    expect(tty.text()).toContain('决定中 [');
    expect(tty.text()).toContain('50% 10,000/20,000 | 预计剩余');
    const en = terminal(true);
    const b2 = progressBar({ lang: 'en', label, total: 4_000, stream: en.stream, delay: 0 });
    b2.update(1_000);
    b2.stop();
    expect(en.text()).toContain('deciding [');
    expect(en.text()).toContain('25% 1,000/4,000 | ETA');
  });

  it('counts when the total is unknown', () => {
    const tty = terminal(true);
    const bar = progressBar({ lang: 'zh', label, stream: tty.stream, delay: 0 });
    bar.update(12_345);
    bar.stop();
    expect(tty.text()).toContain('已处理 12,345');
  });

  it('prints nothing when stderr is not a terminal, or with --json', () => {
    for (const [isTTY, json] of [
      [false, false],
      [true, true],
    ] as const) {
      const s = terminal(isTTY);
      const bar = progressBar({ lang: 'zh', label, total: 10, json, stream: s.stream, delay: 0 });
      bar.update(5);
      bar.stop();
      expect(s.text()).toBe('');
    }
  });

  it('counts the tickets of a JSON Lines file for the total; not those of an array', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cli-progress-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"id":1}\n\n{"id":2}\r\n{"id":3}');
    writeFileSync(join(dir, 'b.json'), '[{"id":1},\n{"id":2}]\n');
    expect(await countJsonLines(join(dir, 'a.jsonl'))).toBe(3);
    expect(await countJsonLines(join(dir, 'b.json'))).toBeUndefined();
    expect(await countJsonLines('-')).toBeUndefined();
  });
});
