/**
 * Compiled validators of the rule-file schemas. ajv errors on a keyword marked `x-check` are
 * dropped: a semantic check reports the same problem under its own code (RULE_UNKNOWN_FACT,
 * RULE_PERIOD_INVALID …), with a message that lists what is accepted.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './schema-check.ts';
import { readSchema } from './schemas.ts';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function semantic(e: ErrorObject): boolean {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  return (e.keyword === 'enum' || e.keyword === 'pattern') && typeof parent?.['x-check'] === 'string';
}

function filtered(inner: ValidateFunction): ValidateFunction {
  const wrapper = ((data: unknown) => {
    if (inner(data)) {
      wrapper.errors = null;
      return true;
    }
    const errors = (inner.errors ?? []).filter((e) => !semantic(e));
    // Only `if` summaries left: the branch error was a semantic one.
    const real = errors.filter((e) => e.keyword !== 'if');
    wrapper.errors = real.length > 0 ? errors : null;
    return real.length === 0;
  }) as ValidateFunction;
  return wrapper;
}

/** The validator of `rules/schema/<name>` for rule files (memoised per process). */
export function ruleValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    if (!ajv) {
      ajv = createAjv();
      for (const keyword of ['enumDescriptions', 'patternErrorMessage', 'x-check']) ajv.addKeyword({ keyword });
      // Start-up time (design target: load + validation < 300 ms). The generated schemas are checked
      // against the draft-07 meta-schema by test/rules/schemas-generated.test.ts, so this instance
      // skips that, and skips ajv's code optimiser (same validation, ~2.5× faster compile).
      ajv.opts.validateSchema = false;
      ajv.opts.code.optimize = 0;
    }
    v = filtered(ajv.compile(readSchema(name)));
    compiled.set(name, v);
  }
  return v;
}
