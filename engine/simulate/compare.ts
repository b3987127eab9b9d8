/**
 * Compares two versions of a rule set (base → candidate, e.g. the shipped version and a draft)
 * over the same tickets as of one instant: per ticket what changes (type, each deadline moved by
 * how many working days, statuses, supervision level, what the return and extension actions need,
 * reminders), grouped by clause and rule id. Tickets received before the candidate takes effect
 * stay under the base version (新老划断) and are listed as `keptUnderBase`, with no changes.
 */
import { HotlineError } from '../errors.ts';
import type { Ruleset } from '../rules/types.ts';
import { type BatchOptions, capped, pushCapped, runMeta, runStats, versionRef } from './batch-common.ts';
import type { CompareChunk } from './compare-chunk.ts';
import { emptyTotals, type GroupMap, mergeGroups, mergeTotals, sortedGroups } from './compare-groups.ts';
import type { ComparisonResult, TicketComparison } from './compare-types.ts';
import { groupChanges } from './group-changes.ts';
import { type CompareSpec, calendarSpec } from './job.ts';
import { runChunks } from './run-chunks.ts';
import type { RejectedTicket } from './types.ts';

export interface CompareOptions extends BatchOptions {
  base: Ruleset;
  candidate: Ruleset;
  /** At most this many tickets are listed (changed or kept under base; all are counted); default 10,000. */
  maxTickets?: number;
  /** Every changed or kept-under-base ticket, in input order (e.g. to write them all to a file). */
  onTicket?: (row: TicketComparison) => void | Promise<void>;
}

export async function compare(options: CompareOptions): Promise<ComparisonResult> {
  const t0 = performance.now();
  const meta = runMeta(options);
  const { base, candidate } = options;
  if (base.id !== candidate.id) {
    throw new HotlineError('COMPARE_DIFFERENT_RULESETS', {
      zh: `只能比较同一规则集的两个版本：基准为 ${base.id}，候选为 ${candidate.id}`,
      en: `compare two versions of one rule set: the base is ${base.id}, the candidate ${candidate.id}`,
    });
  }
  const spec: CompareSpec = {
    kind: 'compare',
    calendar: calendarSpec(options.calendar),
    asOf: meta.asOf,
    path: meta.path,
    trusted: options.trusted === true,
    base,
    candidate,
  };
  const totals = emptyTotals();
  const groups: GroupMap = {};
  const tickets = capped<TicketComparison>();
  const rejected = capped<RejectedTicket>();
  let done = 0;
  const stats = await runChunks({
    spec,
    calendar: options.calendar,
    items: options.tickets,
    ...(options.chunkSize !== undefined ? { chunkSize: options.chunkSize } : {}),
    ...(options.workerFrom !== undefined ? { workerFrom: options.workerFrom } : {}),
    ...(options.total !== undefined ? { total: options.total } : {}),
    ...(options.workerEntry !== undefined ? { workerEntry: options.workerEntry } : {}),
    onChunk: async (result, _index, size) => {
      const chunk = result as CompareChunk;
      mergeTotals(totals, chunk.totals);
      mergeGroups(groups, chunk.groups);
      pushCapped(tickets, chunk.rows, options.maxTickets ?? 10_000);
      pushCapped(rejected, chunk.rejected, options.maxRejected ?? 1_000);
      if (options.onTicket) for (const row of chunk.rows) await options.onTicket(row);
      done += size;
      options.onProgress?.({ done, ...(options.total !== undefined ? { total: options.total } : {}) });
    },
  });
  return {
    kind: 'comparison',
    meta: { ...meta, base: versionRef(base), candidate: versionRef(candidate) },
    totals,
    groups: sortedGroups(groups).map((g) => ({ ...g, bySize: groupChanges(options.calendar, g) })),
    tickets,
    rejected,
    stats: runStats(t0, done, stats),
  };
}
