/**
 * The engine's public API. CLI and HTTP adapters import only from here.
 */

export * from './assess/assess.ts';
export * from './assess/assess-catalog.ts';
export * from './assess/load-input.ts';
export * from './assess/render-text.ts';
export type * from './assess/types.ts';
export * from './calendar/add-working-days.ts';
export * from './calendar/calendar.ts';
export * from './calendar/coverage.ts';
export * from './calendar/day-info.ts';
export * from './calendar/day-number.ts';
export * from './calendar/due.ts';
export * from './calendar/instant.ts';
export * from './calendar/is-working-day.ts';
export * from './calendar/month-grid.ts';
export * from './calendar/period.ts';
export type * from './calendar/types.ts';
export * from './calendar/working-days-between.ts';
export * from './errors.ts';
export * from './evaluate/decide.ts';
export * from './evaluate/evaluate.ts';
export * from './evaluate/parse-ticket.ts';
export * from './evaluate/roles.ts';
export type * from './evaluate/types.ts';
export * from './explain/clause-label.ts';
export * from './explain/explain-decision.ts';
export * from './explain/explain-due.ts';
export * from './i18n.ts';
export { type ClauseDef, type FactDef, readClauses, readFacts } from './rules/catalogues.ts';
export * from './rules/check-rules-root.ts';
export * from './rules/cited-clauses.ts';
export * from './rules/diagnostic.ts';
export * from './rules/diff-rulesets.ts';
export * from './rules/effective-range.ts';
export * from './rules/load-calendar.ts';
export * from './rules/load-catalog.ts';
export * from './rules/load-catalog.ts';
export * from './rules/load-ruleset.ts';
export * from './rules/load-ruleset.ts';
export * from './rules/paths.ts';
export { rulesetRevision } from './rules/ruleset-revision.ts';
export * from './rules/select-version.ts';
export * from './rules/select-version.ts';
export type * from './rules/types.ts';
export * from './rules/vocabulary.ts';
export * from './simulate/generate-tickets.ts';
