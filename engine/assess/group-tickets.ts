/**
 * The revisit entries a month's written-explanation duty counts: those of the level and results
 * the rule set's `monthly` rule names (`counts`; Sheshan: city level, 不满意). An entry that gives
 * no level or result is taken as counted; one of another level or result is left out with a
 * warning. Without `counts`, every entry counts. The month is `month`, or the Shanghai month of
 * `revisitedAt`.
 */
import type { Text } from '../i18n.ts';
import type { MonthlyCounts } from '../rules/types.ts';
import { monthOfInstant } from './month.ts';
import type { AssessmentWarning, CityUnsatisfiedTicket, Month } from './types.ts';
import type { UnitMonthTickets } from './written-explanations.ts';

/** The month a ticket entry belongs to. */
export function ticketMonth(t: CityUnsatisfiedTicket): Month {
  if (t.month) return t.month;
  if (t.revisitedAt) return monthOfInstant(t.revisitedAt);
  return '';
}

export function countsAs(t: CityUnsatisfiedTicket, counts: MonthlyCounts | undefined): boolean {
  if (!counts) return true;
  const levelOk = counts.level === undefined || t.level === undefined || t.level === counts.level;
  const resultOk = counts.results === undefined || t.result === undefined || counts.results.includes(t.result);
  return levelOk && resultOk;
}

/** How counted tickets read when the rule set does not say. */
/** How counted tickets read when the rule set does not say (en: one ticket; `s` is added for more). */
export const COUNTED_TICKETS: Text = { zh: '计入的回访工单', en: 'counted revisit ticket' };
const LEVEL_NAMES: Record<'town' | 'city', Text> = {
  town: { zh: '本级回访', en: 'local' },
  city: { zh: '市级回访', en: 'city' },
};

/** Groups by month and unit, in order of first appearance; a ticket id counts once per month. */
export function groupCityUnsatisfied(
  tickets: readonly CityUnsatisfiedTicket[],
  counts?: MonthlyCounts,
): {
  groups: UnitMonthTickets[];
  warnings: AssessmentWarning[];
} {
  const groups = new Map<string, UnitMonthTickets>();
  const ignored: CityUnsatisfiedTicket[] = [];
  for (const t of tickets) {
    if (!countsAs(t, counts)) {
      ignored.push(t);
      continue;
    }
    const month = ticketMonth(t);
    const key = `${month}\u0000${t.unit}`;
    let g = groups.get(key);
    if (!g) {
      g = { month, unit: t.unit, ticketIds: [] };
      groups.set(key, g);
    }
    if (!g.ticketIds.includes(t.ticketId)) g.ticketIds.push(t.ticketId);
  }
  const warnings: AssessmentWarning[] = [];
  if (ignored.length > 0) {
    const name = counts?.name ?? COUNTED_TICKETS;
    const zh = ignored.map((t) => `${t.ticketId}（${t.level ? LEVEL_NAMES[t.level].zh : ''}${t.result ?? ''}）`);
    const en = ignored.map(
      (t) => `${t.ticketId} (${[t.level && `${LEVEL_NAMES[t.level].en} level`, t.result].filter(Boolean).join(', ')})`,
    );
    warnings.push({
      code: 'ASSESS_TICKETS_NOT_COUNTED',
      message: {
        zh: `${ignored.length}条回访记录不属于${name.zh}，未计入：${zh.join('、')}`,
        en: `${ignored.length} revisit entr${ignored.length === 1 ? 'y is' : 'ies are'} not ${name.en}s and not counted: ${en.join(', ')}`,
      },
    });
  }
  return { groups: [...groups.values()], warnings };
}
