/**
 * `GET /v1/simulations/{id}/results?format=json|csv|md|jsonl`: the report of a finished run in the
 * engine's formats (CSV: UTF-8 with BOM and Chinese headers; Markdown), or its per-ticket rows as
 * JSON Lines. 409 while the run has not finished.
 */
import { Readable } from 'node:stream';
import type { Handler } from 'hono';
import { type ComparisonResult, renderReport, type SimulationResult } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { langOf } from '../http/lang.ts';
import { queryChoice } from '../http/query.ts';
import { runNotFound } from '../http/run-responses.ts';
import type { Services } from '../services.ts';

const TYPES = { csv: 'text/csv; charset=utf-8', md: 'text/markdown; charset=utf-8' } as const;

export function runResultsRoute(s: Services): Handler<AppEnv> {
  return (c) => {
    const id = c.req.param('id') ?? '';
    const run = s.runs.get(id);
    if (!run) throw runNotFound(id);
    const format = queryChoice(c, 'format', ['json', 'csv', 'md', 'jsonl'], 'json');
    // An interrupted run's partial rows stay readable as JSON Lines (marked by X-Partial).
    const partial = run.status === 'interrupted' && run.files?.partial === true && format === 'jsonl';
    if (run.status !== 'done' && !partial) {
      throw new ApiError(409, 'RUN_NOT_FINISHED', {
        zh: `运行 ${id} 尚未完成（${run.status}），没有结果`,
        en: `run ${id} has not finished (${run.status}); no results yet`,
      });
    }
    if (format === 'jsonl') {
      const rows = s.runs.rows(id);
      if (!rows) throw runNotFound(id);
      return c.body(Readable.toWeb(rows) as ReadableStream, 200, {
        'Content-Type': 'application/x-ndjson',
        ...(partial ? { 'X-Partial': 'true' } : {}),
      });
    }
    const report = s.runs.report<SimulationResult | ComparisonResult>(id);
    if (!report) throw runNotFound(id);
    if (format === 'json') return c.json(report);
    return c.body(renderReport(report, format, langOf(c)), 200, {
      'Content-Type': TYPES[format],
      'Content-Disposition': `inline; filename="${id}.${format}"`,
    });
  };
}
