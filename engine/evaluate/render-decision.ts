/**
 * The public `Decision` written from its numeric core: ISO instants and dates, names and reasons
 * in both languages, and — only when asked — each deadline's counting explanation and the trace.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { gapWarning } from '../calendar/coverage.ts';
import { formatInstant } from '../calendar/instant.ts';
import { labelsOf } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { renderExtension, renderReturn } from './actions.ts';
import { missingAnchor, renderDeadline } from './build-deadlines.ts';
import { renderClosingReport } from './closing-report.ts';
import type { CoreWarning, DecisionCore } from './core-types.ts';
import { renderEscalation } from './escalation.ts';
import { escalationInForce } from './escalation-in-force.ts';
import { renderExtensionWarning } from './extension-checks.ts';
import { renderFirstContact } from './first-contact.ts';
import { nextChangeAt } from './next-change.ts';
import { overdueEscalationTrace, renderOverdueEscalation } from './overdue-escalation.ts';
import type { Decision, Ticket } from './types.ts';

export interface RenderOptions {
  /** Each deadline's counting explanation (default true). */
  explain?: boolean;
  /** Work out `nextChangeAt` (default true; it decides the ticket again at the candidate instants). */
  nextChange?: boolean;
}

export function renderDecision(core: DecisionCore, options: RenderOptions = {}): Decision {
  const { ruleset, calendar, plan } = core;
  const type = plan.type;
  const counting = ruleset.settings.counting;
  const labels = labelsOf(ruleset);
  const explain = options.explain !== false;
  const nReminders = ruleset.reminders.length;
  const asOf = formatInstant(core.asOf);
  const overdue = core.overdueEscalation;
  const decision: Decision = {
    decisionId: '',
    ticketId: core.input.id,
    asOf,
    nextChangeAt: null,
    ruleset: { id: ruleset.id, version: ruleset.version, revision: ruleset.revision },
    calendar: { id: calendar.id, revision: calendar.revision },
    counting,
    settings: plan.settings,
    provisional: core.provisional,
    ticketType: {
      id: type.id,
      name: type.name,
      clause: type.clause,
      ruleId: type.id,
      alsoMatched: core.alsoMatched.map((t) => t.id),
      alsoMatchedNames: core.alsoMatched.map((t) => t.name),
    },
    deadlines: core.deadlines.map((d) => renderDeadline(d, calendar, counting, explain)),
    escalation: escalationOf(core, labels.role),
    reminders: ruleset.reminders
      .filter((_, i) => core.effects[i]?.fired === true)
      .map((r) => ({ ruleId: r.id, clause: r.clause, trigger: r.trigger, methods: r.methods, message: r.message })),
    actions: {
      return: core.return ? renderReturn(core.return) : null,
      extension: core.extension ? renderExtension(core.extension) : null,
    },
    checks: {
      firstContact:
        core.firstContact && ruleset.firstContact ? renderFirstContact(ruleset.firstContact, core.firstContact) : null,
      closingReport: core.closingReport ? renderClosingReport(core.closingReport) : null,
    },
    notifications: ruleset.notifications
      .filter((_, i) => core.effects[nReminders + i]?.fired === true)
      .map((n) => ({ ruleId: n.id, clause: n.clause, to: n.to, timing: n.timing, message: n.message })),
    warnings: renderWarnings(core.warnings, ruleset),
    trace: core.trace
      ? [...core.trace, ...(overdue ? overdueEscalationTrace(overdue, core.asOf) : []), ...core.effects]
      : [],
  };
  decision.decisionId = decisionIdOf(ruleset, calendar, core.input, asOf);
  if (options.nextChange !== false) {
    const at = nextChangeAt(core);
    decision.nextChangeAt = at === null ? null : formatInstant(at);
  }
  return decision;
}

/** The level in force, written out (escalation-in-force.ts chooses it). */
function escalationOf(core: DecisionCore, roleName: (role: string) => Text): Decision['escalation'] {
  const e = escalationInForce(core);
  if (e === null) return null;
  return e.trigger === 'overdue'
    ? renderOverdueEscalation(e.ladder, roleName)
    : renderEscalation(e.escalation, e.step, roleName);
}

/** The warnings in both languages, each said once (in the order they arose). */
export function renderWarnings(list: readonly CoreWarning[], ruleset: Ruleset): Text[] {
  if (list.length === 0) return [];
  const labels = labelsOf(ruleset);
  const seen = new Set<string>();
  const out: Text[] = [];
  const add = (t: Text) => {
    if (seen.has(t.zh)) return;
    seen.add(t.zh);
    out.push(t);
  };
  for (const w of list) {
    if (w.kind === 'gaps') for (const g of w.gaps) add(gapWarning(g));
    else if (w.kind === 'missing-anchor') add(missingAnchor(w.limit, labels));
    else add(renderExtensionWarning(w, labels));
  }
  return out;
}

/**
 * Deterministic: the decision for one ticket (its id and received time) as of one instant under
 * one rule-set revision and one calendar revision always has the same id; events after `asOf` are
 * not part of a decision, so the ticket's later history cannot change it. FNV-1a, two 32-bit lanes:
 * a label, not a security boundary. The two revisions (128 characters) are hashed once per rule
 * set and calendar; each decision hashes only its ticket id, received time and asOf.
 */
export function decisionIdOf(ruleset: Ruleset, calendar: Calendar, ticket: Ticket, asOf: string): string {
  let [a, b] = revisionLanes(ruleset, calendar);
  const key = `${ticket.id}\u0000${ticket.received}\u0000${asOf}`;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `dec_${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

const lanesCache = new WeakMap<Ruleset, { calendar: string; lanes: readonly [number, number] }>();

/** The hash lanes after `<rule-set revision>\0<calendar revision>\0`. */
function revisionLanes(ruleset: Ruleset, calendar: Calendar): readonly [number, number] {
  const hit = lanesCache.get(ruleset);
  if (hit && hit.calendar === calendar.revision) return hit.lanes;
  const prefix = `${ruleset.revision}\u0000${calendar.revision}\u0000`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const lanes = [a, b] as const;
  lanesCache.set(ruleset, { calendar: calendar.revision, lanes });
  return lanes;
}
