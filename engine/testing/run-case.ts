import { isHotlineError } from '../errors.ts';
import type { Decision } from '../evaluate/types.ts';
import type { ExplainDecisionOptions } from '../explain/explain-decision.ts';
import { matchDecision } from './match.ts';
import type { CaseResult, DecideFn, TicketCase } from './types.ts';

/**
 * Runs one case: decides its ticket as of its `asOf` with the injected `decide`, and compares the
 * expectation with the decision (`matchDecision`). A decision that throws fails the case with the
 * error as its only difference.
 */
export interface RunCaseOptions {
  /** The rule set that made a decision, so that explanations read in its own words. */
  rulesetOf?: (d: Decision) => ExplainDecisionOptions['ruleset'];
}

export async function runCase(c: TicketCase, decide: DecideFn, options: RunCaseOptions = {}): Promise<CaseResult> {
  const base = { name: c.name, file: c.file, line: c.line };
  try {
    const decision = await decide(c.ticket, c.asOf);
    const ruleset = options.rulesetOf?.(decision);
    const diffs = matchDecision(c.expect, decision, ruleset ? { ruleset } : {});
    return { ...base, passed: diffs.length === 0, diffs };
  } catch (e) {
    const error = isHotlineError(e) ? `${e.code}: ${e.text.en}` : e instanceof Error ? e.message : String(e);
    return { ...base, passed: false, diffs: [{ path: '(decision)', expected: 'a decision', actual: error }], error };
  }
}

/** Runs cases one after another (deterministic order). */
export async function runCases(
  cases: readonly TicketCase[],
  decide: DecideFn,
  options: RunCaseOptions = {},
): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const c of cases) out.push(await runCase(c, decide, options));
  return out;
}
