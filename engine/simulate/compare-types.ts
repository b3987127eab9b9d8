/**
 * Shapes of a comparison of two rule-set versions (base → candidate) over the same tickets.
 */
import type { DeadlineStatus } from '../evaluate/types.ts';
import type { Obligation, Role, TicketTypeId } from '../rules/types.ts';
import type { ChangeSize } from './group-changes.ts';
import type { Capped, RejectedTicket, RunMeta, RunStats, VersionRef } from './types.ts';

/**
 * One difference in one ticket's decision. `clause` and `ruleId` name the rule that decided the
 * candidate's answer (the base's when the candidate has none).
 */
export type Change =
  | { kind: 'type'; clause: string; ruleId: string; from: TicketTypeId; to: TicketTypeId }
  | {
      kind: 'deadline';
      clause: string;
      ruleId: string;
      obligation: Obligation;
      /** `dueAt` under the base and under the candidate. */
      from: string;
      to: string;
      /** `dueDate` (the last day) under each. */
      fromDate: string;
      toDate: string;
      /** Working days from the base's dueDate to the candidate's (negative: earlier). */
      workdays: number;
      /** The candidate's dueAt minus the base's, in milliseconds (hour periods move within a day). */
      ms: number;
    }
  | { kind: 'deadline-added' | 'deadline-removed'; clause: string; ruleId: string; obligation: Obligation; due: string }
  | {
      kind: 'status';
      clause: string;
      ruleId: string;
      obligation: Obligation;
      from: DeadlineStatus;
      to: DeadlineStatus;
    }
  | { kind: 'escalation'; clause: string; ruleId: string; from: number | null; to: number | null }
  | {
      /** What the return or extension action needs or allows now (a new approval chain, a closed window …). */
      kind: 'action';
      clause: string;
      ruleId: string;
      action: 'return' | 'extension';
      /**
       * `approvalChain` (return), `approvedBy` (extension), `allowedNow`, `available` (the action
       * exists at all), `resultingDueAt` (the completion deadline a full extension would give).
       */
      field: 'approvalChain' | 'approvedBy' | 'allowedNow' | 'available' | 'resultingDueAt';
      from: Role[] | Role | boolean | string | null;
      to: Role[] | Role | boolean | string | null;
    }
  | { kind: 'reminder-added' | 'reminder-removed'; clause: string; ruleId: string; trigger: string };

export type ChangeKind = Change['kind'];

/** One ticket of a comparison. Unchanged tickets under the candidate are only counted. */
export interface TicketComparison {
  index: number;
  ticketId: string;
  file?: string;
  line?: number;
  received: string;
  typeBase: TicketTypeId;
  typeCandidate: TicketTypeId | null;
  /** 新老划断: received outside the candidate's effective range, so the base version still governs. */
  keptUnderBase: boolean;
  changes: Change[];
}

/** Changes of one kind by one rule, over all tickets. */
export interface ChangeGroup {
  kind: ChangeKind;
  clause: string;
  ruleId: string;
  /** Obligation, action/field or trigger the group is about. */
  subject: string;
  tickets: number;
  /** `from → to` (or the working-day shift for deadlines, e.g. `-1`) → tickets. */
  outcomes: Record<string, number>;
  /** The outcomes summed by kind and size (`groupChanges`): set on a finished comparison. */
  bySize?: ChangeSize[];
}

export interface CompareTotals {
  tickets: number;
  evaluated: number;
  rejected: number;
  keptUnderBase: number;
  underCandidate: number;
  changed: number;
  unchanged: number;
}

export interface ComparisonResult {
  kind: 'comparison';
  meta: RunMeta & { base: VersionRef; candidate: VersionRef };
  totals: CompareTotals;
  /** Sorted by clause, rule id, kind, subject. */
  groups: ChangeGroup[];
  /** Changed and kept-under-base tickets, in input order (capped; the rest counted in `omitted`). */
  tickets: Capped<TicketComparison>;
  rejected: Capped<RejectedTicket>;
  stats: RunStats;
}
