/**
 * Checks a request envelope (`{ ticket, asOf }`, `{ from, period }` …): an object, only known
 * keys, required keys present, each of the expected JSON type. The issue codes are the engine's
 * schema codes (`SCHEMA_REQUIRED`, `SCHEMA_UNKNOWN_KEY`, `SCHEMA_TYPE`), naming the field.
 */
import { ApiError, type RawIssue } from './api-error.ts';

export type JsonType = 'string' | 'boolean' | 'integer' | 'number' | 'object' | 'array' | 'any';

export interface FieldSpec {
  type: JsonType | JsonType[];
  required?: boolean;
  enum?: readonly unknown[];
}

export function typeOf(v: unknown): JsonType | 'null' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

function fits(v: unknown, t: JsonType): boolean {
  const actual = typeOf(v);
  return t === 'any' || actual === t || (t === 'number' && actual === 'integer');
}

const at = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

export function shapeIssues(value: unknown, fields: Record<string, FieldSpec>, prefix = ''): RawIssue[] {
  if (typeOf(value) !== 'object') {
    const where = prefix || '(root)';
    return [
      {
        code: 'SCHEMA_TYPE',
        path: where,
        message: { zh: `${where} 应为 JSON 对象`, en: `${where} must be a JSON object` },
      },
    ];
  }
  const obj = value as Record<string, unknown>;
  const out: RawIssue[] = [];
  for (const key of Object.keys(obj)) {
    if (fields[key]) continue;
    const known = Object.keys(fields).join(', ');
    out.push({
      code: 'SCHEMA_UNKNOWN_KEY',
      path: at(prefix, key),
      message: {
        zh: `不允许的字段 ${at(prefix, key)}（可用：${known}）`,
        en: `unknown field ${at(prefix, key)} (known: ${known})`,
      },
    });
  }
  for (const [key, spec] of Object.entries(fields)) {
    const v = obj[key];
    const path = at(prefix, key);
    if (v === undefined) {
      if (spec.required)
        out.push({
          code: 'SCHEMA_REQUIRED',
          path,
          message: { zh: `缺少必填字段 ${path}`, en: `the required field ${path} is missing` },
        });
      continue;
    }
    const types = Array.isArray(spec.type) ? spec.type : [spec.type];
    if (!types.some((t) => fits(v, t))) {
      out.push({
        code: 'SCHEMA_TYPE',
        path,
        message: { zh: `${path} 应为 ${types.join(' 或 ')}`, en: `${path} must be ${types.join(' or ')}` },
      });
    } else if (spec.enum && !spec.enum.includes(v)) {
      const allowed = spec.enum.map((e) => JSON.stringify(e)).join(', ');
      out.push({
        code: 'SCHEMA_ENUM',
        path,
        message: { zh: `${path} 的值不在允许范围内，可选：${allowed}`, en: `${path} must be one of ${allowed}` },
      });
    }
  }
  return out;
}

/** Throws 400 `BODY_INVALID` naming every field that is wrong. */
export function checkShape<T>(value: unknown, fields: Record<string, FieldSpec>, prefix = ''): T {
  const issues = shapeIssues(value, fields, prefix);
  if (issues.length > 0) throw bodyInvalid(issues);
  return value as T;
}

export function bodyInvalid(issues: RawIssue[]): ApiError {
  return new ApiError(
    400,
    'BODY_INVALID',
    {
      zh: `请求体有 ${issues.length} 处问题：${issues.map((i) => i.message.zh).join('；')}`,
      en: `the request body has ${issues.length} problem(s): ${issues.map((i) => i.message.en).join('; ')}`,
    },
    issues,
  );
}
