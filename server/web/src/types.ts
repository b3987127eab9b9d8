/**
 * What the page receives from the API. The engine's own types where the API returns them as they
 * are (type-only imports: nothing of the engine's code is bundled by these).
 */
import type { MonthGrid } from '../../../engine/calendar/month-grid.ts';
import type { DayInfo } from '../../../engine/calendar/types.ts';
import type { Decision, Ticket } from '../../../engine/evaluate/types.ts';
import type { ComparisonResult, TicketComparison } from '../../../engine/simulate/compare-types.ts';

export type { ComparisonResult, DayInfo, Decision, MonthGrid, Ticket, TicketComparison };

export type Explained = Decision & { explanation: string };

export interface VersionInfo {
  version: string;
  title: string;
  effective: { from: string; to?: string };
  state: 'past' | 'in-force' | 'future';
  revision: string;
  files: string[];
}

export interface RulesetsInfo {
  revision: string;
  calendar: { id: string; revision: string; noticeYears: number[] };
  rulesets: { id: string; active: string | null; versions: VersionInfo[] }[];
  /** The rule set of tickets that name no office (rules/rulesets.yaml), when set. */
  defaultRuleset?: string | null;
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface ValidateAnswer {
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface RunRecord {
  id: string;
  kind: 'simulation' | 'comparison';
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';
  progress: { done: number; total?: number };
  error?: { code: string; message: { zh: string; en: string } };
}

/** One ticket of a comparison decided under both versions (POST /v1/decisions twice); no candidate when kept under the base. */
export interface ExplainedPair {
  base: Explained;
  candidate: Explained | null;
}
