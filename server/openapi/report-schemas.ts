/**
 * Schemas of the reports: a simulation's (`/v1/simulations/{id}/results`), a comparison's
 * (`/v1/compare`, or the results of a comparison run) and an assessment. Closed at the top level,
 * so a section added to a report without the document fails the response tests; the sections
 * themselves are described, not closed.
 */
const str = { type: 'string' };
const obj = (description: string) => ({ type: 'object', description });
const top = (required: string[], properties: Record<string, unknown>, description: string) => ({
  type: 'object',
  additionalProperties: false,
  description,
  required,
  properties,
});
const listed = (description: string) => ({
  type: 'object',
  description,
  required: ['items', 'omitted'],
  properties: {
    items: { type: 'array', items: { type: 'object' } },
    omitted: { type: 'integer', minimum: 0, description: '超出上限未列出的条数 / how many were left out' },
  },
});
const rejected = listed('无效工单：序号、字段与原因 / the invalid tickets, with field and reason');
const stats = obj('用时、吞吐、线程 / time, throughput, threads');

export const REPORT_SCHEMAS: Record<string, unknown> = {
  SimulationReport: top(
    ['kind', 'meta', 'summary', 'rejected', 'stats'],
    {
      kind: { type: 'string', const: 'simulation' },
      meta: obj('决定时刻、计算路径、日历、版本 / asOf, path, calendar, versions'),
      summary: obj('按版本、类型、期限状态、督办、提醒、通知的计数 / counts by version, type, status …'),
      rejected,
      stats,
    },
    '模拟报告 / a simulation report',
  ),
  Comparison: top(
    ['kind', 'meta', 'totals', 'groups', 'tickets', 'rejected', 'stats'],
    {
      kind: { type: 'string', const: 'comparison' },
      meta: obj('决定时刻、计算路径、日历、基准与候选版本 / asOf, path, calendar, base, candidate'),
      totals: obj('工单、已决定、无效、变化与未变的张数 / ticket counts, changed and unchanged'),
      groups: { type: 'array', items: { type: 'object' }, description: '按变化种类分组 / changes by kind' },
      tickets: listed('变化的工单 / the changed tickets'),
      rejected,
      stats,
    },
    '两个版本的比较 / a comparison of two versions',
  ),
  Assessment: top(
    [
      'ruleset',
      'calendar',
      'month',
      'provisional',
      'rankings',
      'interviews',
      'fieldVisits',
      'writtenExplanations',
      'knowledgeBase',
      'warnings',
      'explanation',
    ],
    {
      ruleset: { type: 'object', properties: { id: str, version: str, revision: str } },
      calendar: { type: 'object', properties: { id: str, revision: str } },
      month: { type: ['string', 'null'] },
      provisional: { type: 'boolean' },
      rankings: { type: 'array', items: { type: 'object' } },
      interviews: { type: 'array', items: { type: 'object' } },
      fieldVisits: { type: 'array', items: { type: 'object' } },
      writtenExplanations: { type: 'array', items: { type: 'object' } },
      knowledgeBase: { type: 'array', items: { type: 'object' } },
      warnings: { type: 'array' },
      explanation: { type: 'string', description: '按语言的说明 / explanation in the client language' },
    },
    '单位与月度考核 / the unit and month assessment',
  ),
};
