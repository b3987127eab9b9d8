/** Small builders for OpenAPI operations: identity, JSON bodies, responses and the error responses of a route. */
import { requestExamples } from './examples.ts';
import { TAGS, type TagKey } from './tags.ts';

const EXAMPLES = requestExamples();

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const jsonBody = (schema: string, description?: string) => {
  const examples = EXAMPLES[schema];
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema: schemaRef(schema), ...(examples ? { examples } : {}) } },
  };
};

export const jsonResponse = (description: string, schema?: string) => ({
  description,
  content: { 'application/json': { schema: schema ? schemaRef(schema) : { type: 'object' } } },
});

const ERRORS: Record<number, string> = {
  400: '请求无效（BAD_JSON、BODY_INVALID、TICKET_INVALID …）/ bad request',
  401: '需要 Bearer 令牌 / bearer token required',
  404: '不存在（RULESET_UNKNOWN、VERSION_UNKNOWN、RUN_NOT_FOUND …）/ not found',
  405: '方法不允许 / method not allowed',
  409: '状态冲突 / conflict with the run state',
  413: '请求体或批量过大 / body or batch too large',
  415: '不支持的内容类型 / unsupported media type',
  422: '规则或日历无法作答（RULESET_NOT_IN_FORCE、CALENDAR_NOT_COVERED …）/ unprocessable',
};

export function errors(...statuses: number[]): Record<string, unknown> {
  return Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]));
}

export function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ERRORS).map(([s, d]) => [`E${s}`, jsonResponse(d, 'Error')]));
}

export const langParam = {
  name: 'lang',
  in: 'query',
  required: false,
  description: '说明文字的语言（也可用 Accept-Language；默认中文）/ language of texts',
  schema: { type: 'string', enum: ['zh', 'en'] },
};

export const bearer = [{ bearer: [] }];

/** An operation's id, its tag, and who may call it: anyone (`security: []`) unless `bearer`. */
export const op = (operationId: string, tag: TagKey, security: unknown[] = []) => ({
  operationId,
  tags: [TAGS[tag].name],
  security,
});
