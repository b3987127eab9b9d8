/** Merges a checked index and its topic files into the frozen `Ruleset` the evaluator reads. */
import type { RuleSite } from './check-ids.ts';
import { deepFreeze } from './ruleset-revision.ts';
import type { Topic } from './topics.ts';
import type { RuleSource, Ruleset, RulesetIndex, TicketTypeRule } from './types.ts';

export interface BuildInput {
  index: RulesetIndex;
  topics: { topic: Topic; value: Record<string, unknown> }[];
  revision: string;
  dir: string;
  /** Paths relative to `dir`, index first, then the include list's order. */
  files: string[];
  /** The text of each file, by the same paths (what was read, for `/files` and diffs). */
  texts: Record<string, string>;
  sites: RuleSite[];
}

export function buildRuleset(input: BuildInput): Ruleset {
  const merged: Record<string, unknown> = {};
  for (const { topic, value } of input.topics) for (const k of topic.keys) merged[k] = value[k];
  const ticketTypes = [...(merged.ticketTypes as TicketTypeRule[])].sort((a, b) => a.priority - b.priority);
  const sources: Record<string, RuleSource> = {};
  for (const s of input.sites) sources[s.id] = { file: s.file, line: s.line, col: s.col };
  const { index } = input;
  // Optional topics: an absent list topic is an empty list; an absent single topic stays absent.
  for (const key of [
    'commonDeadlines',
    'returns',
    'extensions',
    'reminders',
    'notifications',
    'monthly',
    'knowledgeBase',
  ])
    merged[key] ??= [];
  const ruleset = {
    id: index.id,
    version: index.version,
    title: index.title,
    source: index.source,
    effective: index.effective,
    timeZone: index.timeZone,
    calendar: index.calendar,
    settings: index.settings,
    include: index.include,
    revision: input.revision,
    dir: input.dir,
    files: input.files,
    texts: input.texts,
    ...merged,
    ticketTypes,
    sources,
  } as Ruleset;
  return deepFreeze(ruleset);
}
