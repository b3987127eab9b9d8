/**
 * What VS Code shows on hovering a clause id in an office's rule file: that clause alone — its
 * citation, heading and text (the vocabulary's `text`, else the rules' own quotations of it) — as
 * the per-office schema's `anyOf` of `const` ids, each with its own description (an `enum`'s
 * `enumDescriptions` are all listed on hover by yaml-language-server).
 */
import { d, type Json } from './schema-builders.ts';
import type { ClauseEntry, Ruleset } from './types.ts';

/** At most this many quotations of one clause are shown. */
const QUOTES = 3;

/** The rules' quotations (`text`) of each clause id, in file order, without repeats or quotes contained in another. */
export function clauseQuotes(ruleset: Partial<Ruleset>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.clause === 'string' && typeof o.text === 'string') {
        const list = out.get(o.clause) ?? [];
        const t = o.text.trim();
        if (t && !list.some((q) => q.includes(t))) {
          out.set(o.clause, [...list.filter((q) => !t.includes(q)), t]);
        }
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'vocabulary' && k !== 'texts') walk(x);
    }
  };
  walk(ruleset);
  return out;
}

/** The `clauseId` definition of an office's schemas: one `const` per clause, each with its hover text. */
export function clauseIdSchema(clauses: readonly ClauseEntry[], quotes: Map<string, string[]>): Json {
  const ids = clauses.map((c) => c.id);
  return {
    type: 'string',
    errorMessage: d(
      `不是本规则集的条款编号：条款见 vocabulary.yaml 的 clauses（共 ${ids.length} 条），按 Ctrl+空格 补全选取，编号须加引号`,
      `not a clause id of this rule set: the clauses are in vocabulary.yaml (${ids.length}); press Ctrl+Space to pick one, quoted`,
    ),
    anyOf: clauses.map((c) => {
      const md = clauseMarkdown(c, quotes.get(c.id) ?? []);
      return { const: c.id, description: d(`${c.cite.zh} ${c.heading}`, c.cite.en), markdownDescription: md };
    }),
  };
}

function clauseMarkdown(c: ClauseEntry, quotes: readonly string[]): string {
  const texts = c.text ? [c.text] : quotes.slice(0, QUOTES);
  const lines = [`**${c.cite.zh}　${c.heading}**`, ''];
  for (const t of texts) lines.push(`> ${t.replace(/\s*\n\s*/g, ' ')}`, '');
  if (texts.length === 0) lines.push('（本条无规则引用原文）', '');
  lines.push(`${c.cite.en}${c.gloss ? ` — ${c.gloss}` : ''}`);
  return lines.join('\n');
}
