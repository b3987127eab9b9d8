/**
 * The words of one rule set, for rendering: how a clause is cited, what a role and an obligation
 * are called — all from its vocabulary.yaml, built once per rule set. An id the vocabulary does
 * not name (a hand-built rule set in a test) reads as the generic citation or as itself.
 */
import type { Lang, Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { OBLIGATION_TEXT } from '../rules/vocabulary.ts';
import { clauseLabel } from './clause-label.ts';

export interface Labels {
  clause(id: string, lang: Lang): string;
  role(id: string): Text;
  obligation(id: string): Text;
}

const cache = new WeakMap<object, Labels>();

export function labelsOf(ruleset: Pick<Ruleset, 'vocabulary'>): Labels {
  const hit = cache.get(ruleset);
  if (hit) return hit;
  const v = ruleset.vocabulary;
  const clauses = new Map((v?.clauses ?? []).map((c) => [c.id, c.cite]));
  const roles = new Map((v?.roles ?? []).map((r) => [r.id, r.name]));
  const obligations = new Map((v?.obligations ?? []).map((o) => [o.id as string, o.name]));
  const labels: Labels = {
    clause: (id, lang) => clauses.get(id)?.[lang] ?? clauseLabel(id, lang),
    role: (id) => roles.get(id) ?? { zh: id, en: id },
    obligation: (id) =>
      obligations.get(id) ?? OBLIGATION_TEXT[id as keyof typeof OBLIGATION_TEXT] ?? { zh: id, en: id },
  };
  cache.set(ruleset, labels);
  return labels;
}
