/**
 * `GET /v1/calendar/{date}`: what the working-day calendar says of one date; `GET
 * /v1/calendar?month=YYYY-MM`: a month grid (Monday-first weeks). The month defaults to the
 * current one in Shanghai (by the app's clock).
 */
import { Hono } from 'hono';
import { formatInstant, getDayInfo, getMonthGrid } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { atField } from '../http/field-error.ts';
import { refuseProvisional } from '../http/strict.ts';
import type { Services } from '../services.ts';

const GAP = {
  zh: '该日期不在已载入的国务院节假日安排通知范围内（临时推算）',
  en: 'no loaded State Council notice covers this date',
};

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
    const { calendar } = s.rules.current();
    const month = c.req.query('month') || formatInstant(s.options.clock.now()).slice(0, 7);
    const grid = atField('?month', () => getMonthGrid(calendar, month));
    refuseProvisional(s.options.strict, grid.provisional, [GAP], { zh: `查询 ${month}`, en: `looking up ${month}` });
    return c.json({ ...grid, calendar: { id: calendar.id, revision: calendar.revision } });
  });
  return app;
}
