/**
 * The engine's public API. CLI and HTTP adapters import only from here.
 */
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
export * from './explain/explain-due.ts';
export * from './i18n.ts';
export * from './rules/diagnostic.ts';
export * from './rules/load-calendar.ts';
export * from './rules/paths.ts';
export type * from './rules/types.ts';
