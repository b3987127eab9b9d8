import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import localize from 'ajv-i18n';
import type { Diagnostic } from './diagnostic.ts';
import {
  MAX_DIAGNOSTICS_PER_FILE,
  type PathSegment,
  pointerToPath,
  positionOf,
  type YamlSource,
} from './yaml-source.ts';

/**
 * One ajv instance for all of the project's JSON Schemas (draft-07). Strict mode stays on; the
 * editor-only keywords the schemas carry for VS Code are registered so strict mode accepts them.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  for (const keyword of [
    'markdownDescription',
    'defaultSnippets',
    'deprecationMessage',
    'errorMessage',
    'x-clause',
    'x-doc',
  ]) {
    ajv.addKeyword({ keyword });
  }
  return ajv;
}

function pathText(path: PathSegment[]): string {
  return path.length === 0
    ? '(根)'
    : path
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '');
}
function pathTextEn(path: PathSegment[]): string {
  return path.length === 0 ? '(root)' : pathText(path);
}

const CODES: Record<string, string> = {
  required: 'SCHEMA_REQUIRED',
  additionalProperties: 'SCHEMA_UNKNOWN_KEY',
  type: 'SCHEMA_TYPE',
  enum: 'SCHEMA_ENUM',
  const: 'SCHEMA_ENUM',
  pattern: 'SCHEMA_PATTERN',
  format: 'SCHEMA_FORMAT',
};

function describe(e: ErrorObject, zhMessage: string): { zh: string; en: string; path: PathSegment[]; key: boolean } {
  const base = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        zh: `${pathText(base)} 缺少必填字段“${String(p.missingProperty)}”`,
        en: `${pathTextEn(base)} is missing the required key "${String(p.missingProperty)}"`,
        path: base,
        key: false,
      };
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      return {
        zh: `${pathText(base)} 中不允许出现字段“${extra}”（未知字段，可能拼写错误）`,
        en: `${pathTextEn(base)} has an unknown key "${extra}" (not allowed; a typo?)`,
        path: [...base, extra],
        key: true,
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        zh: `${pathText(base)} 的值 ${JSON.stringify(e.data)} 不在允许范围内，可选：${allowed}`,
        en: `${pathTextEn(base)}: ${JSON.stringify(e.data)} is not one of ${allowed}`,
        path: base,
        key: false,
      };
    }
    default:
      return {
        zh: `${pathText(base)} ${zhMessage}`,
        en: `${pathTextEn(base)} ${e.message ?? e.keyword}`,
        path: base,
        key: false,
      };
  }
}

/** Runs a compiled schema over a parsed YAML source; every error becomes a positioned diagnostic. */
export function schemaDiagnostics(validate: ValidateFunction, src: YamlSource): Diagnostic[] {
  if (validate(src.value)) return [];
  const errors = validate.errors ?? [];
  // Only the errors that can be listed are translated (and cloned for it): the rest are counted.
  const listed = errors.slice(0, MAX_DIAGNOSTICS_PER_FILE * 4);
  const zhErrors = structuredClone(listed.map(({ schema, parentSchema, data, ...rest }) => rest)) as ErrorObject[];
  localize.zh(zhErrors);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let more = 0;
  errors.forEach((e, i) => {
    // oneOf/anyOf summaries repeat what their branches already said.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') return;
    if (out.length >= MAX_DIAGNOSTICS_PER_FILE) {
      more++;
      return;
    }
    const d = describe(e, zhErrors[i]?.message ?? e.message ?? '');
    const pos = positionOf(src, d.path, { key: d.key });
    const key = `${pos.line}:${pos.col}:${d.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      file: src.file,
      line: pos.line,
      col: pos.col,
      severity: 'error',
      code: CODES[e.keyword] ?? `SCHEMA_${e.keyword.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
      message: { zh: d.zh, en: d.en },
      pointer: d.key ? `${e.instancePath}/${String(d.path[d.path.length - 1])}` : e.instancePath,
    });
  });
  if (more > 0) {
    out.push({
      file: src.file,
      line: 1,
      col: 1,
      severity: 'error',
      code: 'SCHEMA_MORE_ERRORS',
      message: {
        zh: `另有 ${more} 处模式错误未列出（每个文件至多列出 ${MAX_DIAGNOSTICS_PER_FILE} 处）`,
        en: `${more} more schema error(s) not listed (at most ${MAX_DIAGNOSTICS_PER_FILE} per file)`,
      },
      pointer: '',
    });
  }
  return out;
}
