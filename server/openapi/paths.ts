/** The operations of the API, for `/openapi.json` and `/docs`. */
import { bearer, errors, jsonBody, jsonResponse, langParam, op, schemaRef } from './operation.ts';

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const runSource = '工单来源三选一：tickets、fixtures: true、generate / one ticket source';

export const PATHS: Record<string, unknown> = {
  '/v1/decisions': {
    post: {
      ...op('decideTickets', 'decisions'),
      summary: '对工单作出决定 / decide tickets',
      description:
        '`{ ticket }` → 一个决定；`{ tickets: [...] }`（最多 1,000 张）→ `{ decisions }`，顺序与输入一致。asOf 默认为当前时间。每个决定附 explanation（explain=none 或 view=summary 时不附）。默认按收单时生效的版本（新老划断）；`rules: { version }` 按指定版本（不论是否生效），`rules: { draft: { files } }` 按草稿（无效草稿 422，附诊断）。\n`{ ticket }` → one decision; `{ tickets }` → `{ decisions }` in input order, each with an explanation (not with explain=none or view=summary). By default each ticket is decided under the version in force when it was received; `rules: { version }` names a loaded version (in force or not), `rules: { draft: { files } }` a draft (422 with its diagnostics when invalid).',
      parameters: [
        langParam,
        { name: 'path', in: 'query', schema: { type: 'string', enum: ['engine', 'compiled'], default: 'compiled' } },
        { name: 'trace', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' } },
        {
          name: 'view',
          in: 'query',
          description:
            'full：完整决定（默认）；summary：每个决定只给 DecisionSummary（编号、版本、各期限的截止与状态、督办级别、可否退回或延期、提醒与通知的规则、警告条数），不含说明文字与追踪，约为完整决定的四分之一。\nfull: the whole decision (default); summary: each decision as a DecisionSummary (ids, version, each deadline’s end and status, supervision level, whether a return or an extension may be asked for, reminder and notification rules, warning count), no text and no trace — about a quarter of the size.',
          schema: { type: 'string', enum: ['full', 'summary'], default: 'full' },
        },
        {
          name: 'explain',
          in: 'query',
          description:
            'text：只有决定的说明 explanation（客户端语言，含每项期限的计算）；deadlines：另附每项期限的中英文计算说明；none：不附任何说明。view=summary 时只能是 none。\ntext: the decision’s explanation only (client language, each deadline recounted); deadlines: also each deadline’s zh/en counting text; none: no text at all. With view=summary only none.',
          schema: { type: 'string', enum: ['text', 'deadlines', 'none'], default: 'text' },
        },
      ],
      requestBody: jsonBody('DecisionRequest'),
      responses: {
        200: {
          description:
            '一个决定（Decision 或 view=summary 时 DecisionSummary），批量时 { decisions }；带 Vary: Accept-Language / one decision, or { decisions } for a batch; Vary: Accept-Language',
          headers: { Vary: { schema: { type: 'string', enum: ['Accept-Language'] } } },
          content: {
            'application/json': {
              schema: { oneOf: [schemaRef('Decision'), schemaRef('DecisionSummary'), schemaRef('DecisionBatch')] },
            },
          },
        },
        ...errors(400, 404, 413, 415, 422),
      },
    },
  },
  '/v1/deadlines': {
    post: {
      ...op('computeDeadline', 'calendar'),
      summary: '计算期限 / compute a deadline',
      parameters: [langParam],
      requestBody: jsonBody('DeadlineRequest'),
      responses: {
        200: jsonResponse('截止时间及说明 / due date and explanation', 'Deadline'),
        ...errors(400, 415, 422),
      },
    },
  },
  '/v1/calendar/{date}': {
    get: {
      ...op('getCalendarDay', 'calendar'),
      summary: '某日是否工作日 / one day of the calendar',
      parameters: [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }],
      responses: { 200: jsonResponse('日期信息 / day info', 'CalendarDay'), ...errors(400, 422) },
    },
  },
  '/v1/calendar': {
    get: {
      ...op('getCalendarMonth', 'calendar'),
      summary: '月历 / month grid',
      parameters: [
        {
          name: 'month',
          in: 'query',
          schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
          description: 'YYYY-MM，默认本月',
        },
      ],
      responses: {
        200: jsonResponse('月历及覆盖范围 / month grid and coverage'),
        ...errors(400, 422),
      },
    },
  },
  '/v1/calendar/impact': {
    post: {
      ...op('postCalendarImpact', 'calendar', bearer),
      summary: '新通知对未结工单的影响 / what a new notice changes in open tickets',
      description:
        'notice（一年的国务院办公厅通知，YAML 文本或同样结构的 JSON 对象，在内存中加入现行日历）或 calendar（整个日历文件的 YAML 文本）二选一；tickets 为未结工单（至多 maxBatch 张）。每张工单按现行日历与新日历各决定一次：列出移动的期限（原 → 新，按新日历的工作日计）、变化的状态、不再是临时结果的决定。不写入任何文件。通知有误时 422 NOTICE_INVALID，附行列。\nExactly one of notice (one year, YAML text or the same as JSON) and calendar (a whole calendar file, YAML text); each ticket is decided under the calendar in force and the new one. Nothing is written. A bad notice is a 422 NOTICE_INVALID with line and column.',
      parameters: [langParam, { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'md'] } }],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              required: ['tickets'],
              properties: {
                notice: { oneOf: [{ type: 'string' }, { type: 'object' }] },
                calendar: { type: 'string' },
                tickets: { type: 'array', items: schemaRef('Ticket') },
                asOf: { type: 'string', format: 'date-time' },
                ruleset: { type: 'string' },
              },
            },
          },
        },
      },
      responses: { 200: jsonResponse('影响 / impact'), ...errors(400, 401, 413, 415, 422) },
    },
  },
  '/v1/rulesets': {
    get: {
      ...op('listRulesets', 'rules'),
      summary: '已载入的规则版本及上次重新载入错误 / loaded versions, last reload error',
      parameters: [langParam],
      responses: { 200: jsonResponse('规则集 / rule sets', 'Rulesets'), ...errors(405) },
    },
  },
  '/v1/rulesets/{id}': {
    get: {
      ...op('getRuleset', 'rules'),
      summary: '一个规则集 / one rule set',
      parameters: [idParam],
      responses: { 200: jsonResponse('规则集 / rule set', 'Ruleset'), ...errors(404) },
    },
  },
  '/v1/rulesets/{id}/{version}/files': {
    get: {
      ...op('getRulesetFiles', 'rules'),
      summary: '一个规则版本各文件的文本 / the text of a version’s files',
      description:
        '用于以某一版本为底稿、替换其中一个文件后作为草稿 { files } 提交。规则集或版本不存在时 404（RULESET_UNKNOWN、VERSION_UNKNOWN）。\nTo build a draft { files } from a version with one file replaced. 404 RULESET_UNKNOWN or VERSION_UNKNOWN.',
      parameters: [idParam, { name: 'version', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: jsonResponse('文件 / files', 'RulesetFiles'), ...errors(404) },
    },
  },
  '/v1/rulesets/{id}/{version}/law': {
    get: {
      ...op('getRulesetLaw', 'rules'),
      summary: '法规对照：条款与引用它的规则、开放解读及其设置、无规则引用的条款 / the law beside the rules',
      description:
        '按原文顺序列出条款（标题、原文或规则引用的原文）、引用每条的规则元素（种类、标识、文件:行）、开放解读（设置、取值、注释）与没有规则引用的条款。规则集或版本不存在时 404。\nClauses in document order with the rule elements citing each (kind, id, file:line), the open readings with their settings and notes, and the clauses no rule cites. 404 RULESET_UNKNOWN or VERSION_UNKNOWN.',
      parameters: [idParam, { name: 'version', in: 'path', required: true, schema: { type: 'string' } }, langParam],
      responses: { 200: jsonResponse('法规对照 / law beside the rules', 'LawView'), ...errors(404) },
    },
  },
  '/v1/fixtures': {
    get: {
      ...op('listFixtures', 'tickets'),
      summary: '随附的示例工单 / the shipped fixture tickets',
      description:
        'fixtures/tickets 中的全部工单（按编号去重，文件顺序），与运行请求中 fixtures: true 的工单及顺序相同。\nEvery distinct ticket of fixtures/tickets, in the order a run with fixtures: true uses.\ncases：具名测试用例（名称、决定时刻 asOf、所在文件与行），index 为其工单在 tickets 中的序号。\ncases: the named test cases (name, their own asOf, file and line); index is the position of their ticket in tickets.',
      responses: { 200: jsonResponse('工单 / tickets', 'Fixtures'), ...errors(405) },
    },
  },
  '/v1/tickets/generated': {
    post: {
      ...op('getGeneratedTicket', 'tickets'),
      summary: '取回一张生成的工单 / one generated ticket, by index',
      description:
        '生成器按种子确定：与运行请求中同一 generate 的第 index 张工单完全相同（从 0 起），用于展开比较结果中某一行的说明。序号超出时 404 TICKET_NOT_FOUND。\nThe generator is deterministic: ticket `index` (from 0) of the same `generate` a run used, to explain one row of a comparison. 404 TICKET_NOT_FOUND past the end.',
      requestBody: jsonBody('GeneratedTicketRequest'),
      responses: { 200: jsonResponse('工单 / ticket', 'GeneratedTicket'), ...errors(400, 404) },
    },
  },
  '/v1/validate': {
    post: {
      ...op('validateFile', 'rules'),
      summary: '校验规则或日历文件 / validate a rules or calendar file',
      description:
        '文本（text/plain、application/yaml，可加 ?filename=&kind=）或 JSON。诊断的行列与命令行一致。\nDiagnostics carry the same line and column as the CLI.',
      parameters: [langParam],
      requestBody: {
        required: true,
        content: {
          'text/plain': { schema: { type: 'string' } },
          'application/yaml': { schema: { type: 'string' } },
          'application/json': { schema: schemaRef('ValidateRequest') },
        },
      },
      responses: { 200: jsonResponse('诊断 / diagnostics', 'ValidateResult'), ...errors(400, 413, 415) },
    },
  },
  '/v1/simulations': {
    post: {
      ...op('startSimulation', 'runs', bearer),
      summary: '开始规则模拟（后台运行）/ start a simulation',
      description: `版本、草稿 { files } 或按收单时生效的版本。${runSource}`,
      requestBody: jsonBody('SimulationRequest'),
      responses: { 202: jsonResponse('已受理 / accepted', 'RunAccepted'), ...errors(400, 401, 404, 413, 415, 422) },
    },
    get: {
      ...op('listRuns', 'runs'),
      summary: '运行目录 / the run catalogue',
      parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
      responses: { 200: jsonResponse('运行 / runs', 'Runs'), ...errors(405) },
    },
  },
  '/v1/simulations/{id}': {
    get: {
      ...op('getRun', 'runs'),
      summary: '运行状态、进度、汇总 / status, progress, summary',
      parameters: [idParam],
      responses: { 200: jsonResponse('运行 / run', 'Run'), ...errors(404) },
    },
    delete: {
      ...op('cancelRun', 'runs', bearer),
      summary:
        '取消未完成的运行；remove=true 删除已结束的运行及其结果 / cancel; remove=true deletes a finished run and its results',
      parameters: [
        idParam,
        {
          name: 'remove',
          in: 'query',
          description:
            '删除已结束（含中断）的运行记录与结果文件 / delete a finished (or interrupted) run: its record and files',
          schema: { type: 'string', enum: ['true'] },
        },
      ],
      responses: {
        200: {
          description:
            '取消后的运行，或 remove=true 时 { id, removed: true } / the cancelled run, or { id, removed } with remove=true',
          content: {
            'application/json': { schema: { oneOf: [schemaRef('Run'), schemaRef('RunRemoved')] } },
          },
        },
        ...errors(401, 404, 409),
      },
    },
  },
  '/v1/simulations/{id}/results': {
    get: {
      ...op('getRunResults', 'runs'),
      summary: '运行结果 / results',
      parameters: [
        idParam,
        langParam,
        {
          name: 'format',
          in: 'query',
          schema: { type: 'string', enum: ['json', 'csv', 'md', 'jsonl'], default: 'json' },
        },
      ],
      responses: {
        200: {
          description:
            '报告（JSON、CSV、Markdown）或逐张结果（JSON Lines；中断的运行只给已写出的部分，带 X-Partial: true）/ report or rows (JSON Lines; an interrupted run gives the rows it wrote, with X-Partial: true)',
          content: {
            'application/json': { schema: { oneOf: [schemaRef('SimulationReport'), schemaRef('Comparison')] } },
            'text/csv': { schema: { type: 'string' } },
            'text/markdown': { schema: { type: 'string' } },
            'application/x-ndjson': { schema: { type: 'string', description: '每行一个结果 / one result a line' } },
          },
        },
        ...errors(400, 404, 409),
      },
    },
  },
  '/v1/compare': {
    post: {
      ...op('compareVersions', 'runs', bearer),
      summary: '比较两个规则版本 / compare two versions',
      description: `小批量立即返回比较结果；大批量后台运行（202）。${runSource}`,
      parameters: [langParam, { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'md'] } }],
      requestBody: jsonBody('CompareRequest'),
      responses: {
        200: {
          description: '比较结果（小批量）/ the comparison (small batches)',
          content: {
            'application/json': { schema: schemaRef('Comparison') },
            'text/csv': { schema: { type: 'string' } },
            'text/markdown': { schema: { type: 'string' } },
          },
        },
        202: jsonResponse('已受理 / accepted', 'RunAccepted'),
        ...errors(400, 401, 404, 413, 415, 422),
      },
    },
  },
  '/v1/agenda': {
    post: {
      ...op('postAgenda', 'agenda'),
      summary: '每日待办 / the daily agenda',
      description:
        '对未结工单（至多 maxBatch 张）在议程日（date，默认决定时刻为当日 08:30）作出决定，按各工单规则集自己的提醒、期限、审批、督办与报送规则列出当天要做的事：按办公室，再按事项（byAction）与单位（byUnit）分组，每行附条款与期限，名称中英文俱全。format=md|csv|table 时按客户端语言返回文本（by=unit 按单位分组）。与 `hotline agenda` 相同。\nThe day’s work across open tickets, from each ticket’s own rule set: per office, grouped by action and by unit, each line with its clause and deadline, every label in both languages. format=md|csv|table answers text in the client’s language (by=unit groups by unit). The same as `hotline agenda`.',
      parameters: [
        langParam,
        {
          name: 'format',
          in: 'query',
          schema: { type: 'string', enum: ['json', 'md', 'csv', 'table'], default: 'json' },
        },
        { name: 'by', in: 'query', schema: { type: 'string', enum: ['action', 'unit'], default: 'action' } },
      ],
      requestBody: jsonBody('AgendaRequest'),
      responses: {
        200: {
          description: '待办（JSON，或按 format 的文本）；带 Vary: Accept-Language / the agenda, or its text',
          content: {
            'application/json': { schema: schemaRef('Agenda') },
            'text/markdown': { schema: { type: 'string' } },
            'text/csv': { schema: { type: 'string' } },
            'text/plain': { schema: { type: 'string' } },
          },
        },
        ...errors(400, 413, 415, 422),
      },
    },
  },
  '/v1/assessments': {
    post: {
      ...op('assessUnits', 'assessments'),
      summary: '单位与月度考核（2.7、2.9、2.5、4.8、5.2）/ unit and month assessment',
      parameters: [
        langParam,
        { name: 'month', in: 'query', schema: { type: 'string' } },
        { name: 'ruleset', in: 'query', schema: { type: 'string' } },
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: schemaRef('AssessmentInput') },
          'application/yaml': { schema: { type: 'string' } },
          'text/csv': { schema: { type: 'string' } },
        },
      },
      responses: { 200: jsonResponse('考核结果 / assessment', 'Assessment'), ...errors(400, 404, 415, 422) },
    },
  },
  '/healthz': {
    get: {
      ...op('health', 'service'),
      summary: '健康检查：规则与日历版本、运行时间 / health',
      responses: { 200: jsonResponse('健康 / health', 'Health'), ...errors(405) },
    },
  },
  '/v1/ping': {
    get: {
      ...op('ping', 'service'),
      summary: '最简路由（基准测试对照）/ trivial route',
      responses: { 200: jsonResponse('pong', 'Pong'), ...errors(405) },
    },
  },
};
