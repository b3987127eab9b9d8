import type { Calendar } from '../calendar/calendar.ts';
import { type Instant, MS_PER_HOUR, parseInstant, shanghaiDay } from '../calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { Ticket } from './types.ts';

/** Instants of a ticket, parsed once. */
export interface TicketTimes {
  received: Instant;
  dispatched: Instant | null;
  accepted: Instant | null;
  completed: Instant | null;
  asOf: Instant;
}

export function ticketTimes(ticket: Ticket, asOf: Instant): TicketTimes {
  const opt = (v: string | undefined) => (v === undefined ? null : parseInstant(v));
  return {
    received: parseInstant(ticket.received),
    dispatched: opt(ticket.dispatched),
    accepted: opt(ticket.accepted),
    completed: opt(ticket.completed),
    asOf,
  };
}

/** The facts of the catalogue (rules/facts.yaml) that come from the ticket and asOf alone. */
export type Facts = Record<string, string | number | boolean | string[] | null>;

export function ticketFacts(ticket: Ticket, times: TicketTimes, calendar: Calendar): Facts {
  const revisits = [...(ticket.revisits ?? [])].sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
  const last = revisits[revisits.length - 1];
  const returns = ticket.returnRequests ?? [];
  return {
    channel: ticket.channel,
    urgency: ticket.urgency,
    tags: ticket.tags,
    mediaExposed: ticket.flags?.mediaExposed === true,
    sensitive: ticket.flags?.sensitive === true,
    groupComplaint: ticket.flags?.groupComplaint === true,
    outOfJurisdiction: ticket.flags?.outOfJurisdiction === true,
    extensionApproved: (ticket.extensionRequests ?? []).some((e) => e.approved === true),
    secondaryUnitCount: ticket.units?.secondary?.length ?? 0,
    accepted: times.accepted !== null,
    completed: times.completed !== null && times.completed <= times.asOf,
    workdaysSinceAccepted:
      times.accepted === null
        ? 0
        : Math.max(0, workingDaysBetweenNumbers(calendar, shanghaiDay(times.accepted), shanghaiDay(times.asOf))),
    hoursSinceAccepted: times.accepted === null ? 0 : Math.max(0, (times.asOf - times.accepted) / MS_PER_HOUR),
    revisitCount: revisits.length,
    lastRevisitResult: last?.result ?? null,
    lastRevisitResolved: last ? last.resolved : null,
    unsatisfiedRevisitCount: revisits.filter((r) => r.result === '不满意').length,
    returnRequested: returns.length > 0,
    returnRejected: returns.some((r) => r.outcome === 'rejected' || r.outcome === 'refused'),
  };
}
