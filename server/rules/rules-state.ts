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
  loadCalendar,
  loadCatalog,
  type RulesetCatalog,
} from '../../engine/index.ts';

export interface RulesState {
  readonly catalog: RulesetCatalog;
  readonly calendar: Calendar;
  readonly loadedAt: string;
  /** sha256 over every loaded version's id, version and revision. */
  readonly revision: string;
  /** Warnings of the loaded files (errors refuse the load). */
  readonly warnings: readonly Diagnostic[];
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

/** Loads and validates everything; throws `RULES_INVALID` (with every diagnostic) or the calendar's error. */
export function loadRulesState(o: LoadRulesOptions): RulesState {
  const displayRoot = dirname(o.rulesDir);
  const calendar = loadCalendar({ file: o.calendarFile, displayRoot });
  const catalog = loadCatalog(o.rulesDir, { displayRoot });
  const errors = catalog.diagnostics.filter((d) => d.severity === 'error').length;
  if (hasErrors(catalog.diagnostics)) {
    throw new HotlineError(
      'RULES_INVALID',
      {
        zh: `规则文件有 ${errors} 处错误，未载入`,
        en: `the rules have ${errors} error(s) and were not loaded`,
      },
      { diagnostics: catalog.diagnostics },
    );
  }
  if (Object.keys(catalog.rulesets).length === 0) {
    throw new HotlineError('RULES_INVALID', {
      zh: `规则目录 ${o.rulesDir} 中没有任何规则集版本（<规则集>/<版本>/index.yaml）`,
      en: `the rules folder ${o.rulesDir} holds no rule-set version (<ruleset>/<version>/index.yaml)`,
    });
  }
  return Object.freeze({
    catalog,
    calendar,
    loadedAt: formatInstant(o.now),
    revision: rulesRevision(catalog),
    warnings: Object.freeze(catalog.diagnostics.filter((d) => d.severity === 'warning')),
  });
}
