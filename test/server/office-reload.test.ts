/**
 * Several offices in one rules folder reload each on their own: a broken edit in one office keeps
 * that office's last good rules and never blocks another office's valid edit. Two offices here are
 * the shipped Sheshan version and a copy of it under another id (the real offices are tested with
 * their own fixtures).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, copyRules, disposeApp, post, testApp, ticket } from './helpers.ts';

let rules: string;
let app: ReturnType<typeof testApp>;
const OTHER = 'copy-office';
beforeAll(() => {
  rules = copyRules();
  const from = join(rules, 'sheshan-12345', '2025-04-14');
  const to = join(rules, OTHER, '2025-04-14');
  cpSync(from, to, { recursive: true });
  const index = join(to, 'index.yaml');
  writeFileSync(index, readFileSync(index, 'utf8').replace('id: sheshan-12345', `id: ${OTHER}`));
  app = testApp({ rulesDir: rules });
});
afterAll(async () => {
  await disposeApp(app);
  rmSync(rules, { recursive: true, force: true });
});

const decideFor = async (office: string | undefined) => {
  const t = ticket(office === undefined ? {} : { office });
  const res = await post(app, '/v1/decisions', { ticket: t, asOf: '2025-10-01T09:00:00+08:00' });
  return { status: res.status, body: (await res.json()) as Body };
};
const complete = (b: Body) => b.deadlines.find((d: Body) => d.obligation === 'complete').dueDate;

describe('offices reload on their own', () => {
  it('routes by the ticket’s office, and by the folder’s default without one', async () => {
    const mine = await decideFor(OTHER);
    expect(mine.status).toBe(200);
    expect(mine.body.ruleset.id).toBe(OTHER);
    const plain = await decideFor(undefined);
    expect(plain.body.ruleset.id).toBe('sheshan-12345'); // rules/rulesets.yaml: default
    const unknown = await decideFor('no-such-office');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('RULESET_UNKNOWN');
  });

  it('a broken edit in one office keeps its rules; a valid edit in the other becomes active', async () => {
    // Accepted Tue 2025-09-30: 10-01..10-08 off; 5 working days → 10-09, 10-10, 10-11 (Sat make-up), 10-13, 10-14.
    expect(complete((await decideFor(OTHER)).body)).toBe('2025-10-14');
    const broken = join(rules, 'sheshan-12345', '2025-04-14', 'returns.yaml');
    const good = readFileSync(broken, 'utf8');
    writeFileSync(broken, `${good}\n  - this: [is not valid yaml\n`);
    const types = join(rules, OTHER, '2025-04-14', 'ticket-types.yaml');
    const text = readFileSync(types, 'utf8');
    // The normal completion limit of the copy becomes 4 working days: 10-09, 10-10, 10-11, 10-13.
    const edited = text.replace(/(id: normal\.complete[\s\S]*?period: )5个工作日/, '$14个工作日');
    expect(edited).not.toBe(text);
    writeFileSync(types, edited);
    const result = await app.reload();
    expect(result).toMatchObject({ ok: false, changed: true });
    expect(result.error?.rulesets).toEqual(['sheshan-12345']);
    expect(complete((await decideFor(OTHER)).body)).toBe('2025-10-13');
    expect(complete((await decideFor('sheshan-12345')).body)).toBe('2025-10-14');
    const listing = (await (await app.request('/v1/rulesets')).json()) as Body;
    expect(listing.keptPrevious.map((k: Body) => k.id)).toEqual(['sheshan-12345']);
    expect(listing.keptPrevious[0].diagnostics[0].file).toContain('returns.yaml');
    writeFileSync(broken, good);
    expect((await app.reload()).ok).toBe(true);
    expect(((await (await app.request('/v1/rulesets')).json()) as Body).keptPrevious).toEqual([]);
  });

  it('a ticket of one office is not decided under another office’s named version', async () => {
    const res = await post(app, '/v1/decisions', {
      ticket: ticket({ office: OTHER }),
      asOf: '2025-10-01T09:00:00+08:00',
      rules: { version: 'sheshan-12345/2025-04-14' },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Body).code).toBe('TICKET_OFFICE_MISMATCH');
  });
});
