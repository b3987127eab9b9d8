/** Schemas of the HTTP envelopes (requests around the engine's schemas, and responses). */
import { DECISION_BATCH, DECISION_SUMMARY } from './summary-schema.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string) => ({ type: 'string', description });
const instant = ref('Ticket_instant');
const version = {
  description: '版本号（"sheshan-12345/2025-04-14" 或 "2025-04-14"）或草稿 { files } / a version, or a draft',
  oneOf: [{ type: 'string' }, ref('DraftFiles')],
};
const tickets = {
  tickets: { type: 'array', items: ref('Ticket'), description: '工单（逐张校验，无效的列入报告）/ inline tickets' },
  fixtures: { type: 'boolean', description: '使用 fixtures/tickets 中的全部工单 / every fixture ticket' },
  generate: ref('Generate'),
  asOf: { ...instant, description: '决定时刻，默认为当前时间 / decision instant (default: now)' },
  path: { type: 'string', enum: ['compiled', 'engine'], default: 'compiled' },
};

export const API_SCHEMAS: Record<string, unknown> = {
  Error: {
    type: 'object',
    required: ['code', 'message', 'issues'],
    properties: {
      code: str('稳定的错误代码 / stable error code'),
      message: str('按 Accept-Language 的中文或英文说明 / message in zh or en'),
      issues: { type: 'array', items: ref('Issue') },
    },
  },
  Issue: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      path: str('字段路径，如 ticket.contacts[2].at / field path'),
      pointer: str('JSON Pointer'),
      file: { type: 'string' },
      line: { type: 'integer' },
      col: { type: 'integer' },
      severity: { type: 'string', enum: ['error', 'warning'] },
    },
  },
  Diagnostic: {
    type: 'object',
    required: ['file', 'line', 'col', 'severity', 'code', 'message', 'pointer'],
    properties: {
      file: { type: 'string' },
      line: { type: 'integer' },
      col: { type: 'integer' },
      severity: { type: 'string', enum: ['error', 'warning'] },
      code: { type: 'string' },
      message: { type: 'string' },
      pointer: { type: 'string' },
    },
  },
  DecisionRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ticket: ref('Ticket'),
      tickets: { type: 'array', items: ref('Ticket'), maxItems: 1000 },
      asOf: { ...instant, description: '决定时刻，默认为当前时间 / default: now' },
      ruleset: str('规则集（载入多个时；不与 rules 同用）/ rule set id (not with rules)'),
      rules: ref('DecisionRules'),
    },
  },
  DecisionRules: {
    description:
      '按哪个版本决定（二选一）；缺省为收单时生效的版本 / which version decides (one of); default: the version in force when the ticket was received',
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties: {
          version: str(
            '已载入的版本（"sheshan-12345/2025-04-14" 或 "2025-04-14"），不论是否生效 / a loaded version, in force or not',
          ),
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['draft'],
        properties: { draft: ref('DraftFiles') },
      },
    ],
  },
  LawView: {
    type: 'object',
    required: ['ruleset', 'source', 'clauses', 'uncited', 'unknownCitations', 'readings', 'counts'],
    properties: {
      ruleset: {
        type: 'object',
        required: ['id', 'version', 'revision', 'title'],
        properties: {
          id: { type: 'string' },
          version: { type: 'string' },
          revision: { type: 'string' },
          title: { type: 'string' },
        },
      },
      source: {
        type: 'object',
        required: ['document', 'issued', 'issuer'],
        properties: {
          document: { type: 'string' },
          number: { type: 'string' },
          issued: { type: 'string' },
          issuer: { type: 'string' },
        },
      },
      clauses: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'cite', 'heading', 'text', 'textFrom', 'evaluable', 'citedBy', 'readings'],
          properties: {
            id: { type: 'string' },
            cite: { type: 'string' },
            heading: { type: 'string' },
            gloss: { type: 'string' },
            text: { type: 'array', items: { type: 'string' } },
            textFrom: { type: 'string', enum: ['vocabulary', 'rules', 'none'] },
            evaluable: { type: 'boolean' },
            citedBy: { type: 'array', items: ref('LawCitation') },
            readings: {
              type: 'array',
              items: { type: 'integer' },
              description: 'readings 的下标 / indexes into readings',
            },
          },
        },
      },
      uncited: { type: 'array', items: { type: 'string' }, description: '没有规则引用的条款 / clauses no rule cites' },
      unknownCitations: { type: 'array', items: ref('LawCitation') },
      readings: {
        type: 'array',
        items: {
          type: 'object',
          required: ['setting', 'name', 'value', 'stated', 'clauses', 'note', 'file', 'line', 'col'],
          properties: {
            setting: { type: 'string' },
            name: { type: 'string' },
            value: {},
            stated: { type: 'boolean' },
            clauses: { type: 'array', items: { type: 'string' } },
            note: {
              type: 'object',
              required: ['zh', 'en'],
              properties: { zh: { type: 'string' }, en: { type: 'string' } },
            },
            file: { type: 'string' },
            line: { type: 'integer' },
            col: { type: 'integer' },
          },
        },
      },
      counts: {
        type: 'object',
        required: ['clauses', 'cited', 'uncited', 'citations', 'readings'],
        properties: {
          clauses: { type: 'integer' },
          cited: { type: 'integer' },
          uncited: { type: 'integer' },
          citations: { type: 'integer' },
          readings: { type: 'integer' },
        },
      },
    },
  },
  LawCitation: {
    type: 'object',
    required: ['kind', 'kindName', 'clause', 'id', 'file', 'line', 'col'],
    properties: {
      kind: { type: 'string' },
      kindName: { type: 'string' },
      clause: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      text: { type: 'string' },
      file: { type: 'string' },
      line: { type: 'integer' },
      col: { type: 'integer' },
    },
  },
  RulesetFiles: {
    type: 'object',
    required: ['id', 'version', 'revision', 'files'],
    properties: {
      id: { type: 'string' },
      version: { type: 'string' },
      revision: { type: 'string' },
      files: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: '文件名（如 index.yaml、ticket-types.yaml）→ 文本 / file name → text',
      },
    },
  },
  Fixtures: {
    type: 'object',
    required: ['tickets', 'cases'],
    properties: {
      tickets: { type: 'array', items: ref('Ticket') },
      cases: {
        type: 'array',
        description: '具名测试用例及其决定时刻 / the named test cases, each with its own asOf',
        items: ref('FixtureCase'),
      },
    },
  },
  FixtureCase: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'asOf', 'ticketId', 'index', 'clauses', 'file', 'line'],
    properties: {
      name: { type: 'string', description: '用例名称 / case name' },
      asOf: { type: 'string', format: 'date-time', description: '用例的决定时刻 / the moment the case decides at' },
      ticketId: { type: 'string' },
      index: {
        type: 'integer',
        minimum: 0,
        description: '工单在 tickets 中的序号 / position of its ticket in tickets',
      },
      clauses: { type: 'array', items: { type: 'string' } },
      file: { type: 'string', description: '用例文件 / case file' },
      line: { type: 'integer', minimum: 1 },
    },
  },
  GeneratedTicketRequest: {
    type: 'object',
    required: ['generate', 'index'],
    properties: { generate: ref('Generate'), index: { type: 'integer', minimum: 0 } },
  },
  GeneratedTicket: {
    type: 'object',
    required: ['index', 'ticket'],
    properties: { index: { type: 'integer' }, ticket: ref('Ticket') },
  },
  Decision: {
    type: 'object',
    additionalProperties: false,
    description: '一张工单的决定：期限、状态、督办、可办事项、核查、通知、依据条款 / one decision',
    required: [
      'decisionId',
      'ticketId',
      'asOf',
      'nextChangeAt',
      'ruleset',
      'calendar',
      'counting',
      'settings',
      'provisional',
      'ticketType',
      'deadlines',
    ],
    properties: {
      decisionId: { type: 'string' },
      ticketId: { type: 'string' },
      asOf: { type: 'string' },
      nextChangeAt: {
        type: ['string', 'null'],
        description:
          '无新事件时本决定下次变化的时刻（期限届满、进入临期、窗口关闭、达到督办阈值……），到时再问；null 表示不会仅因时间推移而变 / when, with no new event, this decision next changes (a deadline passes, due-soon starts, a window closes, a threshold is reached): ask again then; null: never by time alone',
      },
      ruleset: {
        type: 'object',
        properties: { id: { type: 'string' }, version: { type: 'string' }, revision: { type: 'string' } },
      },
      calendar: { type: 'object', properties: { id: { type: 'string' }, revision: { type: 'string' } } },
      counting: {
        type: 'object',
        description: '计算期限的规则（起算日、自然日末日遇假日、严格模式）/ how periods were counted',
        properties: {
          startDayCounted: { type: 'boolean' },
          naturalDayEndOnHoliday: { type: 'string', enum: ['keep', 'next-working-day'] },
          strict: { type: 'boolean' },
        },
      },
      settings: {
        type: 'object',
        description:
          '本决定适用的开放解读设置（取自规则集）/ the open-reading settings that applied, from the rule set',
        properties: {
          escalationMode: { type: 'string', enum: ['ladder', 'elapsed-workdays', 'consecutive-unsatisfied'] },
          thresholdsFollowExtension: { type: 'boolean' },
          cityRevisitGoverns: { type: 'boolean' },
          extensionGrant: { type: 'string', enum: ['requested-days', 'full-cap'] },
          extensionAlsoMoves: { type: 'array', items: { type: 'string' } },
          reviewBlocksCompletion: { type: 'boolean' },
          naturalDayEndOnHoliday: { type: 'string', enum: ['keep', 'next-working-day'] },
          dueSoon: str('临近到期的期限，如 3个工作日 / the due-soon period'),
        },
      },
      provisional: { type: 'boolean' },
      ticketType: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'object' },
          clause: { type: 'string' },
          ruleId: { type: 'string' },
          alsoMatched: { type: 'array', items: { type: 'string' } },
          alsoMatchedNames: {
            type: 'array',
            items: { type: 'object' },
            description: '规则集中的名称 / names from the rule set',
          },
        },
      },
      deadlines: { type: 'array', items: ref('DecisionDeadline') },
      escalation: { type: ['object', 'null'] },
      reminders: { type: 'array', items: ref('DecisionReminder') },
      actions: { type: 'object' },
      checks: { type: 'object' },
      notifications: { type: 'array', items: ref('DecisionNotification') },
      warnings: { type: 'array', items: ref('Text') },
      trace: { type: 'array' },
      explanation: str(
        '按语言的说明（explain=none 时没有）/ explanation in the client language (absent with explain=none)',
      ),
    },
  },
  DecisionSummary: DECISION_SUMMARY,
  DecisionBatch: DECISION_BATCH,
  DeadlineRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'period'],
    properties: {
      from: instant,
      period: str('期限，如 5个工作日、20小时、3个自然日、5 workdays / period literal'),
      counting: {
        type: 'object',
        additionalProperties: false,
        properties: {
          startDayCounted: { type: 'boolean' },
          naturalDayEndOnHoliday: { type: 'string', enum: ['keep', 'next-working-day'] },
          strict: { type: 'boolean' },
        },
      },
    },
  },
  Deadline: {
    type: 'object',
    required: ['dueDate', 'dueAt', 'provisional', 'explanation'],
    properties: {
      dueDate: { type: 'string' },
      dueAt: { type: 'string' },
      provisional: { type: 'boolean' },
      explanation: { type: 'string' },
    },
  },
  DraftFiles: {
    type: 'object',
    required: ['files'],
    properties: {
      files: {
        type: 'object',
        description: '文件名 → 文本，须含 index.yaml / file name → text, index.yaml among them',
        required: ['index.yaml'],
        properties: { 'index.yaml': str('版本的索引文件 / the version’s index file') },
        additionalProperties: { type: 'string' },
      },
    },
  },
  Generate: {
    type: 'object',
    required: ['count', 'from', 'to'],
    properties: {
      count: { type: 'integer', minimum: 1 },
      seed: { type: 'integer', minimum: 0 },
      from: { type: 'string' },
      to: { type: 'string' },
      asOf: { type: 'string' },
    },
  },
  SimulationRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      version,
      files: { type: 'object', additionalProperties: { type: 'string' } },
      ruleset: { type: 'string' },
      ...tickets,
    },
  },
  CompareRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['base', 'candidate'],
    properties: { base: version, candidate: version, ...tickets },
  },
  RunAccepted: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'status', 'links'],
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['queued', 'running'] },
      links: {
        type: 'object',
        additionalProperties: false,
        required: ['self', 'results'],
        properties: { self: str('运行的地址 / the run'), results: str('结果的地址 / its results') },
      },
    },
  },
  Run: {
    type: 'object',
    additionalProperties: false,
    description:
      '运行目录中的一项：谁、何时、哪些版本与修订、状态与汇总；不含任何工单 / one catalogue entry, never a ticket',
    required: [
      'id',
      'kind',
      'who',
      'createdAt',
      'status',
      'asOf',
      'path',
      'versions',
      'rulesRevision',
      'calendarRevision',
      'input',
      'progress',
    ],
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['simulation', 'comparison'] },
      who: str('令牌标签；写操作不需令牌时为 anonymous / token label, or anonymous'),
      createdAt: { type: 'string' },
      status: { type: 'string', enum: ['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted'] },
      asOf: { type: 'string' },
      path: { type: 'string', enum: ['engine', 'compiled'] },
      versions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['role', 'id', 'version', 'revision', 'draft'],
          properties: {
            role: { type: 'string', enum: ['simulated', 'in-force', 'base', 'candidate'] },
            id: { type: 'string' },
            version: { type: 'string' },
            revision: { type: 'string' },
            draft: { type: 'boolean' },
          },
        },
      },
      rulesRevision: { type: 'string' },
      calendarRevision: { type: 'string' },
      input: {
        type: 'object',
        additionalProperties: false,
        required: ['source'],
        properties: {
          source: { type: 'string', enum: ['inline', 'fixtures', 'generate'] },
          count: { type: 'integer' },
          seed: { type: 'integer' },
          from: { type: 'string' },
          to: { type: 'string' },
        },
      },
      progress: {
        type: 'object',
        additionalProperties: false,
        required: ['done'],
        properties: { done: { type: 'integer' }, total: { type: 'integer' } },
      },
      startedAt: { type: 'string' },
      finishedAt: { type: 'string' },
      summary: { type: 'object', description: '模拟汇总或比较总数 / the simulation summary or comparison totals' },
      files: {
        type: 'object',
        properties: {
          rows: { type: 'string' },
          report: { type: 'string' },
          rowCount: { type: 'integer' },
          partial: { type: 'boolean' },
        },
      },
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: ref('Text') },
      },
    },
  },
  RunRemoved: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'removed'],
    properties: { id: { type: 'string' }, removed: { type: 'boolean', const: true } },
  },
  ValidateRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      text: str('规则文件或日历文件的 YAML 文本 / YAML text'),
      kind: { type: 'string', enum: ['calendar', 'index', 'topic', 'facts', 'clauses'] },
      filename: str('如 sheshan-12345/2025-04-14/returns.yaml 或 calendars/cn-mainland.yaml'),
      files: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: '整个草稿版本 / a whole draft version',
      },
    },
  },
  ValidateResult: {
    type: 'object',
    required: ['ok', 'diagnostics'],
    properties: {
      ok: { type: 'boolean' },
      kind: { type: 'string' },
      file: { type: 'string' },
      diagnostics: { type: 'array', items: ref('Diagnostic') },
      lines: { type: 'array', items: { type: 'string' } },
    },
  },
};
