import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Calendar } from '../../engine/calendar/calendar.ts';
import { evaluateSync } from '../../engine/evaluate/evaluate.ts';
import type { Decision, Ticket } from '../../engine/evaluate/types.ts';
import { explainDecision } from '../../engine/explain/explain-decision.ts';
import type { Ruleset } from '../../engine/rules/types.ts';

/** The frozen Sheshan tickets (10,000, generated once on 2026-12-03 with seed 20251203). */
export const FROZEN_TICKETS = 'test/fixtures/frozen/sheshan-10k.jsonl.gz';
export const FROZEN_AS_OF = '2026-07-15T00:00:00+08:00';

export function frozenTickets(): Ticket[] {
  return gunzipSync(readFileSync(FROZEN_TICKETS))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Ticket);
}

const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * What must not change when policy words move from code to YAML, as two digests: the whole decision
 * except what names the rule files' bytes (decision id, revision); and its zh and en explanations
 * (a deliberate wording change regenerates only those).
 */
export function decisionDigest(d: Decision, ruleset: Ruleset, calendar: Calendar): string {
  // nextChangeAt (issue 15) came after the digests were frozen: it is tested on its own (next-change.test.ts).
  const { decisionId: _id, nextChangeAt: _next, ruleset: rs, ...rest } = d;
  const decision = short(JSON.stringify({ ...rest, ruleset: { id: rs.id, version: rs.version } }));
  // The closing line names the revision and the decision id, which change with any byte of the rules.
  const text = (lang: 'zh' | 'en') =>
    explainDecision(d, lang, { ruleset, calendar }).replace(/[0-9a-f]{12}([；;] ?[^ ]+ dec_)[0-9a-f]+/, '…$1…');
  const words = short(JSON.stringify([text('zh'), text('en')]));
  return `${decision} ${words}`;
}

export function frozenDigests(ruleset: Ruleset, calendar: Calendar): string[] {
  return frozenTickets().map((t) =>
    decisionDigest(evaluateSync(ruleset, calendar, t, { asOf: FROZEN_AS_OF }), ruleset, calendar),
  );
}

/** `npx tsx test/evaluate/frozen-digest.ts --write` regenerates the digests (a deliberate change). */
if (process.argv[1]?.endsWith('frozen-digest.ts') && process.argv.includes('--write')) {
  const { writeFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const { loadCalendar } = await import('../../engine/rules/load-calendar.ts');
  const { loadCatalog } = await import('../../engine/rules/load-catalog.ts');
  const ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
  const digests = frozenDigests(ruleset, loadCalendar());
  writeFileSync('test/fixtures/frozen/sheshan-10k.digests.gz', gzipSync(`${digests.join('\n')}\n`, { level: 9 }));
}
