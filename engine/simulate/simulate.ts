/**
 * What-if simulation: one rule-set version (shipped, or a draft folder loaded with
 * `loadRulesetDir`) — or a catalogue, each ticket under the version in force when it was received —
 * over a stream of tickets as of one instant. Streaming: the summary is counted chunk by chunk;
 * decisions are kept only when asked (`keepDecisions`) or handed to `onDecision` (e.g. a JSONL
 * file), so a million tickets run in bounded memory. Invalid tickets are listed with file, line
 * and field, and counted; none is skipped silently.
 */

import { HotlineError } from '../errors.ts';
import type { Decision } from '../evaluate/types.ts';
import type { RulesetCatalog } from '../rules/load-catalog.ts';
import type { Ruleset } from '../rules/types.ts';
import { type BatchOptions, capped, pushCapped, runMeta, runStats, versionRef } from './batch-common.ts';
import { calendarSpec, type SimulateSpec } from './job.ts';
import { runChunks } from './run-chunks.ts';
import type { SimulateChunk } from './simulate-chunk.ts';
import { emptySummary, finishSummary, mergeSummary } from './summary.ts';
import type { RejectedTicket, SimulationResult } from './types.ts';

export interface SimulateOptions extends BatchOptions {
  /** One version for every ticket (a draft not in force included) … */
  ruleset?: Ruleset;
  /** … or a catalogue: each ticket under the version in force at its `received` (新老划断). */
  catalog?: RulesetCatalog;
  /** With a catalogue holding several rule sets: which one. */
  rulesetId?: string;
  /** Keep every decision in the result (memory grows with the batch). */
  keepDecisions?: boolean;
  /** Decisions carry each deadline's counting explanation and the rule trace (default false: a batch counts, it does not print). */
  explain?: boolean;
  /** Every decision, in input order (rejected tickets have none). */
  onDecision?: (decision: Decision) => void | Promise<void>;
}

export interface SimulationOutput extends SimulationResult {
  decisions?: Decision[];
}

/**
 * One version for every ticket, or the versions in force per ticket: of the named rule set, or —
 * with none named — of every loaded rule set, each ticket routed by its `office` (else the default).
 */
function versionsOf(options: SimulateOptions): Pick<SimulateSpec, 'mode' | 'versions' | 'rulesetId' | 'defaultId'> {
  if (options.ruleset) return { mode: 'version', versions: [options.ruleset] };
  if (options.catalog) {
    const { catalog } = options;
    const defaultId = catalog.defaultId !== undefined ? { defaultId: catalog.defaultId } : {};
    if (options.rulesetId === undefined) {
      return { mode: 'in-force', versions: Object.values(catalog.rulesets).flat(), ...defaultId };
    }
    const id = options.rulesetId;
    const versions = catalog.rulesets[id];
    if (versions && versions.length > 0)
      return { mode: 'in-force', versions: [...versions], rulesetId: id, ...defaultId };
    throw new HotlineError('RULESET_UNKNOWN', {
      zh: `没有规则集“${id}”（已载入：${Object.keys(options.catalog.rulesets).join('、') || '无'}）`,
      en: `no rule set "${id}" (loaded: ${Object.keys(options.catalog.rulesets).join(', ') || 'none'})`,
    });
  }
  throw new HotlineError('SIMULATE_OPTION_INVALID', {
    zh: '请给出要模拟的规则版本（ruleset）或规则目录（catalog）',
    en: 'give the rule-set version (ruleset) or a catalogue (catalog) to simulate',
  });
}

export async function simulate(options: SimulateOptions): Promise<SimulationOutput> {
  const t0 = performance.now();
  const meta = runMeta(options);
  const { mode, versions, rulesetId, defaultId } = versionsOf(options);
  const wantDecisions = options.keepDecisions === true || options.onDecision !== undefined;
  const spec: SimulateSpec = {
    kind: 'simulate',
    calendar: calendarSpec(options.calendar),
    asOf: meta.asOf,
    path: meta.path,
    trusted: options.trusted === true,
    mode,
    versions,
    // Routing of tickets without `office` (several offices loaded): the named rule set, else the default.
    ...(rulesetId !== undefined ? { rulesetId } : {}),
    ...(defaultId !== undefined ? { defaultId } : {}),
    decisions: wantDecisions,
    explain: options.explain === true,
  };
  const summary = emptySummary();
  const rejected = capped<RejectedTicket>();
  const decisions: Decision[] | undefined = options.keepDecisions ? [] : undefined;
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
      const chunk = result as SimulateChunk;
      mergeSummary(summary, chunk.summary);
      pushCapped(rejected, chunk.rejected, options.maxRejected ?? 1_000);
      for (const d of chunk.decisions) {
        decisions?.push(d);
        if (options.onDecision) await options.onDecision(d);
      }
      done += size;
      options.onProgress?.({ done, ...(options.total !== undefined ? { total: options.total } : {}) });
    },
  });
  return {
    kind: 'simulation',
    meta: { ...meta, mode, versions: versions.map(versionRef) },
    summary: finishSummary(summary),
    rejected,
    stats: runStats(t0, done, stats),
    ...(decisions ? { decisions } : {}),
  };
}
