/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The law beside the rules laid out as DOM (text set as text, never parsed as HTML): the source
 * document and its counts, each clause in document order with its words, the rule elements citing
 * it and the open readings bearing on it, then the readings themselves and any citation of a clause
 * the catalogue does not list. Clause and reading ids become in-page anchors (`#law-clause-3.2.1`,
 * `#law-reading-0`). The words come from `GET /v1/rulesets/{id}/{version}/law` in the page's
 * language; the clause texts are the document's own (Chinese), marked `lang="zh-CN"`.
 */
import type { LawCitation, LawClause, LawReading, LawView } from '../../../engine/explain/law-types.ts';
import { h } from './dom.ts';
import { currentLang, t } from './i18n.ts';

export const clauseAnchor = (id: string): string => `law-clause-${id}`;
export const readingAnchor = (i: number): string => `law-reading-${i}`;

const ZH = { lang: 'zh-CN' } as const;
const where = (x: { file: string; line: number }) => h('code', { class: 'law-where' }, `${x.file}:${x.line}`);

function clauseLink(law: LawView, id: string): HTMLElement {
  const c = law.clauses.find((x) => x.id === id);
  return h('a', { href: `#${clauseAnchor(id)}`, class: 'law-clause-link', 'data-clause': id }, c?.cite ?? id);
}

/** A setting's value as the rule file would write it. */
function valueText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The comment lines above a setting, joined as running text in the page's language. */
function noteView(note: LawReading['note']): HTMLElement {
  const en = currentLang() === 'en';
  const text = en ? note.en : note.zh;
  if (text.trim()) return h('p', { class: 'law-note' }, text.split('\n').join(en ? ' ' : ''));
  if (en && note.zh.trim())
    return h(
      'div',
      { class: 'law-note' },
      h('p', { class: 'muted' }, t('lawNoteZhOnly')),
      h('p', ZH, note.zh.split('\n').join('')),
    );
  return h('p', { class: 'law-note muted' }, t('lawNoNote'));
}

function statedTag(r: LawReading): HTMLElement {
  return h('span', { class: `law-tag ${r.stated ? 'stated' : 'default'}` }, t(r.stated ? 'lawStated' : 'lawDefault'));
}

function citationParts(c: LawCitation): (HTMLElement | string | null)[] {
  return [
    h('span', { class: 'law-kind' }, c.kindName),
    ' ',
    c.name ? h('span', { class: 'law-name' }, c.name) : null,
    ' ',
    h('code', { class: 'law-id' }, c.id),
    ' ',
    where(c),
  ];
}

const citationItem = (c: LawCitation): HTMLElement =>
  h('li', { class: 'law-citation', 'data-id': c.id }, citationParts(c));

function clauseText(c: LawClause): HTMLElement[] {
  if (c.textFrom === 'none' || c.text.length === 0) return [h('p', { class: 'law-text-from muted' }, t('lawTextNone'))];
  return [
    h('p', { class: 'law-text-from' }, t(c.textFrom === 'vocabulary' ? 'lawTextVocab' : 'lawTextRules')),
    h('blockquote', { class: 'law-text', ...ZH }, ...c.text.map((p) => h('p', {}, p))),
  ];
}

function clauseItem(law: LawView, c: LawClause): HTMLElement {
  const en = currentLang() === 'en';
  const uncited = c.citedBy.length === 0;
  return h(
    'li',
    {
      class: `law-clause${uncited ? ' uncited' : ''}`,
      id: clauseAnchor(c.id),
      tabindex: -1,
      'data-clause': c.id,
      'data-uncited': uncited ? 'true' : 'false',
    },
    h(
      'h3',
      { class: 'law-clause-head' },
      h('span', { class: 'law-cite' }, c.cite),
      ' ',
      h('span', { class: 'law-heading', ...ZH }, c.heading),
    ),
    en && c.gloss ? h('p', { class: 'law-gloss' }, c.gloss) : null,
    uncited || !c.evaluable
      ? h(
          'p',
          { class: 'law-flags' },
          uncited ? h('span', { class: 'law-tag uncited' }, t('lawUncited')) : null,
          !c.evaluable ? h('span', { class: 'law-tag muted' }, t('lawNotEvaluable')) : null,
        )
      : null,
    ...clauseText(c),
    uncited
      ? null
      : h(
          'div',
          { class: 'law-cited-by' },
          h('h4', {}, t('lawCitedBy', { n: c.citedBy.length })),
          h('ul', { class: 'law-citations' }, c.citedBy.map(citationItem)),
        ),
    c.readings.length === 0
      ? null
      : h(
          'div',
          { class: 'law-readings-here' },
          h('h4', {}, t('lawReadingsHere')),
          h(
            'ul',
            { class: 'law-reading-refs' },
            c.readings.map((i) => {
              const r = law.readings[i];
              if (!r) return null;
              return h(
                'li',
                { class: 'law-reading-ref' },
                h('a', { href: `#${readingAnchor(i)}`, class: 'law-reading-link' }, r.name),
                ' ',
                h('code', { class: 'law-value' }, valueText(r.value)),
                ' ',
                statedTag(r),
                noteView(r.note),
              );
            }),
          ),
        ),
  );
}

function readingItem(law: LawView, r: LawReading, i: number): HTMLElement {
  return h(
    'li',
    { class: 'law-reading', id: readingAnchor(i), tabindex: -1 },
    h('h3', { class: 'law-reading-name' }, r.name),
    h(
      'dl',
      { class: 'facts law-reading-facts' },
      h('dt', { class: 'fact-key' }, t('lawSetting')),
      h('dd', { class: 'fact-value' }, h('code', {}, r.setting)),
      h('dt', { class: 'fact-key' }, t('lawValue')),
      h('dd', { class: 'fact-value' }, h('code', { class: 'law-value' }, valueText(r.value)), ' ', statedTag(r)),
      h('dt', { class: 'fact-key' }, t('lawAppliesTo')),
      h(
        'dd',
        { class: 'fact-value law-applies' },
        r.clauses.length === 0
          ? t('lawWholeSet')
          : r.clauses.flatMap((id, k) => [k > 0 ? (currentLang() === 'en' ? ', ' : '、') : null, clauseLink(law, id)]),
      ),
      h('dt', { class: 'fact-key' }, t('lawWhere')),
      h('dd', { class: 'fact-value' }, where(r)),
      h('dt', { class: 'fact-key' }, t('lawNote')),
      h('dd', { class: 'fact-value' }, noteView(r.note)),
    ),
  );
}

function sourceView(law: LawView): HTMLElement {
  const s = law.source;
  const count = (
    key: 'lawCountClauses' | 'lawCountCited' | 'lawCountUncited' | 'lawCountReadings',
    n: number,
    k: string,
  ) =>
    h(
      'div',
      { class: `total${k === 'uncited' && n > 0 ? ' bad' : ''}`, 'data-count': k },
      h('dt', {}, t(key)),
      h('dd', {}, n),
    );
  return h(
    'section',
    { class: 'panel law-source', 'aria-labelledby': 'law-doc-title' },
    h('h2', { id: 'law-doc-title', ...ZH }, s.document),
    h(
      'dl',
      { class: 'facts' },
      s.number
        ? [h('dt', { class: 'fact-key' }, t('lawNumber')), h('dd', { class: 'fact-value', ...ZH }, s.number)]
        : null,
      h('dt', { class: 'fact-key' }, t('lawIssuer')),
      h('dd', { class: 'fact-value', ...ZH }, s.issuer),
      h('dt', { class: 'fact-key' }, t('lawIssued')),
      h('dd', { class: 'fact-value' }, s.issued),
      h('dt', { class: 'fact-key' }, t('lawRevision')),
      h('dd', { class: 'fact-value' }, h('code', {}, `${law.ruleset.id}/${law.ruleset.version}`)),
    ),
    h(
      'dl',
      { class: 'totals', id: 'law-counts' },
      count('lawCountClauses', law.counts.clauses, 'clauses'),
      count('lawCountCited', law.counts.cited, 'cited'),
      count('lawCountUncited', law.counts.uncited, 'uncited'),
      count('lawCountReadings', law.counts.readings, 'readings'),
    ),
  );
}

/** The whole view of one answer: source, clauses, readings, unknown citations. */
export function lawDoc(law: LawView): HTMLElement[] {
  const out: HTMLElement[] = [
    sourceView(law),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'law-clauses-title' },
      h('h2', { id: 'law-clauses-title' }, t('lawClauses')),
      h('p', { id: 'law-shown', class: 'status', 'aria-live': 'polite' }),
      h('p', { id: 'law-none-uncited', class: 'muted', hidden: true }, t('lawNoneUncited')),
      h(
        'ol',
        { class: 'law-clauses', id: 'law-clauses' },
        law.clauses.map((c) => clauseItem(law, c)),
      ),
    ),
  ];
  if (law.readings.length > 0)
    out.push(
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'law-readings-title' },
        h('h2', { id: 'law-readings-title' }, t('lawReadings')),
        h('p', { class: 'hint' }, t('lawReadingsHint')),
        h(
          'ol',
          { class: 'law-readings', id: 'law-readings' },
          law.readings.map((r, i) => readingItem(law, r, i)),
        ),
      ),
    );
  if (law.unknownCitations.length > 0)
    out.push(
      h(
        'section',
        { class: 'panel law-unknown', 'aria-labelledby': 'law-unknown-title' },
        h('h2', { id: 'law-unknown-title' }, t('lawUnknown', { n: law.unknownCitations.length })),
        h(
          'ul',
          { class: 'law-citations', id: 'law-unknown' },
          law.unknownCitations.map((c) =>
            h(
              'li',
              { class: 'law-citation' },
              h('code', { class: 'law-clause-id' }, c.clause),
              ' ← ',
              citationParts(c),
            ),
          ),
        ),
      ),
    );
  return out;
}
