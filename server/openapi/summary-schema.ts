/**
 * `DecisionSummary` (the answer of `?view=summary`, engine/evaluate/summarize-core.ts) and the batch
 * envelope. Self-contained and closed (`additionalProperties: false`): the server tests validate
 * real summary answers against it, so a field added to the summary without the schema fails there.
 */
const str = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });
const closed = (required: string[], properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  additionalProperties: false,
  ...(description ? { description } : {}),
  required,
  properties,
});
const action = {
  oneOf: [
    { type: 'null' },
    closed(['allowedNow', 'windowEndsAt'], {
      allowedNow: { type: 'boolean', description: '此刻可否申请 / may be asked for now' },
      windowEndsAt: { type: ['string', 'null'], description: '申请期限 / end of the window' },
    }),
  ],
};

export const DECISION_SUMMARY = closed(
  [
    'decisionId',
    'ticketId',
    'asOf',
    'nextChangeAt',
    'ruleset',
    'provisional',
    'ticketTypeId',
    'deadlines',
    'escalation',
    'actions',
    'reminders',
    'notifications',
    'warnings',
  ],
  {
    decisionId: str(),
    ticketId: str(),
    asOf: str('决定时刻 / the decision instant'),
    nextChangeAt: {
      type: ['string', 'null'],
      description:
        '无新事件时本决定下次变化的时刻（到时再问）；null 表示不会仅因时间推移而变 / when, with no new event, this decision next changes (ask again then); null: never by time alone',
    },
    ruleset: closed(['id', 'version'], { id: str(), version: str() }),
    provisional: { type: 'boolean', description: '用到未公布年份的日历 / touches an unpublished calendar year' },
    ticketTypeId: str('工单类型 / ticket type id'),
    deadlines: {
      type: 'array',
      items: closed(['obligation', 'dueAt', 'dueDate', 'status', 'remainingMs'], {
        obligation: str(),
        dueAt: str('截止时刻（不含）/ end instant, exclusive'),
        dueDate: str('最后一日 / last day'),
        status: { type: 'string', enum: ['met', 'late', 'pending', 'due-soon', 'overdue', 'lapsed'] },
        remainingMs: { type: ['integer', 'null'], description: '剩余毫秒（逾期为负；已办为 null）/ ms left' },
      }),
    },
    escalation: {
      description:
        '督办级别：回访触发（revisit，附重办期限）或逾期触发（overdue，附逾期的义务）/ the level in force: by revisit (with the redo deadline) or by time overdue (with the overdue obligation)',
      oneOf: [
        { type: 'null' },
        closed(['trigger', 'level', 'supervisor', 'redoDueAt'], {
          trigger: { type: 'string', enum: ['revisit'] },
          level: { type: 'integer' },
          supervisor: str(),
          redoDueAt: str(),
        }),
        closed(['trigger', 'level', 'supervisor', 'of'], {
          trigger: { type: 'string', enum: ['overdue'] },
          level: { type: 'integer' },
          supervisor: str(),
          of: str('逾期的义务 / the overdue obligation'),
        }),
      ],
    },
    actions: closed(['return', 'extension'], { return: action, extension: action }),
    reminders: { type: 'array', items: str(), description: '提醒的规则 id / reminder rule ids' },
    notifications: { type: 'array', items: str(), description: '通知的规则 id / notification rule ids' },
    warnings: { type: 'integer', minimum: 0, description: '警告条数（view=full 给出全文）/ how many warnings' },
  },
  '?view=summary：对接工单平台所需的最小决定（无名称、说明、追踪）/ the lean decision for an integrating ticket platform',
);

export const DECISION_BATCH = {
  type: 'object',
  required: ['decisions'],
  properties: {
    decisions: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/components/schemas/Decision' }, { $ref: '#/components/schemas/DecisionSummary' }] },
      description: '与输入同序 / in input order',
    },
  },
};
