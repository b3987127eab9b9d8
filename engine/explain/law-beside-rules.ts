/**
 * `lawBesideRules(ruleset, lang)`: the rule set's clause catalogue in document order, each clause
 * with its words (the vocabulary's `text`, else the rules' quotations), the rule elements citing it,
 * the open readings bearing on it; and the clauses no rule cites. Pure: reads the loaded rule set only.
 */
import type { Lang } from '../i18n.ts';
import { clauseQuotes } from '../rules/clause-hover.ts';
import type { Ruleset } from '../rules/types.ts';
import { labelsOf } from './labels.ts';
import { lawCitations } from './law-citations.ts';
import { lawReadings } from './law-readings.ts';
import type { LawClause, LawView } from './law-types.ts';

export type * from './law-types.ts';

export function lawBesideRules(ruleset: Ruleset, lang: Lang): LawView {
  const labels = labelsOf(ruleset);
  const citations = lawCitations(ruleset, labels, lang);
  const readings = lawReadings(ruleset, lang);
  const quotes = clauseQuotes(ruleset);
  const known = new Set(ruleset.vocabulary.clauses.map((c) => c.id));
  const clauses: LawClause[] = ruleset.vocabulary.clauses.map((c) => {
    const own = c.text?.trim();
    const quoted = quotes.get(c.id) ?? [];
    return {
      id: c.id,
      cite: c.cite[lang],
      heading: c.heading,
      ...(c.gloss ? { gloss: c.gloss } : {}),
      text: own ? [own] : quoted,
      textFrom: own ? 'vocabulary' : quoted.length > 0 ? 'rules' : 'none',
      evaluable: c.evaluable,
      citedBy: citations.filter((x) => x.clause === c.id),
      readings: readings.flatMap((r, i) => (r.clauses.includes(c.id) ? [i] : [])),
    };
  });
  const uncited = clauses.filter((c) => c.citedBy.length === 0).map((c) => c.id);
  return {
    ruleset: { id: ruleset.id, version: ruleset.version, revision: ruleset.revision, title: ruleset.title },
    source: ruleset.source,
    clauses,
    uncited,
    unknownCitations: citations.filter((x) => !known.has(x.clause)),
    readings,
    counts: {
      clauses: clauses.length,
      cited: clauses.length - uncited.length,
      uncited: uncited.length,
      citations: citations.length,
      readings: readings.length,
    },
  };
}
