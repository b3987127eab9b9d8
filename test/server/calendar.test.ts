/**
 * The calendar over HTTP: coverage in `GET /v1/calendar`, the calendar reloading like the rules
 * (a bad file is refused with file:line:col and the last good calendar stays, while rule edits
 * still go in), and `POST /v1/calendar/impact` with the HYPOTHETICAL 2027 notice of test/fixtures.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNotice } from '../../engine/index.ts';
import { type Body, copyRules, disposeApp, errorBody, post, testApp } from './helpers.ts';

const NOTICE = readFileSync('test/fixtures/calendars/hypothetical-2027-notice.yaml', 'utf8');
const ASOF = '2027-01-06T12:00:00+08:00';
const at = (id: string, t: string) => ({ id, received: t, dispatched: t, accepted: t, tags: [] });
// Hand-worked in test/calendar/impact.test.ts: HAND-A's completion moves 2027-01-05 → 01-06
// (Thu 2026-12-31 becomes a day off), HAND-B's 01-13 → 01-12 (Sat 01-09 becomes a working day).
const TICKETS = [at('HAND-A', '2026-12-28T09:00:00+08:00'), at('HAND-B', '2027-01-06T10:00:00+08:00')];
const get = async (app: ReturnType<typeof testApp>, path: string) => (await (await app.request(path)).json()) as Body;

describe('GET /v1/calendar: coverage', () => {
  it('says which years are final, which provisional, and since when', async () => {
    const app = testApp();
    try {
      const body = await get(app, '/v1/calendar?month=2026-12');
      expect(body.month).toBe('2026-12');
      expect(body.calendar.loadedAt).toMatch(/^\d{4}-\d\d-\d\dT.*\+08:00$/);
      expect(body.coverage.noticeYears).toEqual([2025, 2026]);
      expect(body.coverage.provisionalFrom).toBe('2026-12-25');
      expect(body.coverage.years.map((y: Body) => [y.year, y.status, y.provisionalFrom, y.awaiting])).toEqual([
        [2025, 'final', null, null],
        [2026, 'partial', '2026-12-25', 2027],
        [2027, 'provisional', '2027-01-01', 2027],
      ]);
      expect(body.coverage.years[1].notice.date).toBe('2025-11-04');
      expect(body.coverage.years[1].summary).toContain('2026-12-25起须待2027年通知');
      const en = await get(app, '/v1/calendar?month=2026-12&lang=en');
      expect(en.coverage.years[2].summary).toBe(
        '2027: no State Council notice loaded; the whole year is provisional (statutory holidays, no make-up days)',
      );
      expect(body.reload.lastError).toBeNull();
    } finally {
      await disposeApp(app);
    }
  });
});

describe('calendar reload', () => {
  it('takes a valid new notice, refuses a bad calendar keeping the last good one, and still reloads the rules', async () => {
    const rulesDir = copyRules();
    const file = join(rulesDir, 'calendars', 'cn-mainland.yaml');
    const app = testApp({ rulesDir });
    try {
      expect((await get(app, '/v1/calendar/2026-12-31')).kind).toBe('workday');
      const added = addNotice({
        calendarText: readFileSync(file, 'utf8'),
        calendarFile: 'cn-mainland.yaml',
        noticeText: NOTICE,
        noticeFile: 'notice.yaml',
      });
      writeFileSync(file, added.text!);
      expect(await app.reload()).toMatchObject({ ok: true, changed: true });
      expect(await get(app, '/v1/calendar/2026-12-31')).toMatchObject({ kind: 'off', provisional: false });
      const loaded = await get(app, '/v1/calendar?month=2027-01');
      expect(loaded.coverage.years.map((y: Body) => y.status)).toEqual(['final', 'final', 'partial', 'provisional']);
      const revision = loaded.calendar.revision;

      // A statutory mismatch (国庆 loses a make-up day) and, at the same time, a valid rule edit.
      const broken = added.text!.replace('makeup: [2027-09-26, 2027-10-09]', 'makeup: [2027-09-26]');
      writeFileSync(file, broken);
      const topic = join(rulesDir, 'sheshan-12345', '2025-04-14', 'ticket-types.yaml');
      const rulesBefore = app.services.rules.current().revision;
      writeFileSync(
        topic,
        readFileSync(topic, 'utf8').replace(
          'text: 5个工作日内完成办结\n        obligation: complete\n        period: 5个工作日',
          'text: 5个工作日内完成办结\n        obligation: complete\n        period: 4个工作日',
        ),
      );
      const result = await app.reload();
      expect(result.ok).toBe(false);
      expect(result.error).toMatchObject({ code: 'CALENDAR_INVALID' });
      const line = broken.split('\n').findIndex((l) => l.includes('off: [2027-10-01')) + 1;
      expect(result.error?.diagnostics).toMatchObject([
        { file: 'rules/calendars/cn-mainland.yaml', line, code: 'CAL_STATUTORY_DAYS_MISMATCH' },
      ]);
      expect(app.services.rules.current().revision).not.toBe(rulesBefore);
      const kept = await get(app, '/v1/calendar?month=2027-01');
      expect(kept.calendar.revision).toBe(revision);
      expect(kept.calendar.loadedAt).toBe(loaded.calendar.loadedAt);
      expect(kept.reload.lastError).toMatchObject({ code: 'CALENDAR_INVALID', resolvedAt: null });
      expect(kept.reload.lastError.message.zh).toContain('仍使用上一次有效的日历');

      writeFileSync(file, added.text!);
      expect((await app.reload()).ok).toBe(true);
      expect((await get(app, '/v1/calendar?month=2027-01')).reload.lastError.resolvedAt).not.toBeNull();
    } finally {
      await disposeApp(app);
      rmSync(rulesDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('calendar watcher', () => {
  it('picks up a notice written by temp file and rename (what hotline calendar add does)', async () => {
    const rulesDir = copyRules();
    const file = join(rulesDir, 'calendars', 'cn-mainland.yaml');
    const app = testApp({ rulesDir, watch: true, watchDebounceMs: 50 });
    try {
      const before = app.services.rules.current().calendar.revision;
      const added = addNotice({
        calendarText: readFileSync(file, 'utf8'),
        calendarFile: 'cn-mainland.yaml',
        noticeText: NOTICE,
        noticeFile: 'notice.yaml',
      });
      const tmp = join(rulesDir, 'calendars', '.cn-mainland.yaml.tmp');
      writeFileSync(tmp, added.text!);
      renameSync(tmp, file);
      const t0 = Date.now();
      while (app.services.rules.current().calendar.revision === before && Date.now() - t0 < 10_000)
        await new Promise((r) => setTimeout(r, 25));
      expect(app.services.rules.current().calendar.noticeYears).toEqual([2025, 2026, 2027]);
      expect((await get(app, '/v1/calendar/2027-01-09')).kind).toBe('makeup');
    } finally {
      await disposeApp(app);
      rmSync(rulesDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('POST /v1/calendar/impact', () => {
  it('decides the tickets under both calendars and lists what moves (JSON, CSV, Markdown in English)', async () => {
    const app = testApp();
    try {
      const res = await post(app, '/v1/calendar/impact', { notice: NOTICE, tickets: TICKETS, asOf: ASOF });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Body;
      expect(body.after.noticeYears).toEqual([2025, 2026, 2027]);
      expect(body.counts).toMatchObject({ tickets: 2, decided: 2, noLongerProvisional: 2 });
      const a = body.tickets.find((t: Body) => t.ticketId === 'HAND-A');
      expect(a.moves.find((m: Body) => m.obligation === 'complete')).toMatchObject({
        before: { dueDate: '2027-01-05', status: 'overdue' },
        after: { dueDate: '2027-01-06', status: 'due-soon' },
        workdays: 1,
      });
      const csv = await post(app, '/v1/calendar/impact?format=csv', { notice: NOTICE, tickets: TICKETS, asOf: ASOF });
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(await csv.text()).toContain('期限变动,HAND-B,办结,第三条第（一）项,2027-01-13,2027-01-12,-1');
      const md = await post(app, '/v1/calendar/impact?format=md&lang=en', {
        notice: NOTICE,
        tickets: TICKETS,
        asOf: ASOF,
      });
      const text = await md.text();
      expect(text).toContain(
        '| HAND-B | completion | clause 3.1 | 5 workdays | 2027-01-13 24:00 | 2027-01-12 24:00 | 1 working day earlier |',
      );
      // Trying a notice changes nothing the service answers with.
      expect((await get(app, '/v1/calendar/2026-12-31')).kind).toBe('workday');
    } finally {
      await disposeApp(app);
    }
  });

  it('takes the notice as a JSON object too', async () => {
    const app = testApp();
    try {
      const { parse } = await import('yaml');
      const res = await post(app, '/v1/calendar/impact', { notice: parse(NOTICE), tickets: TICKETS, asOf: ASOF });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Body).counts.deadlinesMoved).toBeGreaterThan(0);
    } finally {
      await disposeApp(app);
    }
  });

  it('refuses a bad notice with its line and column, a missing one, and too many tickets — never a 500', async () => {
    const app = testApp({ maxBatch: 3 });
    try {
      const bad = NOTICE.replace('2027-02-08, ', '');
      const r1 = await post(app, '/v1/calendar/impact?lang=en', { notice: bad, tickets: TICKETS, asOf: ASOF });
      expect(r1.status).toBe(422);
      const e1 = await errorBody(r1);
      expect(e1.code).toBe('NOTICE_INVALID');
      // Pointed at the Spring Festival's days off, the holiday that should hold it.
      const line = bad.split('\n').findIndex((l) => l.includes('off: [2027-02-05')) + 1;
      expect(e1.issues[0]).toMatchObject({ code: 'CAL_STATUTORY_DAY_NOT_OFF', file: 'notice', line, col: 10 });
      expect(e1.issues[0]?.message).toContain('2027-02-08 (Spring Festival) is a statutory holiday');
      const r2 = await post(app, '/v1/calendar/impact', { tickets: TICKETS });
      expect(r2.status).toBe(400);
      expect((await errorBody(r2)).code).toBe('BODY_INVALID');
      const r3 = await post(app, '/v1/calendar/impact', { notice: NOTICE, tickets: [...TICKETS, ...TICKETS] });
      expect(r3.status).toBe(413);
      const r4 = await post(app, '/v1/calendar/impact', { notice: 'year: [', tickets: [] });
      expect(r4.status).toBe(422);
      expect((await errorBody(r4)).issues[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'notice' });
      const r5 = await post(app, '/v1/calendar/impact', { calendar: 42, tickets: [] });
      expect(r5.status).toBe(400);
      const r6 = await post(app, '/v1/calendar/impact', { notice: NOTICE, tickets: [{ id: 'X' }, 7], asOf: ASOF });
      expect(r6.status).toBe(200);
      expect(((await r6.json()) as Body).counts).toMatchObject({ tickets: 2, rejected: 2 });
    } finally {
      await disposeApp(app);
    }
  });
});
