import type { Decision } from '../../engine/evaluate/types.ts';

/** Not compared: what differs at every instant, and what only describes the rest (explanations, trace). */
const IGNORED = new Set([
  'asOf',
  'decisionId',
  'remainingMs',
  'remainingWorkdays',
  'nextChangeAt',
  'explanation',
  'trace',
]);

/**
 * What must be equal for two decisions to be the same (asOf, id and remaining times aside), as
 * text: the reference nextChangeAt's comparison in numbers (`sameCore`) is tested against.
 */
export function stableKey(d: Decision): string {
  return JSON.stringify(d, (k, v) => (IGNORED.has(k) ? undefined : v));
}
