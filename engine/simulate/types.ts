/**
 * Shapes of what-if simulation (`simulate`) and version comparison (`compare`): the tickets that
 * go in, the rejections, the summary that comes out. Everything here is plain data, so it crosses
 * a worker thread unchanged and prints as JSON for programs.
 */
import type { TicketIssue } from '../evaluate/parse-ticket.ts';
import type { DeadlineStatus, Ticket } from '../evaluate/types.ts';
import type { Words } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Obligation, TicketTypeId } from '../rules/types.ts';

/**
 * One ticket of a batch: a ticket object (trusted shape, still validated unless `trusted`), a raw
 * value read from a file (validated; `line` for JSON Lines), or a file that could not be read
 * (`issues` already known: a YAML syntax error, a bad JSON line).
 */
export type TicketInput =
  | Ticket
  | { file: string; line?: number; value: unknown }
  | { file: string; line?: number; value?: unknown; issues: TicketIssue[] };

/** A ticket that was not evaluated, and why: never skipped silently. */
export interface RejectedTicket {
  /** 0-based position in the batch. */
  index: number;
  file?: string;
  line?: number;
  ticketId?: string;
  /** Schema and order problems (field path, code, message), or an evaluation error (`path` `(root)`). */
  issues: Pick<TicketIssue, 'path' | 'code' | 'message' | 'line' | 'col'>[];
}

/** `none`, or a level number as a string (`1`, `2` …: the levels the rule set declares). */
export type EscalationKey = string;

/** Counts over the evaluated tickets of a batch. Deterministic: the same tickets give the same object. */
export interface SimulationSummary {
  tickets: { total: number; evaluated: number; rejected: number };
  /** `<ruleset id>/<version>` → tickets decided under it. */
  byVersion: Record<string, number>;
  byType: Partial<Record<TicketTypeId, number>>;
  /** Obligation → status → deadlines. */
  deadlines: Partial<Record<Obligation, Partial<Record<DeadlineStatus, number>>>>;
  /** Tickets by escalation level in force (`none` and each level reached). */
  escalation: Record<EscalationKey, number>;
  /** Reminder rule id → how many tickets have it due. */
  reminders: Record<string, { clause: string; trigger: string; count: number }>;
  /** Notification rule id → how many tickets trigger it. */
  notifications: Record<string, { clause: string; count: number }>;
  checks: {
    firstContact: { satisfied: number; unsatisfied: number; notApplicable: number };
    closingReport: {
      passed: number;
      failed: number;
      notApplicable: number;
      /** Review point n → its field, name and how many reports fail it. */
      failedPoints: Record<string, { field: string; name: Text; count: number }>;
    };
  };
  actions: { returnAllowedNow: number; extensionAllowedNow: number };
  provisional: number;
  withWarnings: number;
}

/** How much of a list was left out to keep memory bounded. */
export interface Capped<T> {
  items: T[];
  omitted: number;
}

/** Identity of a rule-set version in a report. */
export interface VersionRef {
  id: string;
  version: string;
  revision: string;
  effectiveFrom: string;
  effectiveTo?: string;
  /** Where it was loaded from (draft folders are shown). */
  dir: string;
  /** The version's words a report needs: its role names and clause citations (from its vocabulary). */
  words: ReportWords;
}

/** The names of the versions a report covers (their vocabularies; see explain/labels.ts). */
export type ReportWords = Words;

export interface RunStats {
  ms: number;
  ticketsPerSecond: number;
  /** 1, or 2 when a worker thread took part. */
  threads: number;
  chunks: number;
  /** Chunks evaluated by the worker. */
  workerChunks: number;
  /** Why the worker stopped (its chunks were then run on the main thread: the result is complete). */
  workerError?: string;
}

/** What the run was: shared by simulation and comparison reports. */
export interface RunMeta {
  asOf: string;
  path: 'engine' | 'compiled';
  calendar: { id: string; revision: string };
}

export interface SimulationResult {
  kind: 'simulation';
  meta: RunMeta & { versions: VersionRef[]; mode: 'version' | 'in-force' };
  summary: SimulationSummary;
  rejected: Capped<RejectedTicket>;
  stats: RunStats;
}

/** Progress after each chunk (and at the end). `total` when known. */
export interface Progress {
  done: number;
  total?: number;
}
