/**
 * A version named in a run request: `"<ruleset-id>/<version>"`, a bare `"<version>"` (when one
 * rule set has it), or a draft `{ files: { "index.yaml": "…", … } }` checked on the spot (an
 * invalid draft is a 422 with every diagnostic, file:line:col as the CLI gives them).
 * `resolveRules` reads the same from a decision request's `rules`: `{ version }` or `{ draft }`.
 */
import { HotlineError, type Ruleset, type RulesetCatalog } from '../../engine/index.ts';
import { ApiError } from '../http/api-error.ts';
import { bodyInvalid, checkShape } from '../http/check-shape.ts';
import { checkDraftFiles } from '../rules/draft.ts';
import type { Services } from '../services.ts';

export interface ResolvedVersion {
  ruleset: Ruleset;
  draft: boolean;
}

export async function resolveVersion(
  spec: unknown,
  path: string,
  catalog: RulesetCatalog,
  s: Pick<Services, 'checkDraft'>,
): Promise<ResolvedVersion> {
  if (typeof spec === 'string') return { ruleset: namedVersion(spec, catalog), draft: false };
  if (
    spec !== null &&
    typeof spec === 'object' &&
    !Array.isArray(spec) &&
    'files' in spec &&
    Object.keys(spec).length === 1
  ) {
    const files = checkDraftFiles((spec as { files: unknown }).files, `${path}.files`);
    const check = await s.checkDraft(files);
    if (!check.ruleset) {
      const errors = check.diagnostics.filter((d) => d.severity === 'error').length;
      throw new HotlineError(
        'RULESET_INVALID',
        { zh: `草稿规则有 ${errors} 处错误`, en: `the draft rules have ${errors} error(s)` },
        { diagnostics: check.diagnostics },
      );
    }
    return { ruleset: check.ruleset, draft: true };
  }
  throw bodyInvalid([
    {
      code: 'SCHEMA_TYPE',
      path,
      message: {
        zh: `${path} 应为版本号（如 "sheshan-12345/2025-04-14"）或草稿 { files: {…} }`,
        en: `${path} must be a version ("sheshan-12345/2025-04-14") or a draft { files: {…} }`,
      },
    },
  ]);
}

interface RulesField {
  version?: string;
  draft?: unknown;
}

/**
 * The `rules` of a decision request: `{ version: "<ruleset>/<version>" }` (that loaded version,
 * whether or not it was in force when the ticket was received) or `{ draft: { files } }` (checked
 * like a run's draft). Exactly one of the two, else 400 naming `path`.
 */
export function resolveRules(
  rules: unknown,
  path: string,
  catalog: RulesetCatalog,
  s: Pick<Services, 'checkDraft'>,
): Promise<ResolvedVersion> {
  const r = checkShape<RulesField>(rules, { version: { type: 'string' }, draft: { type: 'object' } }, path);
  if ((r.version === undefined) === (r.draft === undefined)) {
    throw bodyInvalid([
      {
        code: 'SCHEMA_REQUIRED',
        path,
        message: {
          zh: `${path} 应有 version（版本号）或 draft（草稿 { files }）二者之一`,
          en: `${path} needs exactly one of version or draft { files }`,
        },
      },
    ]);
  }
  return r.version !== undefined
    ? resolveVersion(r.version, `${path}.version`, catalog, s)
    : resolveVersion(r.draft, `${path}.draft`, catalog, s);
}

/** A loaded version by name: 404 `VERSION_UNKNOWN`, 400 `RULESET_AMBIGUOUS` for a bare version in several rule sets. */
export function namedVersion(name: string, catalog: RulesetCatalog): Ruleset {
  const [id, version] = name.includes('/') ? name.split('/', 2) : [undefined, name];
  const hits = Object.entries(catalog.rulesets)
    .filter(([rid]) => id === undefined || rid === id)
    .flatMap(([, versions]) => versions.filter((v) => v.version === version));
  if (hits.length === 1) return hits[0]!;
  const known = Object.entries(catalog.rulesets).flatMap(([rid, vs]) => vs.map((v) => `${rid}/${v.version}`));
  if (hits.length === 0) {
    throw new ApiError(404, 'VERSION_UNKNOWN', {
      zh: `没有规则版本“${name}”（已载入：${known.join('、')}）`,
      en: `no rule-set version "${name}" (loaded: ${known.join(', ')})`,
    });
  }
  throw new ApiError(400, 'RULESET_AMBIGUOUS', {
    zh: `版本“${name}”属于多个规则集，请写成 <规则集>/<版本>`,
    en: `version "${name}" exists in several rule sets; write <ruleset>/<version>`,
  });
}
