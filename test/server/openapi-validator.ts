/**
 * Validates real answers against the served OpenAPI document: the response declared for the
 * operation and status (a `$ref` to a shared response followed), its media type, and — for JSON —
 * the body against that response's schema with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Body } from './helpers.ts';

const pointerToken = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export interface Checked {
  operationId: string;
  status: number;
  body: unknown;
}

export function responseValidator(doc: Body) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi.json');

  /** Checks one answer to `method path` (the document's path template); throws with the reasons. */
  return async function check(path: string, method: string, res: Response): Promise<Checked> {
    const op = doc.paths[path]?.[method];
    if (!op) throw new Error(`${method} ${path} is not in the document`);
    let pointer = `/paths/${pointerToken(path)}/${method}/responses/${res.status}`;
    let declared = op.responses[String(res.status)];
    if (!declared) throw new Error(`${op.operationId}: status ${res.status} is not documented`);
    if (typeof declared.$ref === 'string') {
      pointer = declared.$ref.slice(1);
      declared = declared.$ref
        .slice(2)
        .split('/')
        .reduce((n: Body, k: string) => n[k], doc);
    }
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const content = declared.content as Body | undefined;
    const text = await res.text();
    if (!content) return { operationId: op.operationId, status: res.status, body: text };
    if (!content[type]) throw new Error(`${op.operationId} ${res.status}: content-type ${type} is not documented`);
    if (type !== 'application/json') return { operationId: op.operationId, status: res.status, body: text };
    const body = JSON.parse(text) as unknown;
    const validate = ajv.compile({ $ref: `openapi.json#${pointer}/content/${pointerToken(type)}/schema` });
    if (!validate(body)) {
      const why = (validate.errors ?? [])
        .map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`)
        .join('\n  ');
      throw new Error(`${op.operationId} ${res.status} does not match its schema:\n  ${why}\n${text.slice(0, 800)}`);
    }
    return { operationId: op.operationId, status: res.status, body };
  };
}
