import { createHash } from 'node:crypto';
import type { Calendar } from '../calendar/calendar.ts';
import { formatInstant, type Instant, parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import type { Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { extensionAction, returnAction } from './actions.ts';
import { buildDeadlines } from './build-deadlines.ts';
import { checkClosingReport } from './closing-report.ts';
import { evaluateEscalation } from './escalation.ts';
import { ticketFacts, ticketTimes } from './facts.ts';
import { checkFirstContact } from './first-contact.ts';
import { compiledJudge, engineJudge } from './judge.ts';
import { ticketAsOf } from './ticket-as-of.ts';
import type { Decision, Ticket } from './types.ts';

export interface EvaluateOptions {
  /** The moment the decision is made for (ISO 8601). The engine never reads the clock. */
  asOf: string;
  /** `engine` (json-rules-engine, the reference; default) or `compiled` (same conditions as plain functions). */
  path?: 'engine' | 'compiled';
}

/**
 * The decision for one ticket as of `asOf` under one rule-set version: json-rules-engine judges
 * the conditions (ticket type, reminders, notifications, escalation trigger); the calendar counts
 * every period.
 */
export async function evaluate(
  ruleset: Ruleset,
  calendar: Calendar,
  input: Ticket,
  options: EvaluateOptions,
): Promise<Decision> {
  const asOf = parseInstant(options.asOf);
  const ticket = ticketAsOf(input, asOf);
  const times = ticketTimes(ticket, asOf);
  const counting = ruleset.settings.counting;
  const judge = options.path === 'compiled' ? compiledJudge(ruleset) : engineJudge(ruleset);
  const facts = ticketFacts(ticket, times, calendar);
  const warnings: Text[] = [];

  const classTrace = await judge.classify(facts);
  const matched = ruleset.ticketTypes.filter((t) => classTrace.find((e) => e.ruleId === t.id)?.fired);
  const type = matched[0];
  if (!type) {
    throw new HotlineError('RULESET_NO_TICKET_TYPE', {
      zh: `规则集 ${ruleset.id}/${ruleset.version} 没有与工单 ${ticket.id} 匹配的工单类型（应有兜底的普通工单）`,
      en: `rule set ${ruleset.id}/${ruleset.version} has no ticket type matching ${ticket.id} (a fallback normal type is expected)`,
    });
  }

  const firstContact =
    times.accepted === null
      ? null
      : checkFirstContact(ruleset.firstContact, ticket, times.accepted, calendar, counting);
  const escalation = await evaluateEscalation(
    ruleset.escalation,
    judge,
    ticket,
    facts,
    anchorOf(ruleset.escalation.from, times),
    calendar,
    counting,
  );
  const built = buildDeadlines({
    ruleset,
    type,
    ticket,
    times,
    calendar,
    firstContactDoneAt: firstContact?.doneAt ?? null,
    escalation,
    warnings,
  });

  const effectFacts = { ...facts, ticketType: type.id, isDueSoon: built.completeDueSoon };
  const effectTrace = await judge.effects(effectFacts);
  const fired = new Set(effectTrace.filter((e) => e.fired).map((e) => e.ruleId));

  const ctx = { ticket, accepted: times.accepted, completed: times.completed, asOf, calendar, counting };
  const returnRule = ruleset.returns.find((r) => r.appliesTo.includes(type.id));
  const extensionRule = ruleset.extensions.find((r) => r.appliesTo.includes(type.id));
  const extensionBase = extensionRule
    ? ruleset.ticketTypes.find((t) => extensionRule.appliesTo.includes(t.id))
    : undefined;

  const deadlines = built.deadlines;
  const uniqueWarnings = dedupe(warnings);
  const decision: Decision = {
    decisionId: '',
    ticketId: ticket.id,
    asOf: formatInstant(asOf),
    ruleset: { id: ruleset.id, version: ruleset.version, revision: ruleset.revision },
    calendar: { id: calendar.id, revision: calendar.revision },
    provisional: deadlines.some((d) => d.provisional),
    ticketType: {
      id: type.id,
      name: type.name,
      clause: type.clause,
      ruleId: type.id,
      alsoMatched: matched.slice(1).map((t) => t.id),
    },
    deadlines,
    escalation: escalation.current,
    reminders: ruleset.reminders
      .filter((r) => fired.has(r.id))
      .map((r) => ({ ruleId: r.id, clause: r.clause, trigger: r.trigger, methods: r.methods, message: r.message })),
    actions: {
      return: returnRule ? returnAction(returnRule, ctx) : null,
      extension: extensionRule ? extensionAction(extensionRule, extensionBase, ctx) : null,
    },
    checks: {
      firstContact: firstContact?.check ?? null,
      closingReport: checkClosingReport(ruleset.review, ticket),
    },
    notifications: ruleset.notifications
      .filter((n) => fired.has(n.id))
      .map((n) => ({ ruleId: n.id, clause: n.clause, to: n.to, timing: n.timing, message: n.message })),
    warnings: uniqueWarnings,
    trace: [...classTrace, ...escalation.trace, ...effectTrace],
  };
  decision.decisionId = decisionIdOf(ruleset, calendar, input, decision.asOf);
  return decision;
}

function anchorOf(anchor: string, times: ReturnType<typeof ticketTimes>): Instant | null {
  if (anchor === 'received') return times.received;
  if (anchor === 'dispatched') return times.dispatched;
  if (anchor === 'accepted') return times.accepted;
  if (anchor === 'completed') return times.completed;
  return null;
}

function dedupe(list: Text[]): Text[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    if (seen.has(t.zh)) return false;
    seen.add(t.zh);
    return true;
  });
}

/** Deterministic: the same ticket, asOf, rules and calendar always give the same id. */
function decisionIdOf(ruleset: Ruleset, calendar: Calendar, ticket: Ticket, asOf: string): string {
  const h = createHash('sha256');
  h.update(ruleset.revision).update('\0').update(calendar.revision).update('\0').update(asOf).update('\0');
  h.update(JSON.stringify(ticket));
  return `dec_${h.digest('hex').slice(0, 24)}`;
}
