/**
 * Whether two cores of one ticket (one rule set, one calendar) would be written out as the same
 * decision, asOf, id and remaining times aside — the written decisions' stable keys equal
 * (test/evaluate/stable-key.ts) — read from the numbers, without writing either decision (what
 * nextChangeAt asks at each candidate instant). Rules, limits and levels are references into the one rule set, so they are
 * compared by identity; instants and day numbers by value. Warnings, rare and deduplicated as
 * text, are compared as the texts the decision would carry when their numbers differ.
 * test/evaluate/next-change.test.ts checks it against the written decisions' stable keys.
 */
import type { DueNumbers } from '../calendar/due-numbers.ts';
import type {
  CoreDeadline,
  CoreEscalationStep,
  CoreExtension,
  CoreFirstContact,
  CoreOverdueEscalation,
  CoreReturn,
  CoreWarning,
  DecisionCore,
} from './core-types.ts';
import { escalationInForce } from './escalation-in-force.ts';

function sameList<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i]!, b[i]!)) return false;
  return true;
}

/** The end as written: its instant and its last day. */
function sameEnd(a: DueNumbers | null, b: DueNumbers | null): boolean {
  if (a === null || b === null) return a === b;
  return a.dueAtMs === b.dueAtMs && a.lastDay === b.lastDay;
}

function sameDeadline(a: CoreDeadline, b: CoreDeadline): boolean {
  return (
    a.planned === b.planned &&
    a.status === b.status &&
    a.anchorMs === b.anchorMs &&
    a.doneAtMs === b.doneAtMs &&
    sameEnd(a.due, b.due) &&
    a.due.gaps.length > 0 === b.due.gaps.length > 0
  );
}

/** The overdue level written: the same level, reached at the same instant, of the same deadline. */
function sameOverdue(a: CoreOverdueEscalation, b: CoreOverdueEscalation): boolean {
  const i = a.index;
  return (
    i === b.index &&
    a.rule === b.rule &&
    a.levels[i] === b.levels[i] &&
    a.levels[i + 1] === b.levels[i + 1] &&
    a.deadline!.planned.limit.id === b.deadline!.planned.limit.id &&
    sameEnd(a.deadline!.due, b.deadline!.due) &&
    a.reachedAt[i] === b.reachedAt[i] &&
    (a.levels[i + 1] === undefined || a.reachedAt[i + 1] === b.reachedAt[i + 1])
  );
}

function sameStep(a: CoreEscalationStep, b: CoreEscalationStep): boolean {
  return (
    a.level === b.level &&
    a.revisitAt === b.revisitAt &&
    a.workdaysAtRevisit === b.workdaysAtRevisit &&
    a.previousLevel === b.previousLevel &&
    sameEnd(a.redo, b.redo)
  );
}

function sameEscalation(a: DecisionCore, b: DecisionCore): boolean {
  const ea = escalationInForce(a);
  const eb = escalationInForce(b);
  if (ea === null || eb === null) return ea === eb;
  if (ea.trigger === 'overdue') return eb.trigger === 'overdue' && sameOverdue(ea.ladder, eb.ladder);
  if (eb.trigger !== 'revisit') return false;
  return (
    ea.escalation.rule === eb.escalation.rule &&
    ea.escalation.shift === eb.escalation.shift &&
    sameStep(ea.step, eb.step)
  );
}

function sameReturn(a: CoreReturn | null, b: CoreReturn | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.rule === b.rule &&
    a.reason === b.reason &&
    a.escalated === b.escalated &&
    sameEnd(a.window, b.window) &&
    sameList(a.required, b.required) &&
    sameList(a.missing, b.missing)
  );
}

function sameExtension(a: CoreExtension | null, b: CoreExtension | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.rule === b.rule &&
    a.reason === b.reason &&
    a.citizenNotice === b.citizenNotice &&
    sameEnd(a.window, b.window) &&
    sameEnd(a.resulting, b.resulting) &&
    sameList(a.missing, b.missing)
  );
}

function sameFirstContact(a: CoreFirstContact | null, b: CoreFirstContact | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.inTime === b.inTime &&
    a.how === b.how &&
    a.madeAt === b.madeAt &&
    a.window.dueAtMs === b.window.dueAtMs &&
    sameList(a.calls, b.calls)
  );
}

function sameWarning(a: CoreWarning, b: CoreWarning): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'gaps': {
      const g = (b as typeof a).gaps;
      return sameList(
        a.gaps,
        g,
        (x, y) => x.from === y.from && x.to === y.to && x.missingNoticeYear === y.missingNoticeYear,
      );
    }
    case 'missing-anchor':
      return a.limit === (b as typeof a).limit;
    case 'extension-late': {
      const y = b as typeof a;
      return a.rule === y.rule && a.at === y.at && a.window.lastDay === y.window.lastDay;
    }
    case 'extension-missing': {
      const y = b as typeof a;
      return a.rule === y.rule && a.at === y.at && sameList(a.missing, y.missing);
    }
  }
}

/**
 * Whether `a` and `b` render as the same decision (asOf, id, remaining times, explanations and
 * trace aside). `warningTexts` writes a core's warnings as the decision would (deduplicated): used
 * only when the warnings' numbers differ, since two lists can still read the same.
 */
export function sameCore(
  a: DecisionCore,
  b: DecisionCore,
  warningTexts: (core: DecisionCore) => readonly { zh: string; en: string }[],
): boolean {
  if (a.plan !== b.plan || a.provisional !== b.provisional || a.input.id !== b.input.id) return false;
  if (!sameList(a.alsoMatched, b.alsoMatched)) return false;
  if (!sameList(a.deadlines, b.deadlines, sameDeadline)) return false;
  if (!sameEscalation(a, b)) return false;
  const n = a.ruleset.reminders.length + a.ruleset.notifications.length;
  for (let i = 0; i < n; i++) if ((a.effects[i]?.fired === true) !== (b.effects[i]?.fired === true)) return false;
  if (!sameReturn(a.return, b.return) || !sameExtension(a.extension, b.extension)) return false;
  if (a.ruleset.firstContact && !sameFirstContact(a.firstContact, b.firstContact)) return false;
  const ca = a.closingReport;
  const cb = b.closingReport;
  if (ca === null || cb === null) {
    if (ca !== cb) return false;
  } else if (
    ca.rule !== cb.rule ||
    !sameList(ca.failed, cb.failed, (x, y) => x.point === y.point && x.filled === y.filled)
  )
    return false;
  if (sameList(a.warnings, b.warnings, sameWarning)) return true;
  return sameList(warningTexts(a), warningTexts(b), (x, y) => x.zh === y.zh && x.en === y.en);
}
