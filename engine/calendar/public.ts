/** The calendar's notice, coverage and impact functions, re-exported by engine/index.ts. */
export * from './coverage-report.ts';
export * from './impact/calendar-impact.ts';
export * from './impact/impact-report.ts';
export type * from './impact/types.ts';
export * from './month-grid-text.ts';
export * from './notice/add-notice.ts';
export * from './notice/calendar-with-notice.ts';
export * from './notice/check-calendar-notices.ts';
export * from './notice/notice-file.ts';
export * from './notice/statutory-check.ts';
export * from './notice/statutory-days.ts';
