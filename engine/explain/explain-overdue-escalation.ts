/**
 * The sentence of an escalation triggered by time overdue (`escalation.trigger: overdue`): which
 * deadline is overdue and since when, how long past it the level is reached, who supervises, and
 * when the next level comes if the obligation is still not done. Level and role names come from
 * the rule set (level name: its `name`, else the generic 1级 / level 1).
 */
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { DecisionOverdueEscalation } from '../evaluate/types.ts';
import type { Lang, Text } from '../i18n.ts';
import type { Labels } from './labels.ts';
import { dayEndWords, instantWords } from './readable-time.ts';

/** A day deadline ends at 24:00 of its due date; an hour deadline at its instant. */
function deadlineEnd(e: DecisionOverdueEscalation, lang: Lang, year: number | undefined): string {
  const dayEnd = e.dueAt.slice(0, 10) !== e.dueDate;
  return dayEnd ? dayEndWords(e.dueDate, lang, year) : instantWords(e.dueAt, lang, year);
}

function past(threshold: string | null, lang: Lang): string {
  if (threshold === null) return lang === 'en' ? 'as soon as it is overdue' : '逾期即';
  const p = parsePeriod(threshold);
  if (p.unit === 'sameDay') return lang === 'en' ? 'by the end of the day it fell due' : '逾期当日届满';
  return lang === 'en' ? `once ${formatPeriod(p, 'en')} past it` : `超过期限${threshold}`;
}

/**
 * `responsible`: who owes the overdue obligation (the deadline's role in the rule set's words),
 * the one the supervisor presses.
 */
export function overdueEscalationLine(
  e: DecisionOverdueEscalation,
  lang: Lang,
  labels: Labels,
  responsible: Text | null,
  /** The year of the decision's asOf: dates in it are written without their year. */
  year?: number,
): string {
  const at = (iso: string) => instantWords(iso, lang, year);
  const what = labels.obligation(e.of);
  const levelName = (n: number, name: Text | undefined): Text => name ?? labels.level(n);
  const level = levelName(e.level, e.name);
  const who = e.supervisorName;
  const next = e.next ? levelName(e.next.level, e.next.name) : null;
  const title = labels.escalation;
  if (lang === 'en') {
    const then = next && e.next ? ` If it is still not done by ${at(e.next.reachesAt)}, ${next.en} follows.` : '';
    const whom = responsible ? ` ${responsible.en}` : '';
    return `${title.en.charAt(0).toUpperCase()}${title.en.slice(1)} (overdue): the ${what.en} deadline (${deadlineEnd(e, 'en', year)}) has passed undone; under ${labels.clause(e.clause, 'en')}, ${level.en} is reached ${past(e.threshold, 'en')} (at ${at(e.reachedAt)}): ${who.en} supervises${whom}.${then}`;
  }
  const then = next && e.next ? `如至${at(e.next.reachesAt)}仍未${what.zh}，升至${next.zh}。` : '';
  return `${title.zh}（逾期）：${what.zh}期限${deadlineEnd(e, 'zh', year)}已过仍未完成，${past(e.threshold, 'zh')}（${at(e.reachedAt)}起），依据${labels.clause(e.clause, 'zh')}，进入${level.zh}，由${who.zh}督促${responsible?.zh ?? ''}。${then}`;
}
