/**
 * Issue 14: the output format follows the file name (`.json` a JSON array, `.jsonl` JSON Lines) and
 * every ticket reader takes both, by name and by content; a file that holds no readable ticket is
 * a clear error with a nonzero exit, never "0 of 1 decided".
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hotline } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GEN = ['generate', '--count', '3', '--seed', '7', '--from', '2025-09-01', '--to', '2025-09-30'];
const AS_OF = '2025-10-20T12:00:00+08:00';

describe('generate: the format follows --out', () => {
  it('.json is a JSON array, .jsonl is JSON Lines, the same three tickets', async () => {
    const [a, b] = await Promise.all([
      hotline([...GEN, '--out', join(dir, 'tickets.json')]),
      hotline([...GEN, '--out', join(dir, 'tickets.jsonl')]),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const array = JSON.parse(readFileSync(join(dir, 'tickets.json'), 'utf8')) as { id: string }[];
    expect(Array.isArray(array)).toBe(true);
    const lines = readFileSync(join(dir, 'tickets.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(array.map((t) => t.id));
  }, 60_000);

  it('a --format that contradicts the file name is a usage error', async () => {
    const r = await hotline([...GEN, '--format', 'jsonl', '--out', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format jsonl 与 --out');
  }, 30_000);
});

describe('ticket readers take a JSON array and JSON Lines, by name and by content', () => {
  it('simulate decides all 3 tickets from .json, .jsonl, JSON Lines named .json, and an array on stdin', async () => {
    // Written by the test above; regenerate when run alone.
    await Promise.all([
      hotline([...GEN, '--out', join(dir, 'a.json')]),
      hotline([...GEN, '--out', join(dir, 'a.jsonl')]),
    ]);
    copyFileSync(join(dir, 'a.jsonl'), join(dir, 'lines-named.json'));
    copyFileSync(join(dir, 'a.json'), join(dir, 'array-named.jsonl'));
    const sim = (src: string, stdin?: string) =>
      hotline(['simulate', '--tickets', src, '--as-of', AS_OF, '--json'], stdin !== undefined ? { stdin } : {});
    const runs = await Promise.all([
      sim(join(dir, 'a.json')),
      sim(join(dir, 'a.jsonl')),
      sim(join(dir, 'lines-named.json')),
      sim(join(dir, 'array-named.jsonl')),
      sim('-', readFileSync(join(dir, 'a.json'), 'utf8')),
      sim('-', readFileSync(join(dir, 'a.jsonl'), 'utf8')),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { summary: { tickets: unknown } };
      expect(json.summary.tickets).toEqual({ total: 3, evaluated: 3, rejected: 0 });
    }
  }, 90_000);

  it('a file with no readable ticket is an error in zh/en with file:line:col and exit 1', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": "A",\n  "tags": [\n');
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const [zh, en, none] = await Promise.all([
      hotline(['simulate', '--tickets', broken, '--as-of', AS_OF]),
      hotline(['--lang', 'en', 'simulate', '--tickets', broken, '--as-of', AS_OF]),
      hotline(['simulate', '--tickets', empty, '--as-of', AS_OF]),
    ]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toMatch(/TICKETS_UNREADABLE: 无法读取工单文件 .*broken\.json:3:1：JSON 语法错误/);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/cannot read the ticket file .*broken\.json:3:1: JSON syntax error/);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有');
  }, 60_000);
});
