/**
 * Clauses 2.5 and 4.8 count city-level revisits with the result 不满意 (市级回访不满意). Input
 * entries default to that; entries marked town level or another result are left out with a
 * warning. The month is `month`, or the Shanghai month of `revisitedAt`.
 */
import { monthOfInstant } from './month.ts';
import type { AssessmentWarning, CityUnsatisfiedTicket, Month } from './types.ts';
import type { UnitMonthTickets } from './written-explanations.ts';

/** The month a ticket entry belongs to. */
export function ticketMonth(t: CityUnsatisfiedTicket): Month {
  if (t.month) return t.month;
  if (t.revisitedAt) return monthOfInstant(t.revisitedAt);
  return '';
}

export function countsAsCityUnsatisfied(t: CityUnsatisfiedTicket): boolean {
  return (t.level ?? 'city') === 'city' && (t.result ?? '不满意') === '不满意';
}

/** Groups by month and unit, in order of first appearance; a ticket id counts once per month. */
export function groupCityUnsatisfied(tickets: readonly CityUnsatisfiedTicket[]): {
  groups: UnitMonthTickets[];
  warnings: AssessmentWarning[];
} {
  const groups = new Map<string, UnitMonthTickets>();
  const ignored: CityUnsatisfiedTicket[] = [];
  for (const t of tickets) {
    if (!countsAsCityUnsatisfied(t)) {
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
    const zh = ignored.map((t) => `${t.ticketId}（${t.level === 'town' ? '镇级' : '市级'}${t.result ?? '不满意'}）`);
    const en = ignored.map((t) => `${t.ticketId} (${t.level ?? 'city'} level, ${t.result ?? '不满意'})`);
    warnings.push({
      code: 'ASSESS_TICKETS_NOT_COUNTED',
      message: {
        zh: `${ignored.length}条回访记录不是市级回访不满意，未计入：${zh.join('、')}`,
        en: `${ignored.length} revisit entr${ignored.length === 1 ? 'y is' : 'ies are'} not city-level unsatisfied and not counted: ${en.join(', ')}`,
      },
    });
  }
  return { groups: [...groups.values()], warnings };
}
