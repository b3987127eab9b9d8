/**
 * Issue 14: `decide` given JSON Lines or a JSON array decides each ticket, or says in one line why
 * not; no error message is megabytes long.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hotline } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-decide-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const longest = (text: string) => Math.max(0, ...text.split('\n').map((l) => l.length));

// The fixture ticket of test/cli/decide.test.ts: accepted Tue 2025-09-30 10:00, complete by 10-14
// (10-01..08 off, Sat 10-11 make-up counted, 5 working days: 09, 10, 11, 13, 14).
const fixture = readFileSync('fixtures/tickets/_tickets/normal-2025-09-30.yaml', 'utf8');
const AS_OF = '2025-10-13T09:00+08:00';

describe('decide on a file of many tickets', () => {
  it('JSON Lines: each good ticket decided, each bad line one line saying why; exit 1', async () => {
    const { parse } = await import('yaml');
    const t = parse(fixture) as Record<string, unknown>;
    const lines = [
      JSON.stringify({ ...t, id: 'M-1' }),
      '{"id": "M-2", "received": "tomorrow"',
      JSON.stringify({ ...t, id: 'M-3' }),
      JSON.stringify({ ...t, id: 'M-4', received: 'x'.repeat(2_000_000) }),
    ];
    const jsonl = file('many.jsonl', `${lines.join('\n')}\n`);
    const array = file(
      'many.json',
      JSON.stringify(
        [
          { ...t, id: 'A-1' },
          { ...t, id: 'A-2' },
        ],
        null,
        2,
      ),
    );
    const [text, json, arr] = await Promise.all([
      hotline(['decide', jsonl, '--as-of', AS_OF]),
      hotline(['decide', jsonl, '--as-of', AS_OF, '--json']),
      hotline(['decide', array, '--as-of', AS_OF]),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout.match(/^── .*many\.jsonl:\d (M-\d) ──$/gm)).toEqual([
      expect.stringContaining('M-1'),
      expect.stringContaining('M-3'),
    ]);
    expect(text.stdout).toContain('第5个工作日为10月14日（星期二），截止10月14日 24时');
    const refused = text.stdout.split('\n').filter((l) => l.startsWith('✗'));
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/many\.jsonl:2：TICKET_JSON_INVALID：第 2 行不是有效的 JSON/);
    expect(refused[1]).toMatch(/many\.jsonl:4 M-4：TICKET_INVALID/);
    // 2 MB of a bad timestamp never reaches the terminal whole.
    expect(longest(text.stdout)).toBeLessThan(400);
    expect(text.stderr).toContain('已决定 2 张工单，2 张无法决定');

    expect(json.code).toBe(1);
    const rows = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.ticketId)).toEqual(['M-1', undefined, 'M-3', 'M-4']);
    expect(rows[1]?.error).toMatchObject({ code: 'TICKET_JSON_INVALID' });
    expect(longest(json.stdout.split('\n')[3] ?? '')).toBeLessThan(1000);

    expect(arr.code).toBe(0);
    expect(arr.stdout).toContain('工单 A-1');
    expect(arr.stdout).toContain('工单 A-2');
  }, 60_000);

  it('one broken huge ticket file: the error is capped', async () => {
    const huge = file(
      'huge.yaml',
      `id: H\nreceived: "${'9'.repeat(3_000_000)}"\nchannel: hotline\nurgency: 一般\ntags: []\n`,
    );
    const r = await hotline(['--lang', 'en', 'decide', huge, '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('received');
    expect(r.stderr).toMatch(/more characters\)/);
    expect(r.stderr.length).toBeLessThan(2_000);
  }, 30_000);
});
