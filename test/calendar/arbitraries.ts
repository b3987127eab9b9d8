import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../engine/calendar/day-number.ts';

/** The property-test range: 2025-01-01 … 2026-12-20 (2025 and 2026 notices loaded). */
export const FIRST_DAY = toDayNumber('2025-01-01');
export const LAST_DAY = toDayNumber('2026-12-20');

/** A `YYYY-MM-DD` date in the property-test range. */
export const dateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

/** A period length of 1 … 30. */
export const nArb = fc.integer({ min: 1, max: 30 });

/** A wall-clock time `HH:mm` (Shanghai). */
export const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Enough runs to matter, few enough to keep the suite fast. */
export const RUNS = { numRuns: 1000 } as const;

/** Every date from `from` to `to`, inclusive. */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) out.push(fromDayNumber(d));
  return out;
}
