import type { Calendar } from '../calendar/calendar.ts';
import { MS_PER_HOUR, shanghaiDay } from '../calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../calendar/working-days-between.ts';
import type { Timeline } from './timeline.ts';
import type { Ticket } from './types.ts';

/** Instants of a ticket as of `asOf` (see timeline.ts). */
export type TicketTimes = Timeline;

/**
 * The facts of the catalogue (rules/facts.yaml). A fact that is `undefined` is absent (not known in
 * this phase): the judges treat it exactly as a fact not given.
 */
export type Facts = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export function ticketFacts(ticket: Ticket, times: TicketTimes, calendar: Calendar): Facts {
  const revisits = times.revisits;
  // The latest city-level revisit, when there is one, governs over local ones.
  const city = revisits.filter((r) => r.item.level === 'city');
  const governing = city.length > 0 ? city : revisits;
  const last = governing[governing.length - 1]?.item;
  const returns = times.returns;
  return {
    channel: ticket.channel ?? null,
    category: ticket.category ?? null,
    urgency: ticket.urgency ?? null,
    tags: ticket.tags,
    mediaExposed: ticket.flags?.mediaExposed === true,
    sensitive: ticket.flags?.sensitive === true,
    groupComplaint: ticket.flags?.groupComplaint === true,
    outOfJurisdiction: ticket.flags?.outOfJurisdiction === true,
    extensionApproved: times.extensions.some((e) => e.item.approved === true),
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
    returnRequested: returns.length > 0,
    returnRejected: returns.some((r) => r.item.outcome === 'rejected' || r.item.outcome === 'refused'),
    // Known in later phases only (set in place by the decision core, one object per decision):
    // per judged revisit, then for the reminders and notifications.
    revisitResult: undefined,
    revisitResolved: undefined,
    ticketType: undefined,
    isDueSoon: undefined,
    overdueObligations: undefined,
  };
}
