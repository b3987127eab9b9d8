/**
 * Tickets from folders, JSON Lines files and stdin. Every ticket that cannot be decided is listed
 * with its file, line and field, and counted: nothing is skipped silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { ticketSource } from '../../engine/simulate/read-tickets.ts';
import { renderReport } from '../../engine/simulate/render-report.ts';
import { simulate } from '../../engine/simulate/simulate.ts';
import type { TicketInput } from '../../engine/simulate/types.ts';

const GOOD = {
  id: 'T-1',
  received: '2025-10-09T09:00:00+08:00',
  accepted: '2025-10-09T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
};
let dir: string;
const show = (f: string) => relative(process.cwd(), join(dir, f));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-tickets-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'a-good.yaml'),
    'id: T-1\nreceived: 2025-10-09T09:00:00+08:00\nchannel: hotline\nurgency: 一般\ntags: []\n',
  );
  writeFileSync(
    join(dir, 'b-bad.yaml'),
    'id: T-2\nreceived: 2025-10-09T09:00:00+08:00\naccepted: soon\nchannel: hotline\nurgency: 一般\ntags: []\nphone: "13800000000"\n',
  );
  writeFileSync(join(dir, 'c-syntax.yaml'), 'id: T-3\nreceived: [unclosed\n');
  writeFileSync(
    join(dir, 'sub', 'd-list.json'),
    JSON.stringify(
      [
        { ...GOOD, id: 'T-4' },
        { ...GOOD, id: 'T-5', urgency: 5 },
      ],
      null,
      2,
    ),
  );
  const lines = [
    JSON.stringify({ ...GOOD, id: 'T-6' }),
    '',
    '{"id": "T-7",',
    JSON.stringify({ ...GOOD, id: 'T-8', accepted: '2025-10-08T10:00:00+08:00' }),
  ];
  writeFileSync(join(dir, 'e.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, '.hidden.yaml'), 'not: a ticket\n');
  writeFileSync(join(dir, 'notes.txt'), 'ignored\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (items: AsyncIterable<TicketInput>) => {
  const out: TicketInput[] = [];
  for await (const x of items) out.push(x);
  return out;
};

describe('ticket sources', () => {
  it('a folder: YAML, JSON lists, JSON Lines; hidden files and other extensions skipped', async () => {
    const src = ticketSource(dir);
    expect(src.files).toBe(5);
    expect(await collect(src.items)).toHaveLength(8);
  });

  it('rejects each bad ticket with file, line and field, and counts it', async () => {
    const r = await simulate({
      catalog: loadCatalog(),
      calendar: loadCalendar(),
      tickets: ticketSource(dir).items,
      asOf: '2025-10-20T12:00:00+08:00',
    });
    expect(r.summary.tickets).toEqual({ total: 8, evaluated: 3, rejected: 5 });
    const byFile = r.rejected.items.map((x) => [x.file, x.line, x.ticketId, x.issues.map((i) => [i.path, i.code])]);
    expect(byFile).toEqual([
      [
        show('b-bad.yaml'),
        7,
        'T-2',
        [
          ['phone', 'SCHEMA_UNKNOWN_KEY'],
          ['accepted', 'TICKET_TIMESTAMP_INVALID'],
        ],
      ],
      [show('c-syntax.yaml'), expect.any(Number), undefined, [['(root)', 'YAML_SYNTAX']]],
      [show('e.jsonl'), 3, undefined, [['(root)', 'TICKET_JSON_INVALID']]],
      [show('e.jsonl'), 4, 'T-8', [['accepted', 'TICKET_ORDER']]],
      [show('sub/d-list.json'), expect.any(Number), 'T-5', [['urgency', 'SCHEMA_TYPE']]],
    ]);
    const phone = r.rejected.items[0]!.issues[0]!;
    expect(phone).toMatchObject({ line: 7, col: 1 });
    const report = renderReport(r, 'table', 'zh');
    expect(report).toContain('无效工单（5 张，未作决定）');
    expect(report).toContain(`${show('b-bad.yaml')}:7:1`);
    const csv = renderReport(r, 'csv', 'en');
    expect(csv).toContain(`invalid ticket,${show('e.jsonl')}:4,accepted,1,`);
  });

  it('lists at most maxRejected, and counts the rest', async () => {
    const bad = Array.from({ length: 5 }, (_, i) => ({ file: `x${i}.json`, value: { id: `B${i}` } }));
    const r = await simulate({
      catalog: loadCatalog(),
      calendar: loadCalendar(),
      tickets: bad,
      asOf: '2025-10-20',
      maxRejected: 2,
    });
    expect(r.summary.tickets.rejected).toBe(5);
    expect(r.rejected.items).toHaveLength(2);
    expect(r.rejected.omitted).toBe(3);
    expect(renderReport(r, 'md', 'zh')).toContain('另有 3 张无效工单未逐一列出');
  });

  it('stdin: JSON Lines, or a JSON array', async () => {
    const lines = `${JSON.stringify(GOOD)}\n${JSON.stringify({ ...GOOD, id: 'T-2' })}\n`;
    const a = await collect(ticketSource('-', { stdin: Readable.from([Buffer.from(lines)]) }).items);
    expect(a).toEqual([
      { file: '<stdin>', line: 1, value: GOOD },
      { file: '<stdin>', line: 2, value: { ...GOOD, id: 'T-2' } },
    ]);
    const b = await collect(
      ticketSource('-', { stdin: Readable.from([Buffer.from(' ['), Buffer.from(`${JSON.stringify(GOOD)}]`)]) }).items,
    );
    expect(b).toEqual([{ file: '<stdin>[0]', value: GOOD }]);
  });

  it('a missing source is an error, not an empty batch', () => {
    expect(() => ticketSource(join(dir, 'nope'))).toThrow(expect.objectContaining({ code: 'TICKETS_NOT_FOUND' }));
  });
});
