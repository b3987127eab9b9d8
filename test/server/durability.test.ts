/**
 * Nothing lost, nothing mixed: 100 concurrent simulations are all in the catalogue after a
 * restart; an invalid rules edit during traffic changes no answer and shows up in /v1/rulesets;
 * fixing it makes the new revision active; the watcher does the same on its own.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../server/storage/run-record.ts';
import { type Body, copyRules, disposeApp, post, tempDir, testApp, ticket } from './helpers.ts';

const TOPIC = 'sheshan-12345/2025-04-14/ticket-types.yaml';

describe('the run catalogue survives a restart', () => {
  it('100 concurrent POST /v1/simulations are all there after a restart', async () => {
    const dataDir = tempDir();
    const first = testApp({ dataDir });
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post(first, '/v1/simulations', {
          generate: { count: 3, seed: i, from: '2025-09-01', to: '2025-09-30' },
          asOf: '2025-10-10T12:00:00+08:00',
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(202));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as Body).id as string));
    expect(new Set(ids).size).toBe(100);
    await first.close(); // no waiting for the runs: queued ones must still be recorded

    const onDisk = await new JSONFile<{ runs: RunRecord[] }>(join(dataDir, 'catalogue.json')).read();
    expect(onDisk?.runs.map((r) => r.id).sort()).toEqual([...ids].sort());

    const second = testApp({ dataDir });
    try {
      const list = (await (await second.request('/v1/simulations?limit=1000')).json()) as Body;
      expect(list.total).toBe(100);
      expect(list.runs.map((r: Body) => r.id).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const run = (await (await second.request(`/v1/simulations/${id}`)).json()) as Body;
        expect(['done', 'interrupted']).toContain(run.status);
        if (run.status === 'done') expect(run.summary.tickets.total).toBe(3);
      }
    } finally {
      await disposeApp(second);
    }
  }, 60_000);
});

describe('rule reloads', () => {
  const tickets = [
    ticket(),
    ticket({ id: 'U-1', urgency: '紧急' }),
    ticket({ id: 'S-1', channel: 'suishenpai', tags: ['随申拍'] }),
  ];
  const ask = async (app: ReturnType<typeof testApp>) => {
    const r = await post(app, '/v1/decisions', { tickets });
    return { status: r.status, body: (await r.json()) as Body };
  };

  it('an invalid edit during traffic never changes an answer; a valid one becomes active', async () => {
    const rulesDir = copyRules();
    const app = testApp({ rulesDir });
    try {
      const baseline = await ask(app);
      expect(baseline.status).toBe(200);
      const revision = baseline.body.decisions[0].ruleset.revision;
      const file = join(rulesDir, TOPIC);
      const good = readFileSync(file, 'utf8');

      let broken = false;
      const traffic = Array.from({ length: 200 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i % 20));
        if (i === 100) {
          writeFileSync(file, `${good}\n  - this: [is not valid yaml\n`);
          const result = await app.reload();
          expect(result).toMatchObject({
            ok: false,
            changed: false,
            revision: (await app.services.rules.current()).revision,
          });
          broken = true;
        }
        return ask(app);
      });
      const answers = await Promise.all(traffic);
      expect(broken).toBe(true);
      for (const a of answers) expect(a).toEqual(baseline);

      const rulesets = (await (await app.request('/v1/rulesets')).json()) as Body;
      expect(rulesets.lastReloadError).toMatchObject({ code: 'RULES_INVALID', resolvedAt: null });
      expect(rulesets.lastReloadError.diagnostics[0]).toMatchObject({ file: `rules/${TOPIC}`, code: 'YAML_SYNTAX' });
      expect(((await (await app.request('/healthz')).json()) as Body).reloadError).toBe(true);

      // Fix it with a real change: normal tickets now have 4 working days.
      const lines = good.split('\n');
      const at = normalCompletePeriodLine(lines);
      lines[at] = lines[at]!.replace('5个工作日', '4个工作日');
      writeFileSync(file, lines.join('\n'));
      expect(await app.reload()).toMatchObject({ ok: true, changed: true });
      const after = await ask(app);
      expect(after.body.decisions[0].ruleset.revision).not.toBe(revision);
      expect(new Set(after.body.decisions.map((d: Body) => d.ruleset.revision)).size).toBe(1);
      expect(after.body.decisions[0].deadlines.find((d: Body) => d.obligation === 'complete').dueDate).toBe(
        '2025-10-13',
      );
      const now = (await (await app.request('/v1/rulesets')).json()) as Body;
      expect(now.revision).not.toBe(rulesets.revision);
      expect(now.lastReloadError.resolvedAt).not.toBeNull();
    } finally {
      await disposeApp(app);
      rmSync(rulesDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the watcher reloads by itself, debounced', async () => {
    const rulesDir = copyRules();
    const app = testApp({ rulesDir, watch: true, watchDebounceMs: 50 });
    try {
      const before = app.services.rules.current().revision;
      const file = join(rulesDir, TOPIC);
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = normalCompletePeriodLine(lines);
      lines[at] = lines[at]!.replace('5个工作日', '6个工作日');
      writeFileSync(file, lines.join('\n'));
      const t0 = Date.now();
      while (app.services.rules.current().revision === before && Date.now() - t0 < 10_000)
        await new Promise((r) => setTimeout(r, 25));
      expect(app.services.rules.current().revision).not.toBe(before);
      const reloads = app.logs.lines.filter((l) => l.msg === 'rules reloaded');
      expect(reloads.length).toBeGreaterThanOrEqual(1); // one per quiet period, however many fs events
    } finally {
      await disposeApp(app);
      rmSync(rulesDir, { recursive: true, force: true });
    }
  }, 30_000);
});

/** The line of `period: 5个工作日` of the rule `normal.complete` in ticket-types.yaml. */
function normalCompletePeriodLine(lines: string[]): number {
  const start = lines.findIndex((l) => l.includes('id: normal.complete'));
  const at = lines.findIndex((l, i) => i > start && /^\s+period: 5个工作日$/.test(l));
  if (start < 0 || at < 0) throw new Error('normal.complete period not found in ticket-types.yaml');
  return at;
}
