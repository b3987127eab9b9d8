/**
 * `POST /v1/agenda`: `{ tickets: [...], date, at?, office?, ruleset? }` → the center's agenda for
 * `date` (engine/agenda/types.ts: per office, lines grouped by action and by unit, each label in
 * both languages), the same as `hotline agenda`. `?format=md|csv|table` answers the rendered text
 * in the client's language instead (`?by=unit` groups it by unit). At most `maxBatch` tickets; any
 * invalid ticket is a 400 naming `tickets[i].field` (nothing is read from or written to a file).
 */
import { Hono } from 'hono';
import {
  type AgendaGrouping,
  buildAgenda,
  renderAgenda,
  type Ticket,
  ticketInvalid,
  ticketIssues,
} from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { checkShape } from '../http/check-shape.ts';
import { langOf } from '../http/lang.ts';
import { queryChoice } from '../http/query.ts';
import { readJson } from '../http/read-body.ts';
import { refuseProvisional } from '../http/strict.ts';
import type { Services } from '../services.ts';

interface AgendaBody {
  tickets: unknown[];
  date: string;
  at?: string;
  office?: string;
  ruleset?: string;
}

const FIELDS = {
  tickets: { type: 'array', required: true },
  date: { type: 'string', required: true },
  at: { type: 'string' },
  office: { type: 'string' },
  ruleset: { type: 'string' },
} as const;

const FORMATS = ['json', 'md', 'csv', 'table'] as const;
const TYPES = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  table: 'text/plain; charset=utf-8',
};

export function agendaRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/agenda', async (c) => {
    const format = queryChoice(c, 'format', FORMATS, 'json');
    const by = queryChoice<AgendaGrouping>(c, 'by', ['action', 'unit'], 'action');
    const body = checkShape<AgendaBody>(await readJson(c), FIELDS);
    if (body.tickets.length > s.options.maxBatch) {
      throw new ApiError(413, 'BATCH_TOO_LARGE', {
        zh: `一次最多 ${s.options.maxBatch} 张工单（收到 ${body.tickets.length} 张）`,
        en: `at most ${s.options.maxBatch} tickets per request (got ${body.tickets.length})`,
      });
    }
    const issues = body.tickets.flatMap((t, i) =>
      ticketIssues(t).map((issue) => ({
        ...issue,
        path: issue.path === '(root)' ? `tickets[${i}]` : `tickets[${i}].${issue.path}`,
        pointer: `/tickets/${i}${issue.pointer}`,
      })),
    );
    if (issues.length > 0) throw ticketInvalid(issues);
    const state = s.rules.current();
    const agenda = await buildAgenda(state.catalog, state.calendar, body.tickets as Ticket[], {
      date: body.date,
      ...(body.at !== undefined ? { at: body.at } : {}),
      ...(body.office !== undefined ? { office: body.office } : {}),
      ...(body.ruleset !== undefined ? { rulesetId: body.ruleset } : {}),
    });
    refuseProvisional(s.options.strict, agenda.provisional, agenda.warnings, {
      zh: '待办中的期限计算',
      en: 'the agenda',
    });
    if (format === 'json') return c.json(agenda);
    c.header('Vary', 'Accept-Language');
    c.header('Content-Type', TYPES[format]);
    return c.body(renderAgenda(agenda, format, langOf(c), by));
  });
  return app;
}
