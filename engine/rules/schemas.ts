import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv, ValidateFunction } from 'ajv';
import { SCHEMA_DIR } from './paths.ts';
import { createAjv } from './schema-check.ts';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Reads a schema shipped in `rules/schema/`. */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
}

/** The compiled validator of `rules/schema/<name>` (memoised per process). */
export function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.compile(readSchema(name));
    compiled.set(name, v);
  }
  return v;
}
