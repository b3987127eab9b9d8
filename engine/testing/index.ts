/** Ticket test cases: loading (`loadCases`), matching (`matchDecision`) and running (`runCase`). */
export * from './load-cases.ts';
export * from './match.ts';
export * from './run-case.ts';
export type * from './types.ts';
