/** What every run request shares: `asOf` (default: now at the edge) and `path` (default `compiled` for batches). */
import { formatInstant, parseInstant } from '../../engine/index.ts';
import type { FieldSpec } from '../http/check-shape.ts';
import { atField } from '../http/field-error.ts';
import type { Clock } from '../options.ts';

export const BATCH_FIELDS: Record<string, FieldSpec> = {
  tickets: { type: 'array' },
  fixtures: { type: 'boolean' },
  generate: { type: 'object' },
  asOf: { type: 'string' },
  path: { type: 'string', enum: ['engine', 'compiled'] },
};

export function batchAsOf(asOf: string | undefined, clock: Clock): string {
  return atField('asOf', () => formatInstant(asOf === undefined ? clock.now() : parseInstant(asOf)));
}
