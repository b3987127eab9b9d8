/**
 * The query of `POST /v1/decisions`: `view` (full | summary), `path` (compiled | engine), `trace`
 * and `explain` (text | deadlines | none). A summary carries no text and no trace, so with
 * `view=summary` only `explain=none` and `trace=false` are accepted (they are its defaults).
 */
import type { Context } from 'hono';
import { queryChoice } from './query.ts';

export type DecisionView = 'full' | 'summary';
export type DecisionExplain = 'text' | 'deadlines' | 'none';

export interface DecisionQuery {
  view: DecisionView;
  path: 'engine' | 'compiled';
  trace: boolean;
  /** `text`: the decision's `explanation`; `deadlines`: also each deadline's zh/en counting; `none`: neither. */
  explain: DecisionExplain;
}

const SUMMARY = { zh: 'view=summary 不含说明文字和规则追踪', en: 'view=summary carries no text and no trace' };

export function decisionQuery(c: Context): DecisionQuery {
  const view = queryChoice<DecisionView>(c, 'view', ['full', 'summary'], 'full');
  const path = queryChoice(c, 'path', ['engine', 'compiled'], 'compiled');
  if (view === 'summary') {
    queryChoice(c, 'trace', ['false'], 'false', SUMMARY);
    queryChoice(c, 'explain', ['none'], 'none', SUMMARY);
    return { view, path, trace: false, explain: 'none' };
  }
  const trace = queryChoice(c, 'trace', ['true', 'false'], 'false') === 'true';
  const explain = queryChoice<DecisionExplain>(c, 'explain', ['text', 'deadlines', 'none'], 'text');
  return { view, path, trace, explain };
}
