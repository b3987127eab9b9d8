/** The OpenAPI 3.1 document: the operations, the envelopes, and the engine's own JSON Schemas as components. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import { AGENDA_SCHEMAS } from './agenda-schemas.ts';
import { API_SCHEMAS } from './api-schemas.ts';
import { engineComponents } from './engine-schemas.ts';
import { errorResponses } from './operation.ts';
import { PATHS } from './paths.ts';
import { REPORT_SCHEMAS } from './report-schemas.ts';
import { RESPONSE_SCHEMAS } from './response-schemas.ts';
import { TAGS } from './tags.ts';

/** The package's own version (package.json). */
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

export function openApiDocument(version = PACKAGE_VERSION): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: '12345 热线规则引擎 / hotline-policy decision service',
      version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        '按各办公室自己的规则集（GET /v1/rulesets）与国务院节假日安排（含调休上班）计算期限、作出决定并逐条说明依据。错误统一为 `{ code, message, issues }`，message 按 Accept-Language 返回中文（默认）或英文。\nDeadline decisions under each office’s own rule set (GET /v1/rulesets) on the State Council working-day calendar (make-up working days included), each explained clause by clause. Errors are `{ code, message, issues }`; message follows Accept-Language, Chinese (default) or English.',
    },
    servers: [{ url: '/' }],
    tags: Object.values(TAGS),
    paths: PATHS,
    components: {
      schemas: { ...engineComponents(), ...API_SCHEMAS, ...RESPONSE_SCHEMAS, ...REPORT_SCHEMAS, ...AGENDA_SCHEMAS },
      responses: errorResponses(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'HOTLINE_API_TOKEN' } },
    },
  };
}
