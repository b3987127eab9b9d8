import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../engine/index.ts';
import { type Body, disposeApp, testApp } from '../server/helpers.ts';
import { readTickets, SHESHAN, XIAYANG } from './helpers.ts';

const run = promisify(execFile);

async function hotline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'engine/cli/main.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const app = testApp();
afterAll(() => disposeApp(app));

const post = (body: unknown, query = '', lang = 'zh') =>
  app.request(`/v1/agenda${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  });

const tickets = [...readTickets(SHESHAN), ...readTickets(XIAYANG)];

describe('the agenda from the CLI and over HTTP', () => {
  it('gives the same lines for the same tickets and day', async () => {
    const [cli, http] = await Promise.all([
      hotline('agenda', '--tickets', 'fixtures/agenda', '--date', '2025-10-13', '--json'),
      post({ tickets, date: '2025-10-13' }),
    ]);
    expect(cli.code).toBe(0);
    expect(http.status).toBe(200);
    const a = JSON.parse(cli.stdout) as Agenda;
    const b = (await http.json()) as Agenda;
    expect(a.counts.lines).toBe(22);
    expect(b.offices).toEqual(a.offices);
    expect([b.date, b.asOf, b.since]).toEqual([a.date, a.asOf, a.since]);
  });

  it('renders Markdown and CSV in the client’s language', async () => {
    const [md, csv, cliEn] = await Promise.all([
      post({ tickets, date: '2025-10-13' }, '?format=md', 'en'),
      post({ tickets, date: '2025-10-13', office: 'xiayang-12345' }, '?format=csv&by=unit'),
      hotline('--lang', 'en', 'agenda', '--tickets', XIAYANG, '--date', '2025-10-13', '--md'),
    ]);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    const mdText = await md.text();
    expect(mdText).toContain('# Daily agenda 2025-10-13');
    expect(mdText).toContain('Reminders to send (6)');
    expect(mdText).not.toContain('催办提醒');
    // The CLI in English gives the office's part of the same Markdown.
    expect(cliEn.code).toBe(0);
    expect(cliEn.stdout).toContain('| Unit | Ticket | Urgency | What |');
    expect(cliEn.stdout).toContain('part 2, 1 (second handling)');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // UTF-8 byte-order mark, so that spreadsheets read the Chinese headers.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = new TextDecoder().decode(bytes);
    expect(csvText.startsWith('规则集,事项,承办单位,工单')).toBe(true);
    // header + the 4 Xiayang lines
    expect(csvText.trimEnd().split('\r\n')).toHaveLength(5);
    expect(csvText).toContain('xiayang-12345,再次处置,夏阳街道城建中心,XY-03,今日到期');
  });

  it('answers a client’s mistakes with a 4xx naming the field', async () => {
    const bad = await post({ tickets: [{ ...tickets[0], received: 'yesterday' }], date: '2025-10-13' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Body).issues[0].path).toBe('tickets[0].received');
    const badDate = await post({ tickets, date: '2025-02-30' });
    expect(badDate.status).toBe(400);
    expect(((await badDate.json()) as Body).code).toBe('DATE_INVALID');
    const badAt = await post({ tickets, date: '2025-10-13', at: '8:30' });
    expect(badAt.status).toBe(400);
    const unknown = await post({ tickets, date: '2025-10-13', office: 'nowhere' });
    expect(unknown.status).toBe(404);
    const query = await post({ tickets, date: '2025-10-13' }, '?format=pdf');
    expect(query.status).toBe(400);
    const missing = await post({ tickets });
    expect(missing.status).toBe(400);
    const notJson = await app.request('/v1/agenda', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"tickets": [',
    });
    expect(notJson.status).toBe(400);
  });

  it('the CLI refuses a bad date with a bilingual message and exit code 1', async () => {
    const r = await hotline('agenda', '--tickets', XIAYANG, '--date', '2025-13-01');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DATE_INVALID');
    expect(r.stderr).toContain('日期“2025-13-01”无效');
  });
});
