/**
 * The fact catalogue (`rules/facts.yaml`) and the clause list (`rules/clauses.yaml`): the source of
 * truth for the schemas' enums and for the semantic checks. Read as plain data here; the files are
 * validated against their own schemas by `checkRulesRoot`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Text } from '../i18n.ts';
import { RULES_DIR } from './paths.ts';
import type { ClauseEntry } from './types.ts';
import type { FactType } from './vocabulary.ts';

export interface FactDef {
  name: string;
  type: FactType;
  /** The closed set of values of a string fact, where there is one. */
  values?: string[];
  description: Text;
  example: unknown;
}

/** What the loader checks of a clause (the rule set's vocabulary has the rest). */
export type ClauseDef = Pick<ClauseEntry, 'id' | 'evaluable'>;

export const FACTS_FILE = join(RULES_DIR, 'facts.yaml');

const cache = new Map<string, unknown>();

function readList<T>(file: string, key: string): T[] {
  const text = readFileSync(file, 'utf8');
  const hit = cache.get(text);
  if (hit) return hit as T[];
  const list = ((parse(text) as Record<string, unknown> | null)?.[key] ?? []) as T[];
  const valid = Array.isArray(list) ? list.filter((x) => x !== null && typeof x === 'object') : [];
  cache.set(text, valid);
  return valid;
}

/** The declared facts, in file order. */
export function readFacts(file = FACTS_FILE): FactDef[] {
  return readList<FactDef>(file, 'facts');
}

export function factMap(facts: readonly FactDef[]): Map<string, FactDef> {
  return new Map(facts.map((f) => [f.name, f]));
}
