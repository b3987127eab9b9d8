/**
 * What a run stores: a compact row per decision (never the ticket), and the report with the
 * messages of rejected tickets replaced by their field and code — a rejected value may be
 * anything a caller sent, so it is not written to disk.
 */
import type { Decision, Text } from '../../engine/index.ts';

export function decisionRow(d: Decision) {
  return {
    ticketId: d.ticketId,
    decisionId: d.decisionId,
    ruleset: `${d.ruleset.id}/${d.ruleset.version}`,
    revision: d.ruleset.revision,
    ticketType: d.ticketType.id,
    provisional: d.provisional,
    escalation: d.escalation?.level ?? null,
    deadlines: d.deadlines.map((x) => ({
      obligation: x.obligation,
      dueDate: x.dueDate,
      dueAt: x.dueAt,
      status: x.status,
    })),
    reminders: d.reminders.map((r) => r.ruleId),
    warnings: d.warnings.length,
  };
}

interface WithRejected {
  rejected: { items: { issues: { path: string; code: string; message: Text }[] }[]; omitted: number };
}

export function withoutRejectedValues<T extends WithRejected>(report: T): T {
  return {
    ...report,
    rejected: {
      ...report.rejected,
      items: report.rejected.items.map((r) => ({
        ...r,
        issues: r.issues.map((i) => ({ ...i, message: { zh: `${i.path}：${i.code}`, en: `${i.path}: ${i.code}` } })),
      })),
    },
  };
}
