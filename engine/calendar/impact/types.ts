/** What a new calendar (a newly loaded State Council notice) changes in the open tickets' decisions. */
import type { DeadlineStatus } from '../../evaluate/types.ts';
import type { Text } from '../../i18n.ts';
import type { RejectedTicket } from '../../simulate/types.ts';

/** One deadline whose last day moves. */
export interface DeadlineMove {
  /** Position of the deadline in the decision's `deadlines` (old and new decision). */
  index: { before: number; after: number };
  obligation: string;
  /** The obligation in the rule set's words. */
  obligationName: Text;
  ruleId: string;
  clause: string;
  /** The clause as the rule set cites it. */
  clauseCite: Text;
  period: string;
  before: { dueDate: string; dueAt: string; status: DeadlineStatus; provisional: boolean };
  after: { dueDate: string; dueAt: string; status: DeadlineStatus; provisional: boolean };
  /** Signed working days (on the new calendar) from the old last day to the new one: (old, new]. */
  workdays: number;
  /** Signed calendar days from the old last day to the new one. */
  days: number;
}

/** A deadline of one decision with no counterpart in the other. */
export interface DeadlineOnlyIn {
  /** Position in its decision's `deadlines`. */
  index: number;
  obligation: string;
  obligationName: Text;
  ruleId: string;
  dueDate: string;
  dueAt: string;
  status: DeadlineStatus;
}

/** A deadline whose status changes as of `asOf` (its last day may or may not move). */
export interface StatusChange {
  index: { before: number; after: number };
  obligation: string;
  obligationName: Text;
  ruleId: string;
  before: DeadlineStatus;
  after: DeadlineStatus;
}

export interface TicketImpact {
  ticketId: string;
  ruleset: { id: string; version: string };
  provisional: { before: boolean; after: boolean };
  /**
   * The rule set counts strictly (`settings.counting.strict`) and refused the ticket on the
   * calendar in force (a provisional year): the new calendar decides it. Nothing to compare, so
   * `moves` and `statusChanges` are empty.
   */
  refusedBefore: boolean;
  moves: DeadlineMove[];
  statusChanges: StatusChange[];
  /** Deadlines only the new decision has (a redo of a level now reached …) and only the old one had. */
  added: DeadlineOnlyIn[];
  removed: DeadlineOnlyIn[];
  /** The supervision level in force, when it differs (a level reached by time overdue moves with the deadline). */
  escalation: { before: ImpactLevel; after: ImpactLevel } | null;
}

/** A level number (null: none) and its name in the rule set's words (一级督办, 无督办 …). */
export interface ImpactLevel {
  level: number | null;
  name: Text;
}

export interface CalendarRef {
  id: string;
  revision: string;
  noticeYears: number[];
}

export interface CalendarImpact {
  asOf: string;
  before: CalendarRef;
  after: CalendarRef;
  counts: {
    tickets: number;
    decided: number;
    rejected: number;
    /** Tickets with any moved deadline, changed status or level, or changed provisional flag. */
    affected: number;
    ticketsWithMoves: number;
    deadlinesMoved: number;
    /** Moved deadlines by signed working-day shift (`+2`, `-1`). */
    movesByWorkdays: Record<string, number>;
    statusChanges: number;
    /** Tickets whose supervision level in force changes. */
    escalationChanges: number;
    /** Tickets a strict rule set refused on the calendar in force and the new calendar decides. */
    noLongerRefused: number;
    /** Decisions provisional before and final after. */
    noLongerProvisional: number;
    /** Decisions still provisional on the new calendar. */
    stillProvisional: number;
  };
  /** Only the tickets with a change, in input order. */
  tickets: TicketImpact[];
  rejected: RejectedTicket[];
}
