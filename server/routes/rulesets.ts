/**
 * `GET /v1/rulesets`: every loaded rule set with its versions (effective ranges, revisions, files),
 * the version in force now per rule set, the calendar, and the last reload error with its
 * diagnostics. `GET /v1/rulesets/{id}`: one rule set (404 when unknown). `GET
 * /v1/rulesets/{id}/{version}/files`: the text of each file of a loaded version (to build a draft
 * that replaces one of them; 404 `RULESET_UNKNOWN` / `VERSION_UNKNOWN`).
 */
import { Hono } from 'hono';
import { type Diagnostic, effectiveRanges, type Lang, pick, type Ruleset } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { langOf } from '../http/lang.ts';
import { namedVersion } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';

const diag = (d: Diagnostic, lang: Lang) => ({ ...d, message: pick(d.message, lang) });

function describe(id: string, versions: readonly Ruleset[], now: number) {
  const ranges = effectiveRanges(versions);
  const active = [...ranges].reverse().find((r) => r.from <= now && now < r.end);
  return {
    id,
    active: active?.ruleset.version ?? null,
    versions: ranges.map((r) => ({
      version: r.ruleset.version,
      title: r.ruleset.title,
      source: r.ruleset.source,
      effective: r.ruleset.effective,
      lastDay: r.lastDay,
      state: r.from > now ? 'future' : now >= r.end ? 'past' : 'in-force',
      revision: r.ruleset.revision,
      calendar: r.ruleset.calendar,
      files: r.ruleset.files,
    })),
  };
}

export function rulesetRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const list = () => {
    const state = s.rules.current();
    const now = s.options.clock.now();
    return Object.entries(state.catalog.rulesets).map(([id, versions]) => describe(id, versions, now));
  };
  app.get('/rulesets', (c) => {
    const state = s.rules.current();
    const lang = langOf(c);
    const error = s.rules.lastError();
    return c.json({
      revision: state.revision,
      loadedAt: state.loadedAt,
      calendar: {
        id: state.calendar.id,
        revision: state.calendar.revision,
        noticeYears: state.calendar.noticeYears,
      },
      rulesets: list(),
      /** Rule sets whose latest edit was refused: their previous rules stay active (one office never blocks another). */
      keptPrevious: state.kept.map((k) => ({ id: k.id, diagnostics: k.diagnostics.map((d) => diag(d, lang)) })),
      defaultRuleset: state.catalog.defaultId ?? null,
      warnings: state.warnings.map((d) => diag(d, lang)),
      lastReloadAt: s.rules.lastReloadAt(),
      lastReloadError: error && {
        ...error,
        message: pick(error.message, lang),
        diagnostics: error.diagnostics.map((d) => diag(d, lang)),
      },
    });
  });
  app.get('/rulesets/:id', (c) => {
    const id = c.req.param('id');
    const found = list().find((r) => r.id === id);
    if (!found) throw rulesetUnknown(id, s);
    return c.json(found);
  });
  app.get('/rulesets/:id/:version/files', (c) => {
    const { id, version } = c.req.param();
    const { catalog } = s.rules.current();
    if (!catalog.rulesets[id]) throw rulesetUnknown(id, s);
    const ruleset = namedVersion(`${id}/${version}`, catalog);
    // The texts loaded with this revision (never the disk now: a bad edit in progress is not served).
    const files = Object.fromEntries(ruleset.files.map((f) => [f, ruleset.texts?.[f] ?? '']));
    return c.json({ id, version, revision: ruleset.revision, files });
  });
  return app;
}

function rulesetUnknown(id: string, s: Services): ApiError {
  const known = Object.keys(s.rules.current().catalog.rulesets);
  return new ApiError(404, 'RULESET_UNKNOWN', {
    zh: `没有规则集“${id}”（已载入：${known.join('、') || '无'}）`,
    en: `no rule set "${id}" (loaded: ${known.join(', ') || 'none'})`,
  });
}
