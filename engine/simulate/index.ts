/**
 * What-if simulation and version comparison (issue 5): the public surface of engine/simulate/.
 */
export * from './batch-tickets.ts';
export * from './compare.ts';
export type * from './compare-types.ts';
export * from './generate-tickets.ts';
export * from './generator-inputs.ts';
export * from './jsonl-sink.ts';
export * from './population.ts';
export * from './read-tickets.ts';
export * from './render-report.ts';
export * from './resolve-rules.ts';
export * from './simulate.ts';
export type * from './types.ts';
