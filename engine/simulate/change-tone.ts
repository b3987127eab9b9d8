/**
 * Whether a change from the base version to the candidate is better or worse, for colouring it.
 *
 * The reading chosen: better or worse **for the handling unit's standing** — what the office's
 * assessment of the unit counts. A later deadline leaves the unit more time (better); an earlier one
 * is stricter (worse). On time beats due soon, which beats late or overdue. A new deadline is one
 * more obligation (worse), a removed one is one fewer (better). A higher supervision level is worse,
 * none at all best. An action (return, extension) that becomes unavailable or no longer allowed now
 * is worse; the deadline a full extension would give moving later is better. A different ticket
 * type, approval chain or reminder is neither: whether it helps depends on the case, so it stays
 * neutral. The same reading colours a ticket's changes and a group's sizes, so the two agree.
 */
import { parseInstant } from '../calendar/instant.ts';
import { token } from './compare-groups.ts';
import type { Change, ChangeGroup } from './compare-types.ts';
import type { Size } from './group-changes.ts';

export type Tone = 'better' | 'worse' | 'neutral';

/** How well the unit stands with a deadline in each status (lower is better); lapsed windows are not ranked. */
const STATUS_RANK: Record<string, number> = { met: 0, pending: 1, 'due-soon': 2, late: 3, overdue: 3 };

const bySign = (n: number): Tone => (n > 0 ? 'better' : n < 0 ? 'worse' : 'neutral');

/** The tone of a value pair (outcome tokens: `-` is none) of a group's kind and subject. */
function valueTone(kind: ChangeGroup['kind'], subject: string, from: string, to: string): Tone {
  switch (kind) {
    case 'status': {
      const a = STATUS_RANK[from];
      const b = STATUS_RANK[to];
      return a === undefined || b === undefined ? 'neutral' : bySign(a - b);
    }
    case 'escalation': {
      const level = (x: string) => (x === '-' ? 0 : Number(x));
      const a = level(from);
      const b = level(to);
      return Number.isNaN(a) || Number.isNaN(b) ? 'neutral' : bySign(a - b);
    }
    case 'action':
      if (subject.endsWith('.available') || subject.endsWith('.allowedNow')) {
        if (from === to) return 'neutral';
        return to === 'true' ? 'better' : from === 'true' ? 'worse' : 'neutral';
      }
      if (subject.endsWith('.resultingDueAt') && from !== '-' && to !== '-') {
        return bySign(parseInstant(to) - parseInstant(from));
      }
      return 'neutral';
    default:
      return 'neutral';
  }
}

const EVENT_TONE: Partial<Record<ChangeGroup['kind'], Tone>> = {
  'deadline-added': 'worse',
  'deadline-removed': 'better',
};

/** The tone of one size of a group (`groupChanges`). */
export function sizeTone(group: Pick<ChangeGroup, 'kind' | 'subject'>, s: Size): Tone {
  switch (s.size) {
    case 'workdays':
    case 'hours':
      return bySign(s.n);
    case 'value':
      return valueTone(group.kind, group.subject, s.from, s.to);
    default:
      return EVENT_TONE[group.kind] ?? 'neutral';
  }
}

/** The tone of one change of one ticket. */
export function changeTone(c: Change): Tone {
  switch (c.kind) {
    case 'deadline':
      return bySign(c.ms);
    case 'deadline-added':
    case 'deadline-removed':
      return EVENT_TONE[c.kind] ?? 'neutral';
    case 'status':
      return valueTone(c.kind, c.obligation, c.from, c.to);
    case 'escalation':
      return valueTone(c.kind, '', token(c.from), token(c.to));
    case 'action':
      return valueTone(c.kind, `${c.action}.${c.field}`, token(c.from), token(c.to));
    default:
      return 'neutral';
  }
}
