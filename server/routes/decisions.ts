/**
 * `POST /v1/decisions`: `{ ticket, asOf?, ruleset?, rules? }` → the decision, or `{ tickets: [...] }`
 * → `{ decisions: [...] }` in input order. `asOf` defaults to now (the edge's clock); every decision
 * carries an `explanation` in the client's language. Each ticket is decided under the version in
 * force when it was received (新老划断), unless `rules` names one for the whole request: `{ version }`
 * (a loaded version, in force or not) or `{ draft: { files } }` (checked like a run's draft; 422
 * with its diagnostics when invalid) — see `resolveRules`. The compiled judge answers by default
 * (its decisions are identical to json-rules-engine's, see test/evaluate/differential.test.ts);
 * `?path=engine` asks json-rules-engine itself. The rule trace is left out unless `?trace=true`;
 * `?explain=none` leaves out the text. `?view=summary` answers each decision's summary instead
 * (engine/evaluate/summarize-core.ts: no text, no trace, written straight from the decision's numeric core). Answers
 * say `Vary: Accept-Language` (the text is in the client's language).
 * A batch is all or nothing: any invalid ticket is a 400 naming `tickets[i].field`.
 */
import { Hono } from 'hono';
import {
  type Decision,
  type DecisionSummary,
  decideCore,
  evaluateCore,
  explainDecision,
  formatInstant,
  isHotlineError,
  parseInstant,
  renderDecision,
  renderWarnings,
  summarizeCore,
  type Text,
  type Ticket,
  ticketInvalid,
  ticketIssues,
} from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';
import { bodyInvalid, checkShape } from '../http/check-shape.ts';
import { decisionQuery } from '../http/decision-query.ts';
import { atField } from '../http/field-error.ts';
import { langOf } from '../http/lang.ts';
import { readJson } from '../http/read-body.ts';
import { statusOfCode } from '../http/status-table.ts';
import { refuseProvisional } from '../http/strict.ts';
import { resolveRules } from '../runs/resolve-version.ts';
import type { Services } from '../services.ts';

interface DecisionBody {
  ticket?: unknown;
  tickets?: unknown[];
  asOf?: string;
  ruleset?: string;
  rules?: unknown;
}

const FIELDS = {
  ticket: { type: 'any' },
  tickets: { type: 'array' },
  asOf: { type: 'string' },
  ruleset: { type: 'string' },
  rules: { type: 'object' },
} as const;

/** Validates every ticket; issue paths are body-relative (`tickets[3].received`). */
function checkTickets(list: unknown[], prefix: (i: number) => string): Ticket[] {
  const issues = list.flatMap((t, i) =>
    ticketIssues(t).map((issue) => ({
      ...issue,
      path: issue.path === '(root)' ? prefix(i) : `${prefix(i)}.${issue.path}`,
      pointer: `/${prefix(i).replace(/\[(\d+)\]/g, '/$1')}${issue.pointer}`,
    })),
  );
  if (issues.length > 0) throw ticketInvalid(issues);
  return list as Ticket[];
}

export function decisionRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/decisions', async (c) => {
    const body = checkShape<DecisionBody>(await readJson(c), FIELDS);
    const batch = body.tickets !== undefined;
    if (batch === (body.ticket !== undefined)) {
      throw bodyInvalid([
        {
          code: 'SCHEMA_REQUIRED',
          path: '(root)',
          message: { zh: '应有 ticket（一张工单）或 tickets（工单列表）之一', en: 'give either ticket or tickets' },
        },
      ]);
    }
    if (body.rules !== undefined && body.ruleset !== undefined) {
      throw bodyInvalid([
        {
          code: 'SCHEMA_UNKNOWN_KEY',
          path: 'ruleset',
          message: {
            zh: 'ruleset 不能与 rules 同用：请在 rules.version 中写明 <规则集>/<版本>',
            en: 'ruleset cannot go with rules: name the version as <ruleset>/<version> in rules.version',
          },
        },
      ]);
    }
    const list = batch ? body.tickets! : [body.ticket];
    if (list.length > s.options.maxBatch) {
      throw new ApiError(413, 'BATCH_TOO_LARGE', {
        zh: `一次最多 ${s.options.maxBatch} 张工单（收到 ${list.length} 张）；更多请用 /v1/simulations`,
        en: `at most ${s.options.maxBatch} tickets per request (got ${list.length}); use /v1/simulations for more`,
      });
    }
    const { view, path, trace, explain: text } = decisionQuery(c);
    // Each deadline's counting explanation in both languages only on request: the decision's
    // `explanation` (the client's language) already recounts every open deadline.
    const explain = text === 'deadlines';
    const asOf = atField('asOf', () =>
      formatInstant(body.asOf === undefined ? s.options.clock.now() : parseInstant(body.asOf)),
    );
    const tickets = checkTickets(list, (i) => (batch ? `tickets[${i}]` : 'ticket'));
    const lang = langOf(c);
    const state = s.rules.current(); // one state for the whole request
    const named = body.rules === undefined ? undefined : await resolveRules(body.rules, 'rules', state.catalog, s);
    const out: (Decision | (Decision & { explanation: string }) | DecisionSummary)[] = [];
    const strict = (provisional: boolean, warnings: () => readonly Text[], ticketId: string) =>
      refuseProvisional(s.options.strict, provisional, provisional ? warnings() : [], {
        zh: `工单 ${ticketId} 的期限计算`,
        en: `ticket ${ticketId}`,
      });
    for (const [i, ticket] of tickets.entries()) {
      // Decided in numbers once; the summary, the decision and its explanation are written from the core.
      const core = await decideOne(
        () =>
          named
            ? evaluateCore(named.ruleset, state.calendar, ticket, { asOf, path, trace })
            : decideCore(state.catalog, state.calendar, ticket, { asOf, path, trace, rulesetId: body.ruleset }),
        batch ? i : null,
      );
      if (view === 'summary') {
        strict(core.provisional, () => renderWarnings(core.warnings, core.ruleset), ticket.id);
        out.push(summarizeCore(core));
        continue;
      }
      const d = renderDecision(core, { explain });
      strict(d.provisional, () => d.warnings, d.ticketId);
      if (text === 'none') out.push(d);
      else out.push({ ...d, explanation: explainDecision(d, lang, { core, ruleset: core.ruleset }) });
    }
    c.header('Vary', 'Accept-Language');
    return batch ? c.json({ decisions: out }) : c.json(out[0]);
  });
  return app;
}

/** In a batch, an engine error names the ticket it came from. */
async function decideOne<T>(fn: () => Promise<T>, index: number | null): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (index === null || !isHotlineError(e)) throw e;
    throw new ApiError(statusOfCode(e.code) ?? 500, e.code, e.text, [
      { code: e.code, path: `tickets[${index}]`, index, message: e.text },
    ]);
  }
}
