import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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

const dir = mkdtempSync(join(tmpdir(), 'hotline-decide-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('hotline decide', () => {
  it('decides a fixture ticket with a clause-cited explanation (zh) and as JSON', async () => {
    const file = 'fixtures/tickets/_tickets/normal-2025-09-30.yaml';
    const [zh, json] = await Promise.all([
      hotline('decide', file, '--as-of', '2025-10-13T09:00+08:00'),
      hotline('decide', file, '--as-of', '2025-10-13T09:00+08:00', '--json'),
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('依据第三条第（一）项，按普通工单办理');
    // Accepted Tue 09-30 10:00 → complete by 10-14 (10-01..08 off, Sat 10-11 make-up counted); on Mon 10-13
    // one working day is left, inside the last 3 (4.5) → due-soon.
    expect(zh.stdout).toContain('第5个工作日为10月14日（星期二），截止10月14日 24时');
    const d = JSON.parse(json.stdout) as { deadlines: { obligation: string; dueDate: string; status: string }[] };
    expect(d.deadlines.find((x) => x.obligation === 'complete')).toMatchObject({
      dueDate: '2025-10-14',
      status: 'due-soon',
    });
  }, 30_000);

  it('refuses bad tickets with exit 1, naming the field', async () => {
    const unknown = write(
      'unknown.yaml',
      'id: X\nreceived: 2025-09-30T09:00+08:00\nchannel: hotline\nurgency: 一般\ntags: []\ncitizenPhone: "13800000000"\n',
    );
    const order = write(
      'order.yaml',
      'id: X\nreceived: 2025-09-30T09:00+08:00\ndispatched: 2025-09-30T10:00+08:00\naccepted: 2025-09-30T09:30+08:00\nchannel: hotline\nurgency: 一般\ntags: []\n',
    );
    const stamp = write('stamp.yaml', 'id: X\nreceived: yesterday\nchannel: hotline\nurgency: 一般\ntags: []\n');
    const [a, b, c] = await Promise.all([
      hotline('decide', unknown, '--as-of', '2025-10-01'),
      hotline('decide', order, '--as-of', '2025-10-01'),
      hotline('--lang', 'en', 'decide', stamp, '--as-of', '2025-10-01'),
    ]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('citizenPhone');
    expect(a.stderr).toContain(':6:1');
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('accepted');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('received');
    for (const r of [a, b, c]) expect(r.stderr).not.toContain('    at ');
  }, 30_000);
});
