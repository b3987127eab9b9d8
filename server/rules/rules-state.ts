/**
 * The rules the service answers with, as one immutable value: the catalogue of rule-set versions,
 * the calendar, when they were loaded and a revision naming the whole. A request reads the current
 * state once and uses it throughout, so a reload never mixes two revisions in one answer.
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import {
  type Calendar,
  type Diagnostic,
  formatInstant,
  HotlineError,
  hasErrors,
  loadCatalog,
  type RulesetCatalog,
} from '../../engine/index.ts';
import { type CalendarFailure, loadCalendarKeeping } from './calendar-reload.ts';

export interface RulesState {
  readonly catalog: RulesetCatalog;
  readonly calendar: Calendar;
  readonly loadedAt: string;
  /** When the active calendar's file was loaded. */
  readonly calendarLoadedAt: string;
  /** On a reload: the new calendar file's errors (the previous calendar stayed active). */
  readonly calendarKept: CalendarFailure | null;
  /** sha256 over every loaded version's id, version and revision. */
  readonly revision: string;
  /** Warnings of the loaded files (errors refuse the load). */
  readonly warnings: readonly Diagnostic[];
  /** Rule sets whose new files had errors on a reload: their previous versions stay active. */
  readonly kept: readonly { id: string; diagnostics: Diagnostic[] }[];
}

export interface LoadRulesOptions {
  rulesDir: string;
  calendarFile: string;
  now: number;
}

export function rulesRevision(catalog: RulesetCatalog): string {
  const h = createHash('sha256');
  for (const [id, versions] of Object.entries(catalog.rulesets)) {
    for (const v of versions) h.update(`${id}\0${v.version}\0${v.revision}\n`);
  }
  return h.digest('hex');
}

/**
 * Loads and validates everything. At start (no `previous`), any error refuses the load
 * (`RULES_INVALID`, with every diagnostic). On a reload, each office reloads on its own: a rule set
 * with an error keeps its previous versions (listed in `kept`, with its diagnostics) while the
 * others take their new files; an error outside every rule set (`rulesets.yaml`) still refuses
 * the whole reload. A calendar file with an error keeps the previous calendar (`calendarKept`).
 */
export function loadRulesState(o: LoadRulesOptions, previous?: RulesState): RulesState {
  const displayRoot = dirname(o.rulesDir);
  const cal = loadCalendarKeeping(
    { file: o.calendarFile, displayRoot, now: o.now },
    previous ? { calendar: previous.calendar, loadedAt: previous.calendarLoadedAt } : undefined,
  );
  const loaded = loadCatalog(o.rulesDir, { displayRoot });
  const broken = Object.keys(loaded.errorsByRuleset);
  const ownErrors = new Set(Object.values(loaded.errorsByRuleset).flat());
  const general = loaded.diagnostics.filter((d) => d.severity === 'error' && !ownErrors.has(d));
  const keepable =
    previous !== undefined && general.length === 0 && broken.every((id) => previous.catalog.rulesets[id]);
  if (hasErrors(loaded.diagnostics) && !keepable) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    throw new HotlineError(
      'RULES_INVALID',
      {
        zh: `规则文件有 ${errors} 处错误，未载入`,
        en: `the rules have ${errors} error(s) and were not loaded`,
      },
      { diagnostics: loaded.diagnostics },
    );
  }
  const rulesets: Record<string, RulesetCatalog['rulesets'][string]> = { ...loaded.rulesets };
  for (const id of broken) rulesets[id] = previous!.catalog.rulesets[id]!;
  const catalog: RulesetCatalog = {
    ...loaded,
    rulesets: Object.freeze(Object.fromEntries(Object.entries(rulesets).sort(([a], [b]) => a.localeCompare(b)))),
  };
  if (Object.keys(catalog.rulesets).length === 0) {
    throw new HotlineError('RULES_INVALID', {
      zh: `规则目录 ${o.rulesDir} 中没有任何规则集版本（<规则集>/<版本>/index.yaml）`,
      en: `the rules folder ${o.rulesDir} holds no rule-set version (<ruleset>/<version>/index.yaml)`,
    });
  }
  return Object.freeze({
    catalog,
    calendar: cal.calendar,
    loadedAt: formatInstant(o.now),
    calendarLoadedAt: cal.loadedAt,
    calendarKept: cal.failure,
    revision: rulesRevision(catalog),
    warnings: Object.freeze(catalog.diagnostics.filter((d) => d.severity === 'warning')),
    kept: Object.freeze(broken.map((id) => ({ id, diagnostics: loaded.errorsByRuleset[id]! }))),
  });
}
