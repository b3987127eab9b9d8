/**
 * Schemas of the answers that are not decisions: health, ping, the calendar, the rule sets and the
 * run catalogue. Closed where the answer is small and stable, so the response tests catch a field
 * added to an answer without the document.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const text = closedObject(['zh', 'en'], { zh: str, en: str }, '中文与英文 / Chinese and English');

function closedObject(required: string[], properties: Record<string, unknown>, description?: string) {
  return { type: 'object', additionalProperties: false, required, properties, ...(description ? { description } : {}) };
}

const calendarRef = closedObject(['id', 'revision'], { id: str, revision: str });
const day = {
  date: { type: 'string', format: 'date' },
  weekday: { type: 'integer', minimum: 1, maximum: 7, description: '1 = 星期一 … 7 = 星期日 / Monday … Sunday' },
  working: { type: 'boolean', description: '是否工作日（含调休上班）/ a working day (make-up days included)' },
  kind: {
    type: 'string',
    enum: ['workday', 'weekend', 'off', 'makeup'],
    description: '工作日、周末、放假、调休上班 / workday, weekend, day off, make-up working day',
  },
  holiday: { oneOf: [{ type: 'null' }, ref('Text')], description: '所属节日 / the holiday it belongs to' },
  provisional: { type: 'boolean', description: '该年通知未载入 / the year’s notice is not loaded' },
};
const dayRequired = ['date', 'weekday', 'working', 'kind', 'holiday', 'provisional'];

const nullable = (type: string, description?: string) => ({
  type: [type, 'null'],
  ...(description ? { description } : {}),
});

export const RESPONSE_SCHEMAS: Record<string, unknown> = {
  Text: text,
  DecisionDeadline: closedObject(
    [
      'obligation',
      'ruleId',
      'clause',
      'responsible',
      'from',
      'fromAt',
      'period',
      'dueDate',
      'dueAt',
      'status',
      'doneAt',
      'remainingMs',
      'remainingWorkdays',
      'provisional',
    ],
    {
      obligation: { type: 'string', description: '义务，如 accept、complete / the obligation' },
      ruleId: str,
      clause: { type: 'string', description: '依据条款 / the clause' },
      responsible: { type: 'string', description: '责任方（规则集的角色）/ who (a role of the rule set)' },
      from: { type: 'string', description: '起算的时点 / the anchor counted from' },
      fromAt: str,
      period: { type: 'string', description: '期限，如 5个工作日 / the period' },
      dueDate: { type: 'string', format: 'date', description: '最后一日 / the last day' },
      dueAt: { type: 'string', description: '截止时刻（不含）/ end instant, exclusive' },
      status: { type: 'string', enum: ['met', 'late', 'pending', 'due-soon', 'overdue', 'lapsed'] },
      doneAt: nullable('string', '完成时刻 / when it was done'),
      remainingMs: nullable('integer', '剩余毫秒（逾期为负；已办为 null）/ ms left'),
      remainingWorkdays: nullable('integer', '剩余工作日 / working days left'),
      provisional: { type: 'boolean' },
      explanation: { ...ref('Text'), description: '计算说明（explain=deadlines 时）/ how it was counted' },
    },
  ),
  DecisionReminder: closedObject(['ruleId', 'clause', 'trigger', 'methods', 'message'], {
    ruleId: str,
    clause: str,
    trigger: { type: 'string', enum: ['not-accepted', 'due-soon', 'media-exposed'] },
    methods: { type: 'array', items: { type: 'string', enum: ['phone', 'online', 'written'] } },
    message: ref('Text'),
  }),
  DecisionNotification: closedObject(['ruleId', 'clause', 'to', 'timing', 'message'], {
    ruleId: str,
    clause: str,
    to: { type: 'array', items: str, description: '通知的角色 / roles notified' },
    timing: { type: 'string', enum: ['immediately', 'daily', 'monthly'] },
    message: ref('Text'),
  }),
  Health: closedObject(['ok', 'rules', 'calendar', 'uptimeSeconds', 'reloadError'], {
    ok: { type: 'boolean' },
    rules: closedObject(['revision', 'loadedAt'], { revision: str, loadedAt: str }),
    calendar: calendarRef,
    uptimeSeconds: { type: 'integer', minimum: 0 },
    reloadError: { type: 'boolean', description: '上次重新载入失败且未恢复 / the last reload failed' },
  }),
  Pong: closedObject(['pong'], { pong: { type: 'boolean', const: true } }),
  CalendarDay: closedObject([...dayRequired, 'calendar'], { ...day, calendar: calendarRef }),
  Ruleset: closedObject(['id', 'active', 'versions'], {
    id: str,
    active: { type: ['string', 'null'], description: '此刻生效的版本 / the version in force now' },
    versions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['version', 'title', 'effective', 'state', 'revision', 'files'],
        properties: {
          version: str,
          title: str,
          source: { type: 'object', description: '来源文件 / source document' },
          effective: { type: 'object', properties: { from: str, to: str } },
          lastDay: { type: ['string', 'null'] },
          state: { type: 'string', enum: ['past', 'in-force', 'future'] },
          revision: str,
          calendar: str,
          files: { type: 'array', items: str },
        },
      },
    },
  }),
  Rulesets: {
    type: 'object',
    required: ['revision', 'loadedAt', 'calendar', 'rulesets', 'keptPrevious', 'defaultRuleset', 'warnings'],
    properties: {
      revision: str,
      loadedAt: str,
      calendar: {
        type: 'object',
        properties: { id: str, revision: str, noticeYears: { type: 'array', items: { type: 'integer' } } },
      },
      rulesets: { type: 'array', items: ref('Ruleset') },
      keptPrevious: {
        type: 'array',
        description: '最近一次修改被拒、仍用原规则的规则集 / rule sets whose last edit was refused',
        items: { type: 'object', properties: { id: str, diagnostics: { type: 'array', items: ref('Diagnostic') } } },
      },
      defaultRuleset: { type: ['string', 'null'] },
      warnings: { type: 'array', items: ref('Diagnostic') },
      lastReloadAt: { type: ['string', 'null'] },
      lastReloadError: { type: ['object', 'null'] },
    },
  },
  Runs: closedObject(['total', 'runs'], {
    total: { type: 'integer', minimum: 0 },
    runs: { type: 'array', items: ref('Run'), description: '最新的在前 / newest first' },
  }),
};
