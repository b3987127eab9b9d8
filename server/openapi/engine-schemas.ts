/**
 * The engine's own JSON Schemas (`rules/schema/*.json`, read through the engine), turned into
 * OpenAPI 3.1 components: `$schema`/`$id` and editor-only keywords dropped, each schema's
 * `definitions` hoisted to `<Name>_<definition>`, and every `$ref` rewritten to point there. The
 * API documents exactly what the engine validates.
 */
import { readSchema } from '../../engine/index.ts';

type Json = unknown;

/**
 * Component name → schema file: the engine schemas an operation's body uses (the rule and
 * calendar files reach `/v1/validate` as text, so their schemas are not components).
 */
export const ENGINE_SCHEMAS: Readonly<Record<string, string>> = Object.freeze({
  Ticket: 'ticket.schema.json',
  AssessmentInput: 'assessment-input.schema.json',
});

const DROP = new Set([
  '$schema',
  '$id',
  'definitions',
  'enumDescriptions',
  'markdownDescription',
  'patternErrorMessage',
  'defaultSnippets',
  'x-check',
]);

function rewrite(node: Json, name: string, fileToName: Map<string, string>): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, name, fileToName));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(node as Record<string, Json>)) {
    if (DROP.has(k)) continue;
    if (k === '$ref' && typeof v === 'string') out[k] = refTo(v, name, fileToName);
    else if (k === 'properties' && v && typeof v === 'object') {
      // Property names are data, not keywords: keep them all.
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, Json>).map(([p, s]) => [p, rewrite(s, name, fileToName)]),
      );
    } else out[k] = rewrite(v, name, fileToName);
  }
  return out;
}

function refTo(ref: string, name: string, fileToName: Map<string, string>): string {
  const [file, pointer = ''] = ref.split('#');
  const owner = file ? (fileToName.get(file.replace(/^.*\//, '')) ?? name) : name;
  const m = /^\/definitions\/([^/]+)$/.exec(pointer);
  if (m) return `#/components/schemas/${owner}_${m[1]}`;
  return `#/components/schemas/${owner}`;
}

export function engineComponents(): Record<string, Json> {
  const fileToName = new Map(Object.entries(ENGINE_SCHEMAS).map(([n, f]) => [f, n]));
  const out: Record<string, Json> = {};
  for (const [name, file] of Object.entries(ENGINE_SCHEMAS)) {
    const schema = readSchema(file) as Record<string, Json>;
    out[name] = rewrite(schema, name, fileToName);
    const defs = (schema.definitions ?? {}) as Record<string, Json>;
    for (const [d, s] of Object.entries(defs)) out[`${name}_${d}`] = rewrite(s, name, fileToName);
  }
  return out;
}
