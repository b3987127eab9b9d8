/** What every run request shares: `asOf` (default: now at the edge) and `path` (default `compiled` for batches). */
import { formatInstant, HotlineError, MAX_YEAR, MIN_YEAR, parseInstant } from '../../engine/index.ts';
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

/** `asOf` checked before the run is accepted: a value a decision would refuse (422) is refused here, not after the 202. */
export function batchAsOf(asOf: string | undefined, clock: Clock): string {
  return atField('asOf', () => {
    const text = formatInstant(asOf === undefined ? clock.now() : parseInstant(asOf));
    const year = Number(text.slice(0, 4));
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw new HotlineError('DATE_OUT_OF_RANGE', {
        zh: `${year}年超出日历可计算的范围（${MIN_YEAR}–${MAX_YEAR}年）`,
        en: `year ${year} is outside the range the calendar can compute (${MIN_YEAR}–${MAX_YEAR})`,
      });
    }
    return text;
  });
}
