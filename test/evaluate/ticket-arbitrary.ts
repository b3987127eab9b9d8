import fc from 'fast-check';
import { formatInstant, parseInstant } from '../../engine/calendar/instant.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';

const H = 3_600_000;
const START = parseInstant('2025-04-14T00:00:00+08:00');
const SPAN = parseInstant('2027-02-01T00:00:00+08:00') - START;

/** Random but well-ordered tickets over every field the rules look at (fast-check). */
export const ticketArb: fc.Arbitrary<{ ticket: Ticket; asOf: string }> = fc
  .record({
    received: fc.integer({ min: 0, max: SPAN }),
    dispatchGap: fc.option(fc.integer({ min: 0, max: 72 * H }), { freq: 8 }),
    acceptGap: fc.option(fc.integer({ min: 0, max: 72 * H }), { freq: 6 }),
    completeGap: fc.option(fc.integer({ min: 0, max: 400 * H }), { freq: 2 }),
    channel: fc.constantFrom('hotline', 'suishenpai', 'app', 'web', 'other'),
    urgency: fc.constantFrom('一般', '一般', '一般', '紧急', '次紧急'),
    tags: fc.subarray(['扬言', '直达快处', '市级复核', '咨询', '国办转办', '三跨', '随申拍', '突发事件']),
    flags: fc.record({
      mediaExposed: fc.boolean(),
      sensitive: fc.boolean(),
      groupComplaint: fc.boolean(),
      outOfJurisdiction: fc.boolean(),
    }),
    secondary: fc.array(fc.constantFrom('城管中队', '市场监管所'), { maxLength: 2 }),
    contacts: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 * H }), answered: fc.boolean() }), {
      maxLength: 4,
    }),
    returns: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 30 * H }),
        disputeKind: fc.constantFrom('territory', 'facility', 'authority', 'other'),
        reason: fc.boolean(),
        basis: fc.boolean(),
        siteVerification: fc.boolean(),
        outcome: fc.constantFrom('pending', 'approved', 'rejected', 'refused'),
      }),
      { maxLength: 2 },
    ),
    extensions: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 200 * H }),
        workdays: fc.integer({ min: 1, max: 8 }),
        approved: fc.option(fc.boolean()),
      }),
      { maxLength: 1 },
    ),
    report: fc.option(
      fc.dictionary(
        fc.constantFrom(
          'firstContactRecordCorrect',
          'factsReasonable',
          'demandsComplete',
          'siteInspectionGenuine',
          'outcomeConsistent',
          'satisfactionFilled',
          'replyComplete',
          'replyFormatCompliant',
        ),
        fc.boolean(),
      ),
    ),
    revisits: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 200 * H }),
        result: fc.constantFrom('满意', '基本满意', '一般', '不满意'),
        resolved: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    redos: fc.array(fc.integer({ min: 0, max: 300 * H }), { maxLength: 2 }),
    asOfGap: fc.integer({ min: -24 * H, max: 600 * H }),
  })
  .map((r) => {
    const received = START + r.received;
    const dispatched = r.dispatchGap === null ? null : received + r.dispatchGap;
    const accepted = dispatched === null || r.acceptGap === null ? null : dispatched + r.acceptGap;
    const completed = accepted === null || r.completeGap === null ? null : accepted + r.completeGap;
    const f = formatInstant;
    const ticket: Ticket = {
      id: `ARB-${r.received}`,
      received: f(received),
      channel: r.channel as Ticket['channel'],
      urgency: r.urgency as Ticket['urgency'],
      tags: r.tags,
      flags: r.flags,
      units: { primary: '城建中心', secondary: r.secondary },
    };
    if (dispatched !== null) ticket.dispatched = f(dispatched);
    if (accepted !== null) {
      ticket.accepted = f(accepted);
      ticket.contacts = r.contacts.map((c) => ({ at: f(accepted + c.gap), answered: c.answered }));
      ticket.returnRequests = r.returns.map((x) => ({
        ...x,
        at: f(accepted + x.gap),
        disputeKind: x.disputeKind as 'other',
        outcome: x.outcome as 'pending',
      }));
      ticket.extensionRequests = r.extensions.map((x) => ({
        at: f(accepted + x.gap),
        workdays: x.workdays,
        ...(x.approved === null ? {} : { approved: x.approved }),
      }));
      ticket.redos = r.redos.map((g) => ({ at: f(accepted + g) }));
    }
    if (completed !== null) {
      ticket.completed = f(completed);
      if (r.report) ticket.closingReport = r.report;
      ticket.revisits = r.revisits.map((v) => ({
        at: f(completed + v.gap),
        result: v.result as '满意',
        resolved: v.resolved,
        level: 'town' as const,
      }));
    }
    return { ticket, asOf: f(received + Math.max(0, r.asOfGap)) };
  });
