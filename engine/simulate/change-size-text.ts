/**
 * A change group's sizes as they read (`提前1个工作日 ×1322；已按时完成 → 逾期完成 ×5`), for the page,
 * the CSV and Markdown reports and the terminal alike.
 */
import type { Lang } from '../i18n.ts';
import type { ChangeGroup } from './compare-types.ts';
import type { Size } from './group-changes.ts';
import { kindName, outcomeText, sayer, shiftText } from './report-labels.ts';
import type { ReportWords } from './types.ts';

/** One size, without its count. */
export function sizeText(
  group: Pick<ChangeGroup, 'kind' | 'subject'>,
  s: Size,
  lang: Lang,
  words?: ReportWords,
): string {
  switch (s.size) {
    case 'workdays':
      return shiftText(String(s.n), lang);
    case 'hours':
      return shiftText(`${s.n}h`, lang);
    case 'value':
      return outcomeText(group.kind, group.subject, `${s.from}→${s.to}`, lang, words);
    default:
      return kindName(group.kind, lang, words);
  }
}

/** All sizes of a group with their counts, joined; a group without sizes reads by its outcomes. */
export function sizesText(group: ChangeGroup, lang: Lang, words?: ReportWords): string {
  const parts = group.bySize
    ? group.bySize.map((s) => `${sizeText(group, s, lang, words)} ×${s.count}`)
    : Object.entries(group.outcomes).map(([o, n]) => `${outcomeText(group.kind, group.subject, o, lang, words)} ×${n}`);
  return parts.join(sayer(lang)('；', '; '));
}
