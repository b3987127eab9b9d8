import { type Instant, parseInstant } from '../calendar/instant.ts';
import type { Ticket } from './types.ts';

type Item<K extends keyof Ticket> = NonNullable<Ticket[K]> extends (infer T)[] ? T : never;

/**
 * A ticket's instants, each parsed once, as they stood at `asOf` (events after it are not known
 * yet), with every event list sorted by time. Every step of a decision reads times from here.
 */
export interface Timeline {
  asOf: Instant;
  received: Instant;
  dispatched: Instant | null;
  accepted: Instant | null;
  completed: Instant | null;
  contacts: { at: Instant; item: Item<'contacts'> }[];
  returns: { at: Instant; item: Item<'returnRequests'> }[];
  extensions: { at: Instant; item: Item<'extensionRequests'> }[];
  revisits: { at: Instant; item: Item<'revisits'> }[];
  redos: Instant[];
}

function known(value: string | undefined, asOf: Instant): Instant | null {
  if (value === undefined) return null;
  const t = parseInstant(value);
  return t <= asOf ? t : null;
}

function events<T extends { at: string }>(list: T[] | undefined, asOf: Instant): { at: Instant; item: T }[] {
  const out: { at: Instant; item: T }[] = [];
  if (!list) return out;
  for (const item of list) {
    const at = parseInstant(item.at);
    if (at <= asOf) out.push({ at, item });
  }
  // Usually recorded in time order already: sort (which allocates a work array) only when not.
  for (let i = 1; i < out.length; i++) if (out[i]!.at < out[i - 1]!.at) return out.sort(byAt);
  return out;
}

function byAt(a: { at: Instant }, b: { at: Instant }): number {
  return a.at - b.at;
}

export function timelineOf(ticket: Ticket, asOf: Instant): Timeline {
  return {
    asOf,
    received: parseInstant(ticket.received),
    dispatched: known(ticket.dispatched, asOf),
    accepted: known(ticket.accepted, asOf),
    completed: known(ticket.completed, asOf),
    contacts: events(ticket.contacts, asOf),
    returns: events(ticket.returnRequests, asOf),
    extensions: events(ticket.extensionRequests, asOf),
    revisits: events(ticket.revisits, asOf),
    redos: events(ticket.redos, asOf).map((e) => e.at),
  };
}

/**
 * The ticket as it stood at `asOf`, for the parts of a decision that read the ticket itself
 * (actions, closing report): the same object when nothing is after `asOf`.
 */
export function ticketView(ticket: Ticket, t: Timeline): Ticket {
  const unchanged =
    (ticket.dispatched === undefined) === (t.dispatched === null) &&
    (ticket.accepted === undefined) === (t.accepted === null) &&
    (ticket.completed === undefined) === (t.completed === null) &&
    countOf(ticket.contacts) === t.contacts.length &&
    countOf(ticket.returnRequests) === t.returns.length &&
    countOf(ticket.extensionRequests) === t.extensions.length &&
    countOf(ticket.revisits) === t.revisits.length &&
    countOf(ticket.redos) === t.redos.length;
  if (unchanged) return ticket;
  const view: Ticket = {
    ...ticket,
    contacts: t.contacts.map((e) => e.item),
    returnRequests: t.returns.map((e) => e.item),
    extensionRequests: t.extensions.map((e) => e.item),
    revisits: t.revisits.map((e) => e.item),
    redos: ticket.redos?.filter((r) => parseInstant(r.at) <= t.asOf),
  };
  if (t.dispatched === null) delete view.dispatched;
  if (t.accepted === null) delete view.accepted;
  if (t.completed === null) {
    delete view.completed;
    delete view.closingReport;
  }
  return view;
}

function countOf(list: unknown[] | undefined): number {
  return list === undefined ? 0 : list.length;
}
