/**
 * The counting paragraph of `explainDue`, with its opening ("自…起算…") replaced by one that
 * names the anchor the way the clause does: 24:00 at the end of a month (2.5, 4.8), or the day of
 * publication (5.2). The rest — holidays skipped, make-up days counted, the last day — is
 * `explainDue`'s own text.
 */
import type { Due } from '../calendar/due.ts';
import { formatPeriod } from '../calendar/period.ts';
import { explainDue } from '../explain/explain-due.ts';
import { dateWithWeekday } from '../explain/format-date.ts';
import type { Text } from '../i18n.ts';

function swapHead(text: string, separator: string, head: string): string {
  const i = text.indexOf(separator);
  return i < 0 ? text : `${head}${text.slice(i)}`;
}

/** Counting from 24:00 of `lastDay` (the anchor of `from: monthEnd`). */
export function explainFromMonthEnd(d: Due, lastDay: string): Text {
  const zhHead = `自${dateWithWeekday(lastDay, 'zh')}24时（月末）起算${formatPeriod(d.period, 'zh')}`;
  const enHead = `${formatPeriod(d.period, 'en')} from 24:00 on ${dateWithWeekday(lastDay, 'en')} (end of the month)`;
  return { zh: swapHead(explainDue(d, 'zh'), '：', zhHead), en: swapHead(explainDue(d, 'en'), ': ', enHead) };
}

/** Counting from a publication day (`from: published`); a bare date keeps no clock time. */
export function explainFromPublication(d: Due, dateOnly: boolean): Text {
  const day = d.anchorAt.slice(0, 10);
  if (!dateOnly) return { zh: explainDue(d, 'zh'), en: explainDue(d, 'en') };
  const zhHead = `自公布之日${dateWithWeekday(day, 'zh')}起算${formatPeriod(d.period, 'zh')}`;
  const enHead = `${formatPeriod(d.period, 'en')} from the day of publication, ${dateWithWeekday(day, 'en')}`;
  return { zh: swapHead(explainDue(d, 'zh'), '：', zhHead), en: swapHead(explainDue(d, 'en'), ': ', enHead) };
}
