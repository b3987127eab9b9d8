/**
 * `hotline calendar impact` / `POST /v1/calendar/impact`: each ticket decided twice as of one
 * instant — under the calendar in force and under the new one — with the existing engine
 * (`evaluateSync`, the compiled path, no explanations), and the differences kept: every deadline
 * whose last day moves (old → new, in working days of the new calendar), every deadline status
 * that changes, and whether the decision stops being provisional. Tickets are fed one at a time
 * (`add`), so a large file never sits in memory; only the changed tickets are kept.
 */
import { isHotlineError } from '../../errors.ts';
import { evaluateSync } from '../../evaluate/evaluate.ts';
import type { Decision, DecisionDeadline, Ticket } from '../../evaluate/types.ts';
import { labelsOf } from '../../explain/labels.ts';
import type { RulesetCatalog } from '../../rules/load-catalog.ts';
import { rulesetIdFor } from '../../rules/route-ticket.ts';
import { selectVersion } from '../../rules/select-version.ts';
import { checkInput, evaluationRejection } from '../../simulate/ticket-input.ts';
import type { RejectedTicket, TicketInput } from '../../simulate/types.ts';
import type { Calendar } from '../calendar.ts';
import { toDayNumber } from '../day-number.ts';
import { formatInstant, parseInstant } from '../instant.ts';
import { workingDaysBetweenNumbers } from '../working-days-between.ts';
import type {
  CalendarImpact,
  CalendarRef,
  DeadlineMove,
  DeadlineOnlyIn,
  ImpactLevel,
  StatusChange,
  TicketImpact,
} from './types.ts';

export interface CalendarImpactOptions {
  catalog: RulesetCatalog;
  /** The calendar in force. */
  before: Calendar;
  /** The calendar with the new notice. */
  after: Calendar;
  asOf: string;
  /** Rule set for tickets without `office` (default: the folder's default). */
  rulesetId?: string;
}

export interface ImpactCollector {
  /** Decides one ticket under both calendars; `index` is its 0-based position in the batch. */
  add(input: TicketInput, index: number): void;
  result(): CalendarImpact;
}

const ref = (c: Calendar): CalendarRef => ({ id: c.id, revision: c.revision, noticeYears: [...c.noticeYears] });

/** Pairs the deadlines of two decisions by rule and obligation (and order, should one repeat). */
function pairDeadlines(
  a: DecisionDeadline[],
  b: DecisionDeadline[],
): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const rest = new Map<string, number[]>();
  b.forEach((d, j) => {
    const k = `${d.ruleId}\0${d.obligation}`;
    const list = rest.get(k);
    if (list) list.push(j);
    else rest.set(k, [j]);
  });
  const pairs: [number, number][] = [];
  const removed: number[] = [];
  a.forEach((d, i) => {
    const hit = rest.get(`${d.ruleId}\0${d.obligation}`)?.shift();
    if (hit !== undefined) pairs.push([i, hit]);
    else removed.push(i);
  });
  const added = [...rest.values()].flat().sort((x, y) => x - y);
  return { pairs, removed, added };
}

/** The decision, or null when a strict rule set refuses a provisional computation. */
function decideOrRefused(run: () => Decision): Decision | null {
  try {
    return run();
  } catch (e) {
    if (isHotlineError(e) && e.code === 'CALENDAR_NOT_COVERED') return null;
    throw e;
  }
}

function refusedThenDecided(ticket: Ticket, b: Decision): TicketImpact {
  return {
    ticketId: ticket.id,
    ruleset: { id: b.ruleset.id, version: b.ruleset.version },
    provisional: { before: true, after: b.provisional },
    refusedBefore: true,
    moves: [],
    statusChanges: [],
    added: [],
    removed: [],
    escalation: null,
  };
}

export function createImpactCollector(o: CalendarImpactOptions): ImpactCollector {
  const asOf = formatInstant(parseInstant(o.asOf));
  const detail = { asOf, explain: false, trace: false } as const;
  const tickets: TicketImpact[] = [];
  const rejected: RejectedTicket[] = [];
  const counts: CalendarImpact['counts'] = {
    tickets: 0,
    decided: 0,
    rejected: 0,
    affected: 0,
    ticketsWithMoves: 0,
    deadlinesMoved: 0,
    movesByWorkdays: {},
    statusChanges: 0,
    escalationChanges: 0,
    noLongerRefused: 0,
    noLongerProvisional: 0,
    stillProvisional: 0,
  };

  const compare = (ticket: Ticket, a: Decision, b: Decision, labels: ReturnType<typeof labelsOf>): TicketImpact => {
    const moves: DeadlineMove[] = [];
    const statusChanges: StatusChange[] = [];
    const paired = pairDeadlines(a.deadlines, b.deadlines);
    const one = (d: DecisionDeadline, index: number): DeadlineOnlyIn => ({
      index,
      obligation: d.obligation,
      obligationName: labels.obligation(d.obligation),
      ruleId: d.ruleId,
      dueDate: d.dueDate,
      dueAt: d.dueAt,
      status: d.status,
    });
    const added = paired.added.map((j) => one(b.deadlines[j]!, j));
    const removed = paired.removed.map((i) => one(a.deadlines[i]!, i));
    for (const [i, j] of paired.pairs) {
      const x = a.deadlines[i]!;
      const y = b.deadlines[j]!;
      const index = { before: i, after: j };
      const obligationName = labels.obligation(x.obligation);
      if (x.dueAt !== y.dueAt) {
        const from = toDayNumber(x.dueDate);
        const to = toDayNumber(y.dueDate);
        const workdays = workingDaysBetweenNumbers(o.after, from, to);
        moves.push({
          index,
          obligation: x.obligation,
          obligationName,
          ruleId: x.ruleId,
          clause: x.clause,
          clauseCite: { zh: labels.clause(x.clause, 'zh'), en: labels.clause(x.clause, 'en') },
          period: x.period,
          before: { dueDate: x.dueDate, dueAt: x.dueAt, status: x.status, provisional: x.provisional },
          after: { dueDate: y.dueDate, dueAt: y.dueAt, status: y.status, provisional: y.provisional },
          workdays,
          days: to - from,
        });
      }
      if (x.status !== y.status) {
        statusChanges.push({
          index,
          obligation: x.obligation,
          obligationName,
          ruleId: x.ruleId,
          before: x.status,
          after: y.status,
        });
      }
    }
    const la = a.escalation?.level ?? null;
    const lb = b.escalation?.level ?? null;
    const level = (n: number | null): ImpactLevel => ({
      level: n,
      name: n === null ? { zh: `无${labels.escalation.zh}`, en: `no ${labels.escalation.en}` } : labels.level(n),
    });
    return {
      ticketId: ticket.id,
      ruleset: { id: a.ruleset.id, version: a.ruleset.version },
      provisional: { before: a.provisional, after: b.provisional },
      refusedBefore: false,
      moves,
      statusChanges,
      added,
      removed,
      escalation: la === lb ? null : { before: level(la), after: level(lb) },
    };
  };

  return {
    add(input, index) {
      counts.tickets++;
      const checked = checkInput(input, index);
      if (!checked.ok) {
        rejected.push(checked.rejected);
        counts.rejected++;
        return;
      }
      const ticket = checked.ticket;
      let a: Decision | null;
      let b: Decision;
      let labels: ReturnType<typeof labelsOf>;
      try {
        const id = rulesetIdFor(o.catalog, { office: ticket.office, requested: o.rulesetId });
        const ruleset = selectVersion(o.catalog, id, ticket.received);
        labels = labelsOf(ruleset);
        a = decideOrRefused(() => evaluateSync(ruleset, o.before, ticket, detail));
        b = evaluateSync(ruleset, o.after, ticket, detail);
      } catch (e) {
        const where = {
          ...(checked.file !== undefined ? { file: checked.file } : {}),
          ...(checked.line !== undefined ? { line: checked.line } : {}),
        };
        rejected.push(evaluationRejection(index, where, ticket.id, e));
        counts.rejected++;
        return;
      }
      counts.decided++;
      const t = a ? compare(ticket, a, b, labels) : refusedThenDecided(ticket, b);
      if (t.refusedBefore) counts.noLongerRefused++;
      if (t.provisional.before && !t.provisional.after) counts.noLongerProvisional++;
      if (t.provisional.after) counts.stillProvisional++;
      counts.deadlinesMoved += t.moves.length;
      for (const m of t.moves) {
        const k = m.workdays > 0 ? `+${m.workdays}` : String(m.workdays);
        counts.movesByWorkdays[k] = (counts.movesByWorkdays[k] ?? 0) + 1;
      }
      counts.statusChanges += t.statusChanges.length;
      if (t.escalation) counts.escalationChanges++;
      if (t.moves.length > 0) counts.ticketsWithMoves++;
      if (
        t.moves.length > 0 ||
        t.statusChanges.length > 0 ||
        t.escalation !== null ||
        t.refusedBefore ||
        t.added.length > 0 ||
        t.removed.length > 0 ||
        t.provisional.before !== t.provisional.after
      ) {
        counts.affected++;
        tickets.push(t);
      }
    },
    result: () => ({ asOf, before: ref(o.before), after: ref(o.after), counts, tickets, rejected }),
  };
}

/** The impact over a list of tickets (HTTP, tests). */
export function calendarImpact(o: CalendarImpactOptions, inputs: Iterable<TicketInput>): CalendarImpact {
  const c = createImpactCollector(o);
  let i = 0;
  for (const input of inputs) c.add(input, i++);
  return c.result();
}
