/**
 * An office's lines in a stable order and its two groupings: by action (reminders, then each
 * obligation's deadlines in the rule set's order of obligations, approvals, follow-ups, notices)
 * and by the handling unit recorded on the ticket. Within a group: overdue first, then by end.
 */
import { labelsOf } from '../explain/labels.ts';
import type { Obligation, Ruleset } from '../rules/types.ts';
import { ACTION_TEXT, NO_UNIT } from './headings.ts';
import type { AgendaGroup, AgendaLine, AgendaUrgency } from './types.ts';

const URGENCY_ORDER: Record<AgendaUrgency, number> = {
  overdue: 0,
  'due-today': 1,
  'due-soon': 2,
  awaiting: 3,
  due: 4,
  new: 5,
};

const ACTION_ORDER = ['remind', 'deadline', 'approve', 'follow-up', 'report'] as const;

function compareLines(a: AgendaLine, b: AgendaLine): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.deadline?.dueAt ?? '\uffff').localeCompare(b.deadline?.dueAt ?? '\uffff') ||
    a.ticketId.localeCompare(b.ticketId) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Sorts `lines` (action, then the rule set's obligation order, then urgency and end) and groups them. */
export function groupLines(
  lines: AgendaLine[],
  ruleset: Ruleset,
): { lines: AgendaLine[]; byAction: AgendaGroup[]; byUnit: AgendaGroup[] } {
  const labels = labelsOf(ruleset);
  const obligations = (ruleset.vocabulary.obligations ?? []).map((o) => o.id as string);
  const obligationRank = (line: AgendaLine) => {
    const i = line.deadline && line.action === 'deadline' ? obligations.indexOf(line.deadline.obligation) : -1;
    return i < 0 ? obligations.length : i;
  };
  const sorted = [...lines].sort(
    (a, b) =>
      ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) ||
      obligationRank(a) - obligationRank(b) ||
      a.group.localeCompare(b.group) ||
      compareLines(a, b),
  );
  const byAction = new Map<string, AgendaGroup>();
  const byUnit = new Map<string, AgendaGroup>();
  for (const [i, line] of sorted.entries()) {
    let g = byAction.get(line.group);
    if (!g) {
      const label =
        line.action === 'deadline' && line.deadline
          ? labels.obligation(line.deadline.obligation as Obligation)
          : ACTION_TEXT[line.action];
      g = { key: line.group, label, lines: [] };
      byAction.set(line.group, g);
    }
    g.lines.push(i);
    const unitKey = line.unit ?? '';
    let u = byUnit.get(unitKey);
    if (!u) {
      u = { key: unitKey, label: line.unit ? { zh: line.unit, en: line.unit } : NO_UNIT, lines: [] };
      byUnit.set(unitKey, u);
    }
    u.lines.push(i);
  }
  const units = [...byUnit.values()].sort((a, b) =>
    a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key),
  );
  return { lines: sorted, byAction: [...byAction.values()], byUnit: units };
}
