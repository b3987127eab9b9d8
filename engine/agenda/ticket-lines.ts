/**
 * One ticket's agenda lines, read from its decision as of the agenda instant (and, for notices, the
 * decision as of the previous agenda): the rule set's reminders; each open deadline that is
 * overdue, ends on the agenda day or is in the rule set's due-soon window, with the supervision in
 * force over it; applications awaiting approval and their approvers; follow-ups the decision says
 * are owed; and the notices to send. Nothing here names an office's words: every label comes from
 * the rule set (`labelsOf`) or from the decision.
 */
import { parseInstant } from '../calendar/instant.ts';
import type { Decision, DecisionDeadline, Ticket } from '../evaluate/types.ts';
import { type Labels, labelsOf } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Obligation, Role, Ruleset } from '../rules/types.ts';
import { APPROVE_EXTENSION, APPROVE_RETURN, METHOD_TEXT, RESUBMIT_REPORT, TELL_CITIZEN } from './headings.ts';
import type { AgendaDeadline, AgendaLine, AgendaPerson, AgendaSupervision, AgendaUrgency } from './types.ts';

/** Optional windows (an application the unit may make): never owed, so never on the agenda. */
const OPTIONAL: ReadonlySet<Obligation> = new Set(['returnRequest', 'extensionRequest']);

export interface TicketLinesInput {
  ticket: Ticket;
  decision: Decision;
  /** The decision as of the previous agenda (null: the ticket was not yet received then). */
  before: Decision | null;
  ruleset: Ruleset;
  /** The agenda date (YYYY-MM-DD) and the window of new events (`since`, `asOf`], epoch ms. */
  date: string;
  sinceMs: number;
  asOfMs: number;
}

type Base = Pick<AgendaLine, 'ticketId' | 'unit' | 'version'>;

export function ticketLines(input: TicketLinesInput): AgendaLine[] {
  const { ticket, decision: d, ruleset } = input;
  const labels = labelsOf(ruleset);
  const base: Base = { ticketId: ticket.id, unit: ticket.units?.primary ?? null, version: ruleset.version };
  const person = (role: Role): AgendaPerson => ({ role, name: labels.role(role) });
  const cite = (clause: string): Text => ({ zh: labels.clause(clause, 'zh'), en: labels.clause(clause, 'en') });
  const deadlineOf = (x: DecisionDeadline): AgendaDeadline => ({
    obligation: x.obligation,
    obligationName: labels.obligation(x.obligation),
    ruleId: x.ruleId,
    clause: x.clause,
    clauseLabel: cite(x.clause),
    period: x.period,
    dueDate: x.dueDate,
    dueAt: x.dueAt,
    status: x.status,
    remainingWorkdays: x.remainingWorkdays,
  });
  const open = d.deadlines.filter((x) => x.doneAt === null && !OPTIONAL.has(x.obligation) && x.status !== 'lapsed');
  const urgencyOf = (x: DecisionDeadline): AgendaUrgency | null =>
    x.status === 'overdue'
      ? 'overdue'
      : x.dueDate <= input.date
        ? 'due-today'
        : x.status === 'due-soon'
          ? 'due-soon'
          : null;
  const lines: AgendaLine[] = [];
  const push = (line: Omit<AgendaLine, keyof Base | 'by' | 'supervision' | 'methods'> & Partial<AgendaLine>) =>
    lines.push({ ...base, by: null, supervision: null, methods: [], ...line });

  // Reminders (the rule set's own triggers), each about the open deadline it concerns.
  const covered = new Set<DecisionDeadline>();
  for (const r of d.reminders) {
    const rule = ruleset.reminders.find((x) => x.id === r.ruleId);
    const target = reminderTarget(r.trigger, open, rule?.to);
    if (target) covered.add(target);
    push({
      action: 'remind',
      group: 'remind',
      urgency: target ? (urgencyOf(target) ?? 'due') : 'due',
      what: r.message,
      who: rule?.to ? [person(rule.to)] : target ? [person(target.responsible)] : [],
      by: rule?.by ? person(rule.by) : null,
      ruleId: r.ruleId,
      clause: r.clause,
      clauseLabel: cite(r.clause),
      supervision: target ? supervisionOver(d, target, labels, person, cite) : null,
      deadline: target ? deadlineOf(target) : null,
      methods: r.methods.map((m) => METHOD_TEXT[m]),
    });
  }

  // Deadlines that press today, with the supervision over them.
  for (const x of open) {
    const urgency = urgencyOf(x);
    if (urgency === null || covered.has(x)) continue;
    push({
      action: 'deadline',
      group: `deadline:${x.obligation}`,
      urgency,
      what: labels.obligation(x.obligation),
      who: [person(x.responsible)],
      supervision: supervisionOver(d, x, labels, person, cite),
      ruleId: x.ruleId,
      clause: x.clause,
      clauseLabel: cite(x.clause),
      deadline: deadlineOf(x),
    });
  }

  const completion = open.find((x) => x.obligation === 'complete') ?? null;
  const owner = completion?.responsible;

  // Applications awaiting a decision, and by whom.
  const ret = d.actions.return;
  const returns = ticket.returnRequests ?? [];
  const lastReturn = returns[returns.length - 1];
  if (
    ret &&
    lastReturn &&
    (lastReturn.outcome ?? 'pending') === 'pending' &&
    parseInstant(lastReturn.at) <= input.asOfMs &&
    !returns.some((r) => r.outcome === 'approved')
  ) {
    const filing = ret.filing.map(person);
    push({
      action: 'approve',
      group: 'approve',
      urgency: 'awaiting',
      what: filing.length
        ? {
            zh: `${APPROVE_RETURN.zh}（批准后在${filing.map((p) => p.name.zh).join('、')}备案）`,
            en: `${APPROVE_RETURN.en} (filed with ${filing.map((p) => p.name.en).join(', ')} once approved)`,
          }
        : APPROVE_RETURN,
      who: ret.approvalChain.map(person),
      by: person(ret.applicant),
      ruleId: ret.ruleId,
      clause: ret.clause,
      clauseLabel: cite(ret.clause),
      deadline: completion ? deadlineOf(completion) : null,
    });
  }
  const ext = d.actions.extension;
  const exts = ticket.extensionRequests ?? [];
  const lastExt = exts[exts.length - 1];
  if (
    ext &&
    lastExt &&
    lastExt.approved === undefined &&
    parseInstant(lastExt.at) <= input.asOfMs &&
    !exts.some((e) => e.approved === true)
  ) {
    push({
      action: 'approve',
      group: 'approve',
      urgency: 'awaiting',
      what: {
        zh: `${APPROVE_EXTENSION.zh}（申请${lastExt.workdays}个工作日；按上限全额批准则期限至${ext.resultingDueDate ?? '—'}）`,
        en: `${APPROVE_EXTENSION.en} (${lastExt.workdays} workday(s) asked; due ${ext.resultingDueDate ?? '—'} if approved in full)`,
      },
      who: [person(ext.approvedBy)],
      by: owner ? person(owner) : null,
      ruleId: ext.ruleId,
      clause: ext.clause,
      clauseLabel: cite(ext.clause),
      deadline: completion ? deadlineOf(completion) : null,
    });
  }

  // Follow-ups the decision says are owed.
  if (ext?.citizenNotice === 'due') {
    push({
      action: 'follow-up',
      group: 'follow-up',
      urgency: 'due',
      what: TELL_CITIZEN,
      who: owner ? [person(owner)] : [],
      ruleId: ext.ruleId,
      clause: ext.clause,
      clauseLabel: cite(ext.clause),
      deadline: completion ? deadlineOf(completion) : null,
    });
  }
  const review = d.checks.closingReport;
  if (review?.resubmissionRequired) {
    const by = ruleset.review?.submittedBy ?? owner;
    push({
      action: 'follow-up',
      group: 'follow-up',
      urgency: 'due',
      what: {
        zh: `${RESUBMIT_REPORT.zh}：${review.failed.map((f) => f.name.zh).join('、')}`,
        en: `${RESUBMIT_REPORT.en}: ${review.failed.map((f) => f.name.en).join(', ')}`,
      },
      who: by ? [person(by)] : [],
      ruleId: review.ruleId,
      clause: review.clause,
      clauseLabel: cite(review.clause),
      deadline: null,
    });
  }

  // Notices: an immediate one when it is new since the previous agenda; a daily one when the
  // ticket had a recorded event since then (it belongs in today's summary).
  const fresh = hadEventSince(ticket, input.sinceMs, input.asOfMs);
  for (const n of d.notifications) {
    const isNew = n.timing === 'immediately' && !input.before?.notifications.some((b) => b.ruleId === n.ruleId);
    const isDaily = n.timing === 'daily' && fresh;
    if (!isNew && !isDaily) continue;
    push({
      action: 'report',
      group: 'report',
      urgency: isNew ? 'new' : 'due',
      what: n.message,
      who: n.to.map(person),
      ruleId: n.ruleId,
      clause: n.clause,
      clauseLabel: cite(n.clause),
      deadline: null,
    });
  }
  return lines;
}

/** The deadline a reminder is about: the acceptance for not-accepted, the one in its due-soon window, else the earliest open one of the reminded role. */
function reminderTarget(
  trigger: Decision['reminders'][number]['trigger'],
  open: DecisionDeadline[],
  to: Role | undefined,
): DecisionDeadline | undefined {
  const byEnd = [...open].sort((a, b) => parseInstant(a.dueAt) - parseInstant(b.dueAt));
  const mine = byEnd.filter((x) => to === undefined || x.responsible === to);
  if (trigger === 'not-accepted') return mine.find((x) => x.obligation === 'accept') ?? mine[0];
  if (trigger === 'due-soon') return mine.find((x) => x.status === 'due-soon') ?? mine[0];
  return mine.find((x) => x.obligation === 'complete') ?? mine[0];
}

/** The escalation in force over deadline `x`: a revisit-triggered level over the redo, an overdue level over its obligation. */
function supervisionOver(
  d: Decision,
  x: DecisionDeadline,
  labels: Labels,
  person: (r: Role) => AgendaPerson,
  cite: (c: string) => Text,
): AgendaSupervision | null {
  const e = d.escalation;
  if (!e) return null;
  const over =
    e.trigger === 'overdue' ? x.obligation === e.of && x.ruleId === e.deadlineRuleId : x.obligation === 'redo';
  if (!over) return null;
  return {
    level: e.level,
    levelName: labels.level(e.level),
    escalationName: labels.escalation,
    supervisor: { ...person(e.supervisor), name: e.supervisorName },
    clause: e.clause,
    clauseLabel: cite(e.clause),
  };
}

/** Whether any event recorded on the ticket falls in (since, asOf]. */
export function hadEventSince(ticket: Ticket, sinceMs: number, asOfMs: number): boolean {
  const times = [
    ticket.received,
    ticket.dispatched,
    ticket.accepted,
    ticket.completed,
    ...(ticket.contacts ?? []).map((c) => c.at),
    ...(ticket.returnRequests ?? []).map((r) => r.at),
    ...(ticket.extensionRequests ?? []).map((r) => r.at),
    ...(ticket.revisits ?? []).map((r) => r.at),
    ...(ticket.redos ?? []).map((r) => r.at),
  ];
  return times.some((t) => {
    if (t === undefined) return false;
    const ms = parseInstant(t);
    return ms > sinceMs && ms <= asOfMs;
  });
}
