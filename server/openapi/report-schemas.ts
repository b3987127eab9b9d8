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

const int = { type: 'integer' };
/** One size of change and how many changes had it (`groupChanges`): "提前1个工作日 ×1322". */
const changeSize = {
  type: 'object',
  required: ['size', 'count'],
  properties: {
    size: {
      type: 'string',
      enum: ['workdays', 'hours', 'value', 'event'],
      description:
        'workdays/hours：期限移动 n 个工作日或同日 n 小时（负数为提前）；value：取值 from → to；event：增加或取消 / moved by n working days or hours (negative: earlier); a value from → to; added or removed',
    },
    n: { type: 'number' },
    from: str,
    to: str,
    count: { ...int, minimum: 1 },
  },
};
const changeGroup = {
  type: 'object',
  required: ['kind', 'clause', 'ruleId', 'subject', 'tickets', 'outcomes', 'bySize'],
  properties: {
    kind: {
      type: 'string',
      enum: [
        'type',
        'deadline',
        'deadline-added',
        'deadline-removed',
        'status',
        'escalation',
        'action',
        'reminder-added',
        'reminder-removed',
      ],
    },
    clause: str,
    ruleId: str,
    subject: { ...str, description: '期限、操作或提醒 / the obligation, action or trigger' },
    tickets: int,
    outcomes: {
      type: 'object',
      additionalProperties: int,
      description: '每种“原值→新值”（期限为工作日偏移）的张数 / tickets per from→to (working-day shift for deadlines)',
    },
    bySize: { type: 'array', items: changeSize, description: '按种类与大小汇总 / the outcomes summed by size' },
  },
};

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
      groups: { type: 'array', items: changeGroup, description: '按变化种类分组 / changes by kind' },
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
