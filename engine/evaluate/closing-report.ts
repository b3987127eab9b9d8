import type { ReviewRule } from '../rules/types.ts';
import type { CoreClosingReport } from './core-types.ts';
import type { DecisionCheckClosingReport, Ticket } from './types.ts';

const NONE: CoreClosingReport['failed'] = Object.freeze([]);

/** 4.6 八审八不准: every point's field must be true; a report failing any point cannot be closed. */
export function closingReportCore(rule: ReviewRule, ticket: Ticket): CoreClosingReport | null {
  const report = ticket.closingReport;
  if (!report) return null;
  let failed: { point: ReviewRule['points'][number]; filled: boolean }[] | null = null;
  for (const p of sortedPoints(rule)) {
    const v = report[p.field];
    if (v === true) continue;
    failed ??= [];
    failed.push({ point: p, filled: v !== undefined });
  }
  return { rule, failed: failed ?? NONE };
}

export function renderClosingReport(c: CoreClosingReport): DecisionCheckClosingReport {
  return {
    ruleId: c.rule.id,
    clause: c.rule.clause,
    passed: c.failed.length === 0,
    resubmissionRequired: c.failed.length > 0,
    failed: c.failed.map(({ point: p, filled }) => ({
      n: p.n,
      field: p.field,
      name: p.name,
      reason: filled
        ? { zh: `第${p.n}项“${p.name.zh}”审核不通过`, en: `point ${p.n} (${p.name.en}) failed` }
        : { zh: `未填写第${p.n}项“${p.name.zh}”`, en: `point ${p.n} (${p.name.en}) not filled in` },
    })),
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
