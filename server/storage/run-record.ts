/**
 * One entry of the run catalogue: who started which run when, over which versions and revisions,
 * its status and summary. Never a ticket: inline tickets live in memory only while the run lasts,
 * and the per-ticket results file holds decisions, not tickets.
 */
import type { Text } from '../../engine/index.ts';

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export const FINISHED: readonly RunStatus[] = ['done', 'failed', 'cancelled', 'interrupted'];

export interface RunVersion {
  /** `simulated` (one version for all), `in-force` (新老划断 over all versions), `base`, `candidate`. */
  role: 'simulated' | 'in-force' | 'base' | 'candidate';
  id: string;
  version: string;
  revision: string;
  draft: boolean;
}

export interface RunInput {
  source: 'inline' | 'fixtures' | 'generate';
  count?: number;
  seed?: number;
  from?: string;
  to?: string;
}

export interface RunRecord {
  id: string;
  kind: 'simulation' | 'comparison';
  /** Token label, or `anonymous` when writes are open. */
  who: string;
  createdAt: string;
  status: RunStatus;
  asOf: string;
  path: 'engine' | 'compiled';
  versions: RunVersion[];
  rulesRevision: string;
  calendarRevision: string;
  input: RunInput;
  progress: { done: number; total?: number };
  startedAt?: string;
  finishedAt?: string;
  /** The simulation summary, or the comparison totals. */
  summary?: unknown;
  /** Per-ticket rows (`runs/<id>.jsonl`) and the full report (`runs/<id>.json`), relative to the data folder. */
  files?: { rows: string; report?: string; rowCount: number; partial?: boolean };
  error?: { code: string; message: Text };
}
