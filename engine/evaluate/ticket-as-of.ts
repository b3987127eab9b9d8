import { type Instant, parseInstant } from '../calendar/instant.ts';
import type { Ticket } from './types.ts';

/**
 * The ticket as it stood at `asOf`: events after it are not known yet. A decision as of an
 * earlier moment (a what-if, a replay) sees exactly what an officer would have seen then.
 */
export function ticketAsOf(ticket: Ticket, asOf: Instant): Ticket {
  const known = (at: string | undefined) => at !== undefined && parseInstant(at) <= asOf;
  if (latestEvent(ticket) <= asOf) return ticket;
  const keep = <T extends { at: string }>(list: T[] | undefined) => list?.filter((e) => known(e.at));
  const view: Ticket = {
    ...ticket,
    contacts: keep(ticket.contacts),
    returnRequests: keep(ticket.returnRequests),
    extensionRequests: keep(ticket.extensionRequests),
    revisits: keep(ticket.revisits),
    redos: keep(ticket.redos),
  };
  for (const k of ['dispatched', 'accepted', 'completed'] as const) if (!known(ticket[k])) delete view[k];
  if (!view.completed) delete view.closingReport;
  return view;
}

/** The latest instant the ticket mentions. */
function latestEvent(ticket: Ticket): Instant {
  let max = parseInstant(ticket.received);
  const see = (at: string | undefined) => {
    if (at !== undefined) {
      const t = parseInstant(at);
      if (t > max) max = t;
    }
  };
  see(ticket.dispatched);
  see(ticket.accepted);
  see(ticket.completed);
  for (const list of [
    ticket.contacts,
    ticket.returnRequests,
    ticket.extensionRequests,
    ticket.revisits,
    ticket.redos,
  ]) {
    if (list) for (const e of list) see(e.at);
  }
  return max;
}
