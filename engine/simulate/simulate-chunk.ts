/**
 * One chunk of a simulation: check each ticket, decide it under its version, count the decision.
 * Runs the same on the main thread and in the worker (simulate-worker.ts).
 */

import type { Calendar } from '../calendar/calendar.ts';
import { parseInstant } from '../calendar/instant.ts';
import type { DecisionCore } from '../evaluate/core-types.ts';
import type { Decision } from '../evaluate/types.ts';
import { decideOne, decisionOf } from './decide-one.ts';
import type { SimulateSpec } from './job.ts';
import { type VersionPicker, versionPicker } from './pick-version.ts';
import { addCore, addRejected, emptySummary } from './summary.ts';
import { checkInput, evaluationRejection } from './ticket-input.ts';
import type { RejectedTicket, SimulationSummary, TicketInput } from './types.ts';

export interface SimulateChunk {
  kind: 'simulate';
  summary: SimulationSummary;
  rejected: RejectedTicket[];
  /** In input order, when the spec asks for them. */
  decisions: Decision[];
}

const pickers = new WeakMap<SimulateSpec, VersionPicker>();

function pickerOf(spec: SimulateSpec): VersionPicker {
  let p = pickers.get(spec);
  if (!p) {
    const only = spec.versions[0];
    p =
      spec.mode === 'version' && only
        ? () => only
        : versionPicker(spec.versions, {
            ...(spec.rulesetId !== undefined ? { requested: spec.rulesetId } : {}),
            ...(spec.defaultId !== undefined ? { defaultId: spec.defaultId } : {}),
          });
    pickers.set(spec, p);
  }
  return p;
}

export async function simulateChunk(
  spec: SimulateSpec,
  calendar: Calendar,
  items: TicketInput[],
  offset: number,
): Promise<SimulateChunk> {
  const out: SimulateChunk = { kind: 'simulate', summary: emptySummary(), rejected: [], decisions: [] };
  const pick = pickerOf(spec);
  const options = { asOf: parseInstant(spec.asOf), path: spec.path, explain: spec.explain };
  for (let i = 0; i < items.length; i++) {
    const checked = checkInput(items[i]!, offset + i, spec.trusted);
    if (!checked.ok) {
      addRejected(out.summary);
      out.rejected.push(checked.rejected);
      continue;
    }
    let core: DecisionCore;
    try {
      const r = decideOne(pick(checked.ticket), calendar, checked.ticket, options);
      core = r instanceof Promise ? await r : r;
    } catch (e) {
      addRejected(out.summary);
      out.rejected.push(evaluationRejection(offset + i, checked, checked.ticket.id, e));
      continue;
    }
    addCore(out.summary, core);
    if (spec.decisions) out.decisions.push(decisionOf(core, options));
  }
  return out;
}
