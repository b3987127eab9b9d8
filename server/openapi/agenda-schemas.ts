/**
 * Schemas of `POST /v1/agenda` (engine/agenda/types.ts): the request, and the agenda — closed at
 * the top level and per line, so a field added to the agenda without the document fails the
 * response tests. Every label is `Text` (both languages), so one answer serves a page in either.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const text = ref('Text');
const closed = (required: string[], properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
  ...(description ? { description } : {}),
});
const person = closed(['role', 'name'], { role: str, name: text });
const nullable = (schema: unknown) => ({ oneOf: [{ type: 'null' }, schema] });

const deadline = closed(
  [
    'obligation',
    'obligationName',
    'ruleId',
    'clause',
    'clauseLabel',
    'period',
    'dueDate',
    'dueAt',
    'status',
    'remainingWorkdays',
  ],
  {
    obligation: str,
    obligationName: text,
    ruleId: str,
    clause: str,
    clauseLabel: text,
    period: str,
    dueDate: { type: 'string', format: 'date' },
    dueAt: { type: 'string', format: 'date-time' },
    status: str,
    remainingWorkdays: {
      oneOf: [{ type: 'null' }, { type: 'integer' }],
      description: '议程日之后到截止日的工作日数（逾期为负；按小时计的时限为 null）/ working days left',
    },
  },
);

const supervision = closed(['level', 'levelName', 'escalationName', 'supervisor', 'clause', 'clauseLabel'], {
  level: { type: 'integer' },
  levelName: text,
  escalationName: text,
  supervisor: person,
  clause: str,
  clauseLabel: text,
});

const line = closed(
  [
    'ticketId',
    'unit',
    'action',
    'group',
    'urgency',
    'what',
    'who',
    'by',
    'supervision',
    'ruleId',
    'clause',
    'clauseLabel',
    'deadline',
    'methods',
    'version',
  ],
  {
    ticketId: str,
    unit: nullable(str),
    action: { type: 'string', enum: ['remind', 'deadline', 'approve', 'follow-up', 'report'] },
    group: str,
    urgency: { type: 'string', enum: ['overdue', 'due-today', 'due-soon', 'awaiting', 'due', 'new'] },
    what: text,
    who: { type: 'array', items: person },
    by: nullable(person),
    supervision: nullable(supervision),
    ruleId: str,
    clause: str,
    clauseLabel: text,
    deadline: nullable(deadline),
    methods: { type: 'array', items: text },
    version: str,
  },
  '待办的一行 / one line of the agenda',
);

const group = closed(['key', 'label', 'lines'], {
  key: str,
  label: text,
  lines: { type: 'array', items: { type: 'integer', minimum: 0 }, description: 'lines 中的序号 / indexes into lines' },
});

const office = closed(['id', 'title', 'versions', 'tickets', 'lines', 'byAction', 'byUnit'], {
  id: str,
  title: text,
  versions: { type: 'array', items: str },
  tickets: { type: 'integer', minimum: 0 },
  lines: { type: 'array', items: line },
  byAction: { type: 'array', items: group },
  byUnit: { type: 'array', items: group },
});

export const AGENDA_SCHEMAS: Record<string, unknown> = {
  AgendaRequest: closed(
    ['tickets', 'date'],
    {
      tickets: { type: 'array', items: ref('Ticket'), description: '未结工单 / the open tickets' },
      date: { type: 'string', format: 'date', description: '议程日 / the agenda day' },
      at: {
        type: 'string',
        format: 'date-time',
        description: '决定时刻，默认为议程日 08:30（北京时间）/ decision instant (default 08:30 Beijing time)',
      },
      office: { type: 'string', description: '只列一个办公室（规则集编号）/ one office only (rule set id)' },
      ruleset: { type: 'string', description: '无 ruleset 字段的工单按此规则集 / rule set for tickets naming none' },
    },
    '每日待办请求 / an agenda request',
  ),
  Agenda: closed(
    ['kind', 'date', 'asOf', 'since', 'office', 'offices', 'counts', 'rejected', 'provisional', 'warnings'],
    {
      kind: { type: 'string', const: 'agenda' },
      date: { type: 'string', format: 'date' },
      asOf: { type: 'string', format: 'date-time' },
      since: {
        type: 'string',
        format: 'date-time',
        description: '上一次议程的时刻（新增报送自此起）/ the previous agenda (notices new since then)',
      },
      office: nullable(str),
      offices: { type: 'array', items: office },
      counts: closed(['tickets', 'decided', 'lines', 'rejected'], {
        tickets: { type: 'integer', minimum: 0 },
        decided: { type: 'integer', minimum: 0 },
        lines: { type: 'integer', minimum: 0 },
        rejected: { type: 'integer', minimum: 0 },
      }),
      rejected: {
        type: 'array',
        items: closed(['index', 'code', 'message'], {
          index: { type: 'integer', minimum: 0 },
          ticketId: str,
          file: str,
          line: { type: 'integer', minimum: 1 },
          code: str,
          message: text,
        }),
      },
      provisional: { type: 'boolean' },
      warnings: { type: 'array', items: text },
    },
    '每日待办：按办公室，逐行列出事项、条款与期限 / the daily agenda',
  ),
};
