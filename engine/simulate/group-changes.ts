/**
 * A change group's outcomes summed by kind and size: "提前1个工作日 ×1322", not one entry per pair of
 * dates. A deadline (or the deadline a full extension would give) moved by N working days is one
 * size however many different dates moved by it; a move within the same day is sized in hours; a
 * value that changes (a status, a role, a level) is sized by its pair of values; an added or
 * removed deadline or reminder is one event. Numbers and ids only — `summaryText` renders them.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { fromDayNumber } from '../calendar/day-number.ts';
import { MS_PER_HOUR, parseInstant, shanghaiDay } from '../calendar/instant.ts';
import { workingDaysBetween } from '../calendar/working-days-between.ts';
import type { ChangeGroup } from './compare-types.ts';

/** A size of change, whatever the count. */
export type Size =
  /** Moved by `n` working days (negative: earlier). */
  | { size: 'workdays'; n: number }
  /** Moved within the same working day by `n` hours (negative: earlier). */
  | { size: 'hours'; n: number }
  /** A value that changed, as the group's outcome tokens (`pending` → `overdue`, `-` for none). */
  | { size: 'value'; from: string; to: string }
  /** Added or removed (the group's kind says which). */
  | { size: 'event' };

/** A size and how many changes had it. */
export type ChangeSize = Size & { count: number };

const INSTANT = /^\d{4}-\d\d-\d\dT/;

/**
 * The last day an instant deadline leaves: an exclusive day end (`…T00:00:00+08:00`) is the day
 * before, any other time its own day.
 */
const lastDay = (instant: string) => fromDayNumber(shanghaiDay(parseInstant(instant) - 1));

type Key = string;

function sizeOf(calendar: Calendar, kind: ChangeGroup['kind'], outcome: string): Size {
  if (kind === 'deadline') {
    // compare-groups' outcome key: the working-day shift (`-1`, `+2`) or, within a day, hours (`3h`).
    if (outcome.endsWith('h')) return { size: 'hours', n: Number(outcome.slice(0, -1)) };
    return { size: 'workdays', n: Number(outcome) };
  }
  if (!outcome.includes('→')) return { size: 'event' };
  const [from, to] = outcome.split('→') as [string, string];
  if (INSTANT.test(from) && INSTANT.test(to)) {
    // Two deadlines (the extension's resulting one): sized as a deadline move is.
    const n = workingDaysBetween(calendar, lastDay(from), lastDay(to));
    if (n !== 0) return { size: 'workdays', n };
    return { size: 'hours', n: (parseInstant(to) - parseInstant(from)) / MS_PER_HOUR };
  }
  return { size: 'value', from, to };
}

const keyOf = (s: Size): Key =>
  s.size === 'value' ? `value|${s.from}|${s.to}` : s.size === 'event' ? 'event' : `${s.size}|${s.n}`;

const RANK: Record<ChangeSize['size'], number> = { workdays: 0, hours: 1, value: 2, event: 3 };

/**
 * The group's outcomes by size: moves by working days (earliest first), then by hours, then value
 * pairs (most frequent first), then events. Counts are of changes, as in `outcomes`.
 */
export function groupChanges(calendar: Calendar, group: Pick<ChangeGroup, 'kind' | 'outcomes'>): ChangeSize[] {
  const sizes = new Map<Key, ChangeSize>();
  for (const [outcome, count] of Object.entries(group.outcomes)) {
    const s = sizeOf(calendar, group.kind, outcome);
    const key = keyOf(s);
    const hit = sizes.get(key);
    if (hit) hit.count += count;
    else sizes.set(key, { ...s, count } as ChangeSize);
  }
  return [...sizes.values()].sort((a, b) => {
    if (a.size !== b.size) return RANK[a.size] - RANK[b.size];
    if (a.size === 'workdays' || a.size === 'hours') return a.n - (b as { n: number }).n;
    return b.count - a.count || (keyOf(a) < keyOf(b) ? -1 : 1);
  });
}
