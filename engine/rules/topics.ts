/**
 * Topic files of a rule-set version. A file's topic is told by its top-level key (the loader does
 * not rely on file names); each topic appears in exactly one file of a version, and its keys merge
 * one to one into the `Ruleset` (types.ts).
 */
import type { Ruleset } from './types.ts';

export interface Topic {
  /** The key that identifies the topic. */
  key: keyof Ruleset;
  /** All keys of such a file (each becomes a `Ruleset` field). */
  keys: (keyof Ruleset)[];
  schema: string;
  /** Whether every version must have it (only the ticket types). */
  required?: boolean;
}

export const TOPICS: readonly Topic[] = [
  { key: 'ticketTypes', keys: ['ticketTypes', 'commonDeadlines'], schema: 'ticket-types.schema.json', required: true },
  { key: 'returns', keys: ['returns'], schema: 'returns.schema.json' },
  { key: 'extensions', keys: ['extensions'], schema: 'extensions.schema.json' },
  { key: 'firstContact', keys: ['firstContact'], schema: 'first-contact.schema.json' },
  { key: 'escalation', keys: ['escalation'], schema: 'escalation.schema.json' },
  { key: 'reminders', keys: ['reminders'], schema: 'reminders.schema.json' },
  { key: 'review', keys: ['review'], schema: 'review.schema.json' },
  { key: 'notifications', keys: ['notifications'], schema: 'notifications.schema.json' },
  { key: 'assessment', keys: ['assessment'], schema: 'assessment.schema.json' },
  { key: 'monthly', keys: ['monthly'], schema: 'monthly.schema.json' },
  { key: 'knowledgeBase', keys: ['knowledgeBase'], schema: 'knowledge-base.schema.json' },
  { key: 'vocabulary', keys: ['vocabulary'], schema: 'vocabulary.schema.json', required: true },
];

export const INDEX_SCHEMA = 'ruleset.schema.json';

/** The topic of a parsed file: the first topic any of whose keys the file has. */
export function topicOf(value: unknown): Topic | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return TOPICS.find((t) => t.keys.some((k) => keys.includes(k)));
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

/** The schema file named by the `# yaml-language-server: $schema=…` line, if any. */
export function modelineSchema(text: string): string | undefined {
  const m = MODELINE.exec(text.split('\n', 3).join('\n'));
  return m?.[1];
}
