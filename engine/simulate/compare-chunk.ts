/**
 * One chunk of a comparison: each ticket is decided under the base version and, when it was
 * received inside the candidate's effective range, under the candidate too; the differences are
 * listed per ticket and counted per rule. A ticket received before the candidate takes effect
 * stays under the base version (新老划断): it is listed as `keptUnderBase`, with no changes.
 */

import type { Calendar } from '../calendar/calendar.ts';
import { parseInstant } from '../calendar/instant.ts';
import { addChanges, emptyTotals, type GroupMap } from './compare-groups.ts';
import type { CompareTotals, TicketComparison } from './compare-types.ts';
import { decideOne } from './decide-one.ts';
import { diffCores } from './diff-cores.ts';
import type { CompareSpec } from './job.ts';
import { inForceTest } from './pick-version.ts';
import { checkInput, evaluationRejection } from './ticket-input.ts';
import type { RejectedTicket, TicketInput } from './types.ts';

export interface CompareChunk {
  kind: 'compare';
  totals: CompareTotals;
  groups: GroupMap;
  /** Changed and kept-under-base tickets, in input order. */
  rows: TicketComparison[];
  rejected: RejectedTicket[];
}

const tests = new WeakMap<CompareSpec, (received: string) => boolean>();

export async function compareChunk(
  spec: CompareSpec,
  calendar: Calendar,
  items: TicketInput[],
  offset: number,
): Promise<CompareChunk> {
  const out: CompareChunk = { kind: 'compare', totals: emptyTotals(), groups: {}, rows: [], rejected: [] };
  let candidateApplies = tests.get(spec);
  if (!candidateApplies) {
    candidateApplies = inForceTest(spec.candidate);
    tests.set(spec, candidateApplies);
  }
  // Explanations are not compared (they follow from the dates), so none are built.
  const options = { asOf: parseInstant(spec.asOf), path: spec.path, explain: false };
  const t = out.totals;
  for (let i = 0; i < items.length; i++) {
    const index = offset + i;
    t.tickets++;
    const checked = checkInput(items[i]!, index, spec.trusted);
    if (!checked.ok) {
      t.rejected++;
      out.rejected.push(checked.rejected);
      continue;
    }
    const ticket = checked.ticket;
    const where = {
      ...(checked.file !== undefined ? { file: checked.file } : {}),
      ...(checked.line !== undefined ? { line: checked.line } : {}),
    };
    try {
      // Compared in numbers: no decision is written out (diff-cores writes only the changes it finds).
      const base = await decideOne(spec.base, calendar, ticket, options);
      const row: TicketComparison = {
        index,
        ticketId: ticket.id,
        ...where,
        received: ticket.received,
        typeBase: base.plan.type.id,
        typeCandidate: null,
        keptUnderBase: !candidateApplies(ticket.received),
        changes: [],
      };
      if (!row.keptUnderBase) {
        const cand = await decideOne(spec.candidate, calendar, ticket, options);
        row.typeCandidate = cand.plan.type.id;
        row.changes = diffCores(calendar, base, cand);
      }
      t.evaluated++;
      if (row.keptUnderBase) t.keptUnderBase++;
      else {
        t.underCandidate++;
        if (row.changes.length > 0) t.changed++;
        else t.unchanged++;
      }
      addChanges(out.groups, row.changes);
      if (row.keptUnderBase || row.changes.length > 0) out.rows.push(row);
    } catch (e) {
      t.rejected++;
      out.rejected.push(evaluationRejection(index, where, ticket.id, e));
    }
  }
  return out;
}
