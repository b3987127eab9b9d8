/** The operations of the API, for `/openapi.json` and `/docs`. */
import { bearer, errors, jsonBody, jsonResponse, langParam, schemaRef } from './operation.ts';

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const runSource = '工单来源三选一：tickets、fixtures: true、generate / one ticket source';

export const PATHS: Record<string, unknown> = {
  '/v1/decisions': {
    post: {
      summary: '对工单作出决定 / decide tickets',
      description:
        '`{ ticket }` → 一个决定；`{ tickets: [...] }`（最多 1,000 张）→ `{ decisions }`，顺序与输入一致。asOf 默认为当前时间。每个决定附 explanation。\n`{ ticket }` → one decision; `{ tickets }` → `{ decisions }` in input order.',
      parameters: [
        langParam,
        { name: 'path', in: 'query', schema: { type: 'string', enum: ['engine', 'compiled'], default: 'compiled' } },
        { name: 'trace', in: 'query', schema: { type: 'string', enum: ['true', 'false'], default: 'false' } },
      ],
      requestBody: jsonBody('DecisionRequest'),
      responses: { 200: jsonResponse('决定 / the decision(s)', 'Decision'), ...errors(400, 404, 413, 415, 422) },
    },
  },
  '/v1/deadlines': {
    post: {
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
      summary: '某日是否工作日 / one day of the calendar',
      parameters: [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }],
      responses: { 200: jsonResponse('日期信息 / day info'), ...errors(400, 422) },
    },
  },
  '/v1/calendar': {
    get: {
      summary: '月历 / month grid',
      parameters: [
        {
          name: 'month',
          in: 'query',
          schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
          description: 'YYYY-MM，默认本月',
        },
      ],
      responses: { 200: jsonResponse('月历 / month grid'), ...errors(400, 422) },
    },
  },
  '/v1/rulesets': {
    get: {
      summary: '已载入的规则版本及上次重新载入错误 / loaded versions, last reload error',
      parameters: [langParam],
      responses: { 200: jsonResponse('规则集 / rule sets') },
    },
  },
  '/v1/rulesets/{id}': {
    get: {
      summary: '一个规则集 / one rule set',
      parameters: [idParam],
      responses: { 200: jsonResponse('规则集 / rule set'), ...errors(404) },
    },
  },
  '/v1/validate': {
    post: {
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
      summary: '开始规则模拟（后台运行）/ start a simulation',
      description: `版本、草稿 { files } 或按收单时生效的版本。${runSource}`,
      security: bearer,
      requestBody: jsonBody('SimulationRequest'),
      responses: { 202: jsonResponse('已受理 / accepted', 'RunAccepted'), ...errors(400, 401, 404, 413, 415, 422) },
    },
    get: {
      summary: '运行目录 / the run catalogue',
      parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
      responses: { 200: jsonResponse('运行 / runs') },
    },
  },
  '/v1/simulations/{id}': {
    get: {
      summary: '运行状态、进度、汇总 / status, progress, summary',
      parameters: [idParam],
      responses: { 200: jsonResponse('运行 / run', 'Run'), ...errors(404) },
    },
    delete: {
      summary: '取消运行 / cancel',
      security: bearer,
      parameters: [idParam],
      responses: { 200: jsonResponse('运行 / run', 'Run'), ...errors(401, 404, 409) },
    },
  },
  '/v1/simulations/{id}/results': {
    get: {
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
        200: { description: '报告（JSON、CSV、Markdown）或逐张结果（JSON Lines）/ report or rows' },
        ...errors(400, 404, 409),
      },
    },
  },
  '/v1/compare': {
    post: {
      summary: '比较两个规则版本 / compare two versions',
      description: `小批量立即返回比较结果；大批量后台运行（202）。${runSource}`,
      security: bearer,
      parameters: [langParam, { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'md'] } }],
      requestBody: jsonBody('CompareRequest'),
      responses: {
        200: jsonResponse('比较结果 / comparison'),
        202: jsonResponse('已受理 / accepted', 'RunAccepted'),
        ...errors(400, 401, 404, 413, 415, 422),
      },
    },
  },
  '/v1/assessments': {
    post: {
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
      responses: { 200: jsonResponse('考核结果 / assessment'), ...errors(400, 404, 415, 422) },
    },
  },
  '/healthz': {
    get: { summary: '健康检查：规则与日历版本、运行时间 / health', responses: { 200: jsonResponse('健康 / health') } },
  },
  '/v1/ping': { get: { summary: '最简路由（基准测试对照）/ trivial route', responses: { 200: jsonResponse('pong') } } },
};
