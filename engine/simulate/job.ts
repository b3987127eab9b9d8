/**
 * A batch job as plain data (`JobSpec`: rule sets, calendar data, asOf …), so that a worker thread
 * can rebuild exactly the job the main thread runs, and the per-chunk work both of them do.
 */
import { type Calendar, createCalendar } from '../calendar/calendar.ts';
import type { CalendarData } from '../calendar/types.ts';
import type { Ruleset } from '../rules/types.ts';
import { type CompareChunk, compareChunk } from './compare-chunk.ts';
import { type SimulateChunk, simulateChunk } from './simulate-chunk.ts';
import type { TicketInput } from './types.ts';

interface SpecBase {
  calendar: { data: CalendarData; revision: string };
  asOf: string;
  path: 'engine' | 'compiled';
  /** Bare ticket objects skip the schema check (generated tickets); file values are always checked. */
  trusted: boolean;
}

export interface SimulateSpec extends SpecBase {
  kind: 'simulate';
  /** `version`: every ticket under `versions[0]`; `in-force`: the version in force at `received` (新老划断). */
  mode: 'version' | 'in-force';
  versions: Ruleset[];
  /** In-force mode: the rule set of tickets without `office` (else `defaultId`, else the only one). */
  rulesetId?: string;
  /** In-force mode: the rules folder's default rule set. */
  defaultId?: string;
  /** Send every decision back (a sink or `keepDecisions` wants them). */
  decisions: boolean;
  /** Explanations and rule trace in each decision (only worth it when decisions are kept or streamed). */
  explain: boolean;
}

export interface CompareSpec extends SpecBase {
  kind: 'compare';
  base: Ruleset;
  candidate: Ruleset;
}

export type JobSpec = SimulateSpec | CompareSpec;
export type ChunkResult = SimulateChunk | CompareChunk;

/** What runs a chunk of tickets; `offset` is the index of its first ticket in the batch. */
export type ChunkRunner = (items: TicketInput[], offset: number) => Promise<ChunkResult>;

/** Builds the runner of a spec; `calendar` reuses an already built calendar (the main thread's). */
export function chunkRunner(spec: JobSpec, calendar?: Calendar): ChunkRunner {
  const cal = calendar ?? createCalendar(spec.calendar);
  if (spec.kind === 'simulate') return (items, offset) => simulateChunk(spec, cal, items, offset);
  return (items, offset) => compareChunk(spec, cal, items, offset);
}

/** The plain-data form of a calendar, for a worker. */
export function calendarSpec(calendar: Calendar): JobSpec['calendar'] {
  return { data: calendar.data, revision: calendar.revision };
}
