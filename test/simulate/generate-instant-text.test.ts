/**
 * The generator's cached ISO text equals `formatInstant` for every kind of instant it meets:
 * midnight, the last second of a day, year ends, milliseconds (not cached), days before the run's
 * first day and days past the cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber as dayNumber } from '../../engine/calendar/day-number.ts';
import { formatInstant, parseInstant } from '../../engine/calendar/instant.ts';
import { InstantText } from '../../engine/simulate/generate-instant-text.ts';

const first = dayNumber('2025-04-14');

describe('InstantText', () => {
  it('writes the same characters as formatInstant at day and year edges', () => {
    const text = new InstantText(first);
    for (const s of [
      '2025-04-14T00:00:00+08:00',
      '2025-04-14T23:59:59+08:00',
      '2025-12-31T23:59:59+08:00',
      '2026-01-01T00:00:00+08:00',
      '2025-10-11T08:30:00+08:00',
      '2025-10-11T08:30:00.250+08:00', // milliseconds: formatted in full
      '2025-04-13T12:00:00+08:00', // before the first day
      '2400-01-01T09:00:00+08:00', // past the cache
    ]) {
      const t = parseInstant(s);
      expect(text.format(t)).toBe(formatInstant(t));
    }
  });

  it('agrees with formatInstant on random instants (repeated: cached and fresh)', () => {
    const text = new InstantText(first);
    const lo = parseInstant('2025-01-01T00:00:00+08:00');
    const hi = parseInstant('2027-12-31T23:59:59+08:00');
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.boolean(), (ms, whole) => {
        const t = whole ? ms - (ms % 1000) : ms;
        expect(text.format(t)).toBe(formatInstant(t));
        expect(text.format(t)).toBe(formatInstant(t));
      }),
      { numRuns: 2000 },
    );
  });
});
