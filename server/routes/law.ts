/**
 * `GET /v1/rulesets/{id}/{version}/law`: the law beside the rules of a loaded version — its clauses
 * in document order with the rule elements citing each, the open readings and their settings, and
 * the clauses no rule cites (zh/en by Accept-Language or `lang`). 404 RULESET_UNKNOWN / VERSION_UNKNOWN.
 */
import { Hono } from 'hono';
import { lawBesideRules } from '../../engine/explain/law-beside-rules.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { langOf } from '../http/lang.ts';
import { namedVersion } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';

export function lawRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/rulesets/:id/:version/law', (c) => {
    const { id, version } = c.req.param();
    const { catalog } = s.rules.current();
    if (!catalog.rulesets[id]) {
      const known = Object.keys(catalog.rulesets);
      throw new ApiError(404, 'RULESET_UNKNOWN', {
        zh: `没有规则集“${id}”（已载入：${known.join('、') || '无'}）`,
        en: `no rule set "${id}" (loaded: ${known.join(', ') || 'none'})`,
      });
    }
    return c.json(lawBesideRules(namedVersion(`${id}/${version}`, catalog), langOf(c)));
  });
  return app;
}
