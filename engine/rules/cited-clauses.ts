/** Clause ids a rule set cites anywhere (rules, escalation levels, escalated return chains, 2.9 visits). */
import type { ClauseDef } from './catalogues.ts';
import type { Ruleset } from './types.ts';

export function citedClauses(ruleset: Ruleset): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (key === 'sources') return;
    if (Array.isArray(v)) for (const x of v) walk(x, '');
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'clause' && typeof x === 'string') out.add(x);
        else walk(x, k);
      }
    }
  };
  walk(ruleset, '');
  return out;
}

/** Evaluable clauses (rules/clauses.yaml) no rule of the rule set cites. */
export function uncitedClauses(ruleset: Ruleset, clauses: readonly ClauseDef[]): string[] {
  const cited = citedClauses(ruleset);
  return clauses.filter((c) => c.evaluable && !cited.has(c.id)).map((c) => c.id);
}
