/// <reference lib="dom" />
/**
 * The invalid tickets of a comparison, listed (not only counted): which ticket (its place in the
 * batch, its id, the file and line when the service names them), the field and the reason, in the
 * page's language — from the answer's `rejected.items`.
 */
import type { Capped, RejectedTicket } from '../../../engine/simulate/types.ts';
import { h } from './dom.ts';
import { currentLang, t } from './i18n.ts';

/** Where a problem is: 第 2 张, and `file:line:col` when the ticket came from a file. */
function where(r: RejectedTicket, issue: RejectedTicket['issues'][number]): string {
  const line = issue.line ?? r.line;
  const file =
    r.file === undefined
      ? ''
      : line !== undefined
        ? ` · ${r.file}:${line}${issue.col !== undefined ? `:${issue.col}` : ''}`
        : ` · ${r.file}`;
  return `${t('ticketNo', { n: r.index + 1 })}${file}`;
}

/** The heading, the table (one row per problem) and a note of those not listed. */
export function rejectedView(rejected: Capped<RejectedTicket>, count: number): (Node | string)[] {
  const en = currentLang() === 'en';
  const rows = rejected.items.flatMap((r) =>
    r.issues.map((i) =>
      h(
        'tr',
        { 'data-index': r.index },
        h('th', { scope: 'row', class: 'nowrap' }, where(r, i)),
        h('td', { class: 'nowrap' }, r.ticketId ?? '—'),
        h('td', {}, h('code', {}, i.path)),
        h('td', {}, en ? i.message.en : i.message.zh, ' ', h('code', { class: 'muted' }, i.code)),
      ),
    ),
  );
  return [
    h('h2', { id: 'rejected-title' }, t('rejectedTitle', { n: count.toLocaleString() })),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data', id: 'rejected-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            (['colWhere', 'colTicket', 'colField', 'colProblem'] as const).map((k) => h('th', { scope: 'col' }, t(k))),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    rejected.omitted > 0
      ? h('p', { class: 'muted' }, t('rejectedOmitted', { n: rejected.omitted.toLocaleString() }))
      : '',
  ];
}
