/**
 * `GET /v1/calendar/{date}`: what the working-day calendar says of one date; `GET
 * /v1/calendar?month=YYYY-MM`: a month grid (Monday-first weeks, the month defaulting to the
 * current one in Shanghai by the app's clock) with the calendar's coverage — which years are
 * final, which provisional, since when — and its last reload. `POST /v1/calendar/impact`: what a
 * new notice (or calendar) would change in open tickets' deadlines, statuses and provisional flags.
 */
import { Hono } from 'hono';
import {
  calendarCoverage,
  createImpactCollector,
  formatInstant,
  getDayInfo,
  getMonthGrid,
  renderImpact,
} from '../../engine/index.ts';
import { newCalendarOf } from '../calendar/impact-request.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { bearerAuth } from '../http/bearer-auth.ts';
import { checkShape } from '../http/check-shape.ts';
import { atField } from '../http/field-error.ts';
import { langOf } from '../http/lang.ts';
import { queryChoice } from '../http/query.ts';
import { readJson } from '../http/read-body.ts';
import { refuseProvisional } from '../http/strict.ts';
import { batchAsOf } from '../runs/batch-options.ts';
import type { Services } from '../services.ts';

const GAP = {
  zh: '该日期不在已载入的国务院节假日安排通知范围内（临时推算）',
  en: 'no loaded State Council notice covers this date',
};

/** Tickets decided between two yields to the event loop (two decisions each, ~0.7 ms). */
const SLICE = 100;

interface ImpactBody {
  notice?: unknown;
  calendar?: unknown;
  tickets: unknown[];
  asOf?: string;
  ruleset?: string;
}

export function calendarRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/calendar/:date', (c) => {
    const { calendar } = s.rules.current();
    const date = c.req.param('date');
    const info = atField('date', () => getDayInfo(calendar, date));
    refuseProvisional(s.options.strict, info.provisional, [GAP], { zh: `查询 ${date}`, en: `looking up ${date}` });
    return c.json({ ...info, calendar: { id: calendar.id, revision: calendar.revision } });
  });
  app.get('/calendar', (c) => {
    const state = s.rules.current();
    const { calendar } = state;
    const month = c.req.query('month') || formatInstant(s.options.clock.now()).slice(0, 7);
    const grid = atField('?month', () => getMonthGrid(calendar, month));
    refuseProvisional(s.options.strict, grid.provisional, [GAP], { zh: `查询 ${month}`, en: `looking up ${month}` });
    const lang = langOf(c);
    const coverage = calendarCoverage(calendar);
    return c.json({
      ...grid,
      calendar: { id: calendar.id, revision: calendar.revision, loadedAt: state.calendarLoadedAt },
      coverage: {
        ...coverage,
        years: coverage.years.map(({ summary, ...y }) => ({ ...y, summary: lang === 'en' ? summary.en : summary.zh })),
      },
      reload: { lastError: s.rules.lastCalendarError() },
    });
  });
  app.post('/calendar/impact', bearerAuth(s.options.tokens), async (c) => {
    const body = checkShape<ImpactBody>(await readJson(c), {
      notice: { type: ['string', 'object'] },
      calendar: { type: 'string' },
      tickets: { type: 'array', required: true },
      asOf: { type: 'string' },
      ruleset: { type: 'string' },
    });
    const format = queryChoice(c, 'format', ['json', 'csv', 'md'], 'json');
    if (body.tickets.length > s.options.maxBatch) {
      throw new ApiError(413, 'BATCH_TOO_LARGE', {
        zh: `一次最多 ${s.options.maxBatch} 张工单（收到 ${body.tickets.length} 张）`,
        en: `at most ${s.options.maxBatch} tickets per request (got ${body.tickets.length})`,
      });
    }
    const state = s.rules.current();
    const asOf = batchAsOf(body.asOf, s.options.clock);
    const after = newCalendarOf(body, state.calendar);
    const collector = createImpactCollector({
      catalog: state.catalog,
      before: state.calendar,
      after,
      asOf,
      ...(body.ruleset !== undefined ? { rulesetId: body.ruleset } : {}),
    });
    for (let i = 0; i < body.tickets.length; i++) {
      if (i > 0 && i % SLICE === 0) await new Promise((r) => setImmediate(r));
      collector.add(body.tickets[i] as never, i);
    }
    const result = collector.result();
    if (format === 'json') return c.json(result);
    return c.body(renderImpact(result, format, langOf(c)), 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
    });
  });
  return app;
}
