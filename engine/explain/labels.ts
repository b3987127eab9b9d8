/**
 * The words of one rule set, for rendering: how a clause is cited, what a role, an obligation, a
 * ticket type and an escalation level are called — all from its YAML (vocabulary.yaml, the ticket
 * types, the escalation topic), gathered once per rule set into plain records (`wordsOf`, which
 * reports carry in `VersionRef.words`) and read through one lookup (`labelsFrom`). An id the rule
 * set does not name (a hand-built rule set in a test) reads as a generic word or as itself.
 */
import type { Lang, Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { OBLIGATION_TEXT } from '../rules/vocabulary.ts';
import { clauseLabel } from './clause-label.ts';

/** One rule set's names, by id (levels by their number). */
export interface Words {
  roles: Record<string, Text>;
  clauses: Record<string, Text>;
  types: Record<string, Text>;
  obligations?: Record<string, Text>;
  levels?: Record<string, Text>;
  /** What the office calls its escalation (督办, 预警 …). */
  escalation?: Text;
}

export interface Labels {
  clause(id: string, lang: Lang): string;
  role(id: string): Text;
  obligation(id: string): Text;
  type(id: string): Text;
  /** An escalation level by number (`一级督办`); generic: `1级` / `level 1`. */
  level(n: number): Text;
  /** The escalation mechanism's name; generic: 升级 / escalation. */
  escalation: Text;
}

/** The generic word for an escalation, when the rule set names none. */
export const GENERIC_ESCALATION: Text = { zh: '升级', en: 'escalation' };

type Vocabularied = Pick<Ruleset, 'vocabulary'> & Partial<Pick<Ruleset, 'ticketTypes' | 'escalation'>>;

const wordsCache = new WeakMap<object, Words>();

export function wordsOf(ruleset: Vocabularied): Words {
  const hit = wordsCache.get(ruleset);
  if (hit) return hit;
  const v = ruleset.vocabulary;
  const e = ruleset.escalation;
  const words: Words = {
    roles: Object.fromEntries((v?.roles ?? []).map((r) => [r.id, r.name])),
    clauses: Object.fromEntries((v?.clauses ?? []).map((c) => [c.id, c.cite])),
    types: Object.fromEntries((ruleset.ticketTypes ?? []).map((t) => [t.id, t.name])),
    obligations: Object.fromEntries((v?.obligations ?? []).map((o) => [o.id as string, o.name])),
    levels: Object.fromEntries((e?.levels ?? []).flatMap((l) => (l.name ? [[String(l.level), l.name]] : []))),
    ...(e?.name ? { escalation: e.name } : {}),
  };
  wordsCache.set(ruleset, words);
  return words;
}

const labelsCache = new WeakMap<object, Labels>();

/** Lookups over `words` (none: every name generic). */
export function labelsFrom(words?: Words): Labels {
  const key = words ?? NO_WORDS;
  const hit = labelsCache.get(key);
  if (hit) return hit;
  const labels: Labels = {
    clause: (id, lang) => key.clauses[id]?.[lang] ?? clauseLabel(id, lang),
    role: (id) => key.roles[id] ?? { zh: id, en: id },
    obligation: (id) =>
      key.obligations?.[id] ?? OBLIGATION_TEXT[id as keyof typeof OBLIGATION_TEXT] ?? { zh: id, en: id },
    type: (id) => key.types[id] ?? { zh: id, en: id },
    level: (n) => key.levels?.[String(n)] ?? { zh: `${n}级`, en: `level ${n}` },
    escalation: key.escalation ?? GENERIC_ESCALATION,
  };
  labelsCache.set(key, labels);
  return labels;
}

const NO_WORDS: Words = { roles: {}, clauses: {}, types: {} };

export function labelsOf(ruleset: Vocabularied): Labels {
  return labelsFrom(wordsOf(ruleset));
}
