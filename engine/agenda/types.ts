/**
 * The center's daily agenda (issue 15, part 2): the day's work across open tickets, as JSON a page
 * can render without the rule sets. Every label is carried in both languages (`Text`), taken from
 * the ticket's rule set (its vocabulary, reminders, notifications, escalation, return and extension
 * rules); the few generic words (column headings, action kinds) come from `headings.ts`.
 *
 * Shape (`Agenda`):
 * - `date`, `asOf` (the instant decisions are made for, default 08:30 Shanghai on `date`),
 *   `since` (the previous agenda: the same clock time on the previous working day) — notices are
 *   listed when they are new in (`since`, `asOf`];
 * - `offices[]`: one section per rule set, in its own words: `lines[]` (flat, sorted) and
 *   `byAction[]` / `byUnit[]` groups that point into `lines` by index;
 * - `rejected[]`: tickets that could not be read or decided, never dropped silently;
 * - `counts`, `provisional`, `warnings`.
 */
import type { Text } from '../i18n.ts';
import type { Obligation, Role } from '../rules/types.ts';

/** What the line asks for: send a reminder, meet a deadline, approve, follow up, report. */
export type AgendaAction = 'remind' | 'deadline' | 'approve' | 'follow-up' | 'report';

/** overdue · due-today (ends on the agenda date) · due-soon (the rule set's due-soon window) · awaiting (an application to decide) · due (owed now, no end stated) · new (a notice new since the previous agenda). */
export type AgendaUrgency = 'overdue' | 'due-today' | 'due-soon' | 'awaiting' | 'due' | 'new';

export interface AgendaPerson {
  role: Role;
  name: Text;
}

export interface AgendaDeadline {
  obligation: Obligation;
  obligationName: Text;
  ruleId: string;
  clause: string;
  clauseLabel: Text;
  period: string;
  dueDate: string;
  dueAt: string;
  status: string;
  /** Working days after the agenda day up to `dueDate` (negative when overdue; null for hour periods). */
  remainingWorkdays: number | null;
}

export interface AgendaSupervision {
  level: number;
  levelName: Text;
  /** What the rule set calls its escalation (督办, 预警 …). */
  escalationName: Text;
  supervisor: AgendaPerson;
  clause: string;
  clauseLabel: Text;
}

export interface AgendaLine {
  ticketId: string;
  /** The ticket's primary handling unit as recorded on the ticket (null: none recorded). */
  unit: string | null;
  action: AgendaAction;
  /** The group in `byAction`: the action, or `deadline:<obligation>` for a deadline line. */
  group: string;
  urgency: AgendaUrgency;
  /** What is to be done, in the rule set's words (a reminder's or notice's message, an obligation's name …). */
  what: Text;
  /** Who acts (reminded unit, responsible role, approvers, recipients of a notice). */
  who: AgendaPerson[];
  /** Who sends the reminder (reminders that name one). */
  by: AgendaPerson | null;
  /** Supervision in force over this line's deadline (a redo under 2.4-style escalation, an overdue ladder). */
  supervision: AgendaSupervision | null;
  /** The rule the line comes from, and its clause in the rule set's citation form. */
  ruleId: string;
  clause: string;
  clauseLabel: Text;
  /** The deadline the line is about (for an approval: the completion deadline it bears on), or null. */
  deadline: AgendaDeadline | null;
  /** Reminder methods (phone, online, written) in both languages. */
  methods: Text[];
  /** Rule set version the ticket was decided under. */
  version: string;
}

export interface AgendaGroup {
  key: string;
  label: Text;
  /** Indexes into the office's `lines`. */
  lines: number[];
}

export interface AgendaOffice {
  id: string;
  title: Text;
  versions: string[];
  tickets: number;
  lines: AgendaLine[];
  byAction: AgendaGroup[];
  byUnit: AgendaGroup[];
}

export interface AgendaRejected {
  index: number;
  ticketId?: string;
  file?: string;
  line?: number;
  code: string;
  message: Text;
}

export interface Agenda {
  kind: 'agenda';
  date: string;
  asOf: string;
  since: string;
  /** Restricted to one office (`--office`, `office`), or null: all offices. */
  office: string | null;
  offices: AgendaOffice[];
  counts: { tickets: number; decided: number; lines: number; rejected: number };
  rejected: AgendaRejected[];
  provisional: boolean;
  warnings: Text[];
}
