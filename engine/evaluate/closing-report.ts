import type { ReviewRule } from '../rules/types.ts';
import type { DecisionCheckClosingReport, Ticket } from './types.ts';

/** 4.6 八审八不准: every point's field must be true; a report failing any point cannot be closed. */
export function checkClosingReport(rule: ReviewRule, ticket: Ticket): DecisionCheckClosingReport | null {
  const report = ticket.closingReport;
  if (!report) return null;
  const failed = sortedPoints(rule)
    .filter((p) => report[p.field] !== true)
    .map((p) => ({
      n: p.n,
      field: p.field,
      name: p.name,
      reason:
        report[p.field] === undefined
          ? { zh: `未填写第${p.n}项“${p.name.zh}”`, en: `point ${p.n} (${p.name.en}) not filled in` }
          : { zh: `第${p.n}项“${p.name.zh}”审核不通过`, en: `point ${p.n} (${p.name.en}) failed` },
    }));
  return {
    ruleId: rule.id,
    clause: rule.clause,
    passed: failed.length === 0,
    resubmissionRequired: failed.length > 0,
    failed,
  };
}

const sorted = new WeakMap<ReviewRule, ReviewRule['points']>();

function sortedPoints(rule: ReviewRule): ReviewRule['points'] {
  let list = sorted.get(rule);
  if (!list) {
    list = [...rule.points].sort((a, b) => a.n - b.n);
    sorted.set(rule, list);
  }
  return list;
}
