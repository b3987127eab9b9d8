/**
 * Input and output of `assess` — the clauses that judge units and months rather than single
 * tickets: 2.7 and 2.9 (monthly satisfaction ranking → interviews, field visits), 2.5 and 4.8
 * (a month's city-level unsatisfied tickets → written explanations), 5.2 (a policy's publication →
 * knowledge-base report). The input carries no personal data (clause 2.10): unit names, ticket
 * ids, months, dates, rates and yes/no flags only.
 */
import type { Text } from '../i18n.ts';
import type { ClauseId, Role, Ruleset } from '../rules/types.ts';

/** `YYYY-MM`. */
export type Month = string;

export interface UnitSatisfaction {
  unit: string;
  /** Citizen satisfaction rate of the month, in percent (0–100). Lower ranks worse. */
  satisfaction: number;
  /** 存在集中性热点诉求 (2.7). */
  hotspot?: boolean;
  /** 被媒体曝光或社会面影响较大 (2.7). */
  mediaExposed?: boolean;
}

export interface SatisfactionMonth {
  month: Month;
  units: UnitSatisfaction[];
}

/** A revisit result in the office's words (its vocabulary's `values.revisitResult`). */
export type RevisitResultValue = string;

/**
 * A city-level unsatisfied ticket of a month (2.5, 4.8). Either `month`, or `revisitedAt` (the
 * month is that date's), or both when they agree. `level` and `result` let a plain revisit list
 * be passed: only the entries the rule set's `monthly.counts` names count.
 */
export interface CityUnsatisfiedTicket {
  ticketId: string;
  unit: string;
  month?: Month;
  revisitedAt?: string;
  level?: 'city' | 'town';
  result?: RevisitResultValue;
}

/** A new policy or public information (5.2). */
export interface PolicyPublication {
  policy: string;
  /** The unit that must report it; the rule's responsible role when absent. */
  unit?: string;
  /** Date (`YYYY-MM-DD`) or instant of publication. */
  published: string;
}

export interface AssessmentInput {
  satisfaction?: SatisfactionMonth[];
  cityUnsatisfied?: CityUnsatisfiedTicket[];
  publications?: PolicyPublication[];
}

export interface AssessOptions {
  /** Report only this month (earlier months still count toward 2.7's consecutive-month streak). */
  month?: Month;
}

/** The parts of a rule set `assess` reads; a full `Ruleset` fits. */
export type AssessRuleset = Pick<
  Ruleset,
  'id' | 'version' | 'revision' | 'settings' | 'assessment' | 'monthly' | 'knowledgeBase' | 'vocabulary'
>;

export interface RankedUnit {
  unit: string;
  satisfaction: number;
  /** 1 = best; ties share the better rank (standard competition ranking). */
  rank: number;
  /** 1 = worst; ties share the worse-side rank (1, 2, 3, 3, 5 …). */
  rankFromBottom: number;
  /** rankFromBottom ≤ bottomN (ties with the N-th worst are all in). */
  bottom: boolean;
  /** Another unit has the same rate this month. */
  tied: boolean;
  /** Months in a row, ending this month, the unit was in the bottom group (0 when not bottom). */
  streak: number;
  hotspot: boolean;
  mediaExposed: boolean;
}

export interface MonthRanking {
  month: Month;
  /** False when the month has no more units than bottomN (nothing to rank against). */
  ranked: boolean;
  /** Worst first. */
  units: RankedUnit[];
  bottomCount: number;
}

export type InterviewReason = 'bottom' | 'consecutive' | 'hotspot' | 'mediaExposed';

interface Item {
  ruleId: string;
  clause: ClauseId;
  explanation: Text;
}

export interface Interview extends Item {
  month: Month;
  unit: string;
  interviewer: Role;
  interviewerName: Text;
  /** Why; any reason but `bottom` makes it the principal leader's interview. */
  reasons: InterviewReason[];
  satisfaction: number;
  rankFromBottom: number | null;
  unitsInMonth: number;
  streak: number;
  /** The months of the streak, oldest first (empty when not bottom). */
  streakMonths: Month[];
}

export interface FieldVisit extends Item {
  month: Month;
  unit: string;
  by: Role;
  byName: Text;
  satisfaction: number;
  rankFromBottom: number;
}

export interface WrittenExplanation extends Item {
  month: Month;
  unit: string;
  ticketIds: string[];
  obligation: 'writtenExplanation';
  responsible: Role;
  reportTo: Role[];
  /** The rule set's names of `reportTo`. */
  reportToNames: Text[];
  /** The limit, or null when the text states none and the office set none: no due date. */
  period: string | null;
  /** `text`: the text states the limit; `office`: the office set it (the text states none); null: none. */
  limitChosenBy: 'text' | 'office' | null;
  from: 'monthEnd';
  /** 24:00 of the month's last day (= 00:00 of the next month's first day). */
  anchorAt: string;
  dueDate: string | null;
  dueAt: string | null;
  provisional: boolean;
  /** How the period was counted (null without a limit). */
  counting: Text | null;
}

export interface KnowledgeBaseDeadline extends Item {
  policy: string;
  unit: string | null;
  published: string;
  obligation: 'knowledgeBaseReport';
  responsible: Role;
  period: string;
  from: 'published';
  anchorAt: string;
  dueDate: string;
  dueAt: string;
  /** The original last day when a natural-day period was moved off a holiday. */
  movedFrom: string | null;
  provisional: boolean;
  counting: Text;
}

export interface AssessmentWarning {
  code: string;
  message: Text;
  month?: Month;
}

export interface Assessment {
  ruleset: { id: string; version: string; revision: string };
  calendar: { id: string; revision: string };
  /** The month asked for, or null for every month in the input. */
  month: Month | null;
  provisional: boolean;
  rankings: MonthRanking[];
  interviews: Interview[];
  fieldVisits: FieldVisit[];
  writtenExplanations: WrittenExplanation[];
  knowledgeBase: KnowledgeBaseDeadline[];
  warnings: AssessmentWarning[];
}
