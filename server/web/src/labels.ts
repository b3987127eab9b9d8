/**
 * The words of decisions and comparisons, taken from the engine's report labels (pure modules,
 * bundled into the page) so that the page, the CSV and the Markdown report say the same thing.
 */

import { sizeText } from '../../../engine/simulate/change-size-text.ts';
import { subjectOf } from '../../../engine/simulate/compare-groups.ts';
import type { Change, ChangeGroup, ChangeKind } from '../../../engine/simulate/compare-types.ts';
import type { Size } from '../../../engine/simulate/group-changes.ts';
import {
  clauseText,
  KIND_NAMES,
  kindName,
  mergeWords,
  obligationName,
  outcomeText,
  shiftText,
  statusName,
  subjectName,
  typeName,
  valueText,
} from '../../../engine/simulate/report-labels.ts';
import type { ReportWords, VersionRef } from '../../../engine/simulate/types.ts';
import { currentLang } from './i18n.ts';

export const CHANGE_KINDS = Object.keys(KIND_NAMES) as ChangeKind[];

/** The names of the versions on screen (their rule sets' vocabularies, carried by the API's version refs). */
let words: ReportWords | undefined;
export function useWordsOf(versions: readonly VersionRef[]): void {
  words = mergeWords(versions);
}

export const clause = (id: string) => clauseText(id, currentLang(), words);
export const kind = (k: ChangeKind) => kindName(k, currentLang(), words);
export const obligation = (o: string) => obligationName(o, currentLang(), words);
export const status = (s: string) => statusName(s, currentLang());
export const ticketType = (id: string) => typeName(id, currentLang(), words);
export const outcome = (k: ChangeKind, subject: string, o: string) => outcomeText(k, subject, o, currentLang(), words);
export const subject = (k: ChangeKind, s: string) => subjectName(k, s, currentLang(), words);
/** One size of a change group (`groupChanges`): 提前1个工作日, 已按时完成 → 逾期完成 … */
export const sized = (g: Pick<ChangeGroup, 'kind' | 'subject'>, s: Size) => sizeText(g, s, currentLang(), words);

/** One change as a line: 期限变动 · 办结：2025-10-14 → 2025-10-13（提前1个工作日）. */
export function changeText(c: Change): { head: string; from: string; to: string; note: string } {
  const lang = currentLang();
  const s = subjectOf(c);
  const head = [kindName(c.kind, lang, words), subjectName(c.kind, s, lang, words)].filter(Boolean).join(' · ');
  switch (c.kind) {
    case 'deadline':
      return {
        head,
        from: c.fromDate,
        to: c.toDate,
        note: shiftText(c.workdays !== 0 ? String(c.workdays) : `${c.ms / 3_600_000}h`, lang),
      };
    case 'deadline-added':
      return { head, from: '—', to: valueText(c.kind, s, c.due, lang, words), note: '' };
    case 'deadline-removed':
      return { head, from: valueText(c.kind, s, c.due, lang, words), to: '—', note: '' };
    case 'reminder-added':
    case 'reminder-removed':
      return { head, from: '', to: '', note: '' };
    default:
      return {
        head,
        from: valueText(c.kind, s, c.from, lang, words),
        to: valueText(c.kind, s, c.to, lang, words),
        note: '',
      };
  }
}
