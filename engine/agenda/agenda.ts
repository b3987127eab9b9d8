/**
 * `buildAgenda`: the center's daily agenda over open tickets (issue 15 part 2). Each ticket is
 * decided under its office's rule set in the version in force when it was received, as of the
 * agenda instant (`agenda-instant.ts`), and once more as of the previous agenda to tell which
 * notices are new; its lines (`ticket-lines.ts`) are grouped per office in that office's words.
 * A ticket that cannot be read or decided is listed in `rejected`, never dropped.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { parseInstant } from '../calendar/instant.ts';
import { isHotlineError } from '../errors.ts';
import { decideCore } from '../evaluate/decide.ts';
import { renderDecision } from '../evaluate/render-decision.ts';
import type { Decision } from '../evaluate/types.ts';
import type { Text } from '../i18n.ts';
import type { RulesetCatalog } from '../rules/load-catalog.ts';
import { rulesetIdFor } from '../rules/route-ticket.ts';
import type { Ruleset } from '../rules/types.ts';
import { checkInput } from '../simulate/ticket-input.ts';
import type { TicketInput } from '../simulate/types.ts';
import { agendaInstants } from './agenda-instant.ts';
import { groupLines } from './group-lines.ts';
import { ticketLines } from './ticket-lines.ts';
import type { Agenda, AgendaLine, AgendaOffice, AgendaRejected } from './types.ts';

export interface AgendaOptions {
  /** The agenda date, YYYY-MM-DD. */
  date: string;
  /** Clock time of the decisions, HH:MM Shanghai (default 08:30). */
  at?: string;
  /** Only this office's tickets (a rule-set id). */
  office?: string;
  /** The rule set of tickets that name no office (default: the rules folder's default). */
  rulesetId?: string;
  /** Decision path (default compiled: identical decisions, faster). */
  path?: 'engine' | 'compiled';
}

const AGENDA_RENDER = { explain: false, nextChange: false } as const;

interface OfficeAcc {
  ruleset: Ruleset;
  versions: Set<string>;
  tickets: number;
  lines: AgendaLine[];
}

export async function buildAgenda(
  catalog: RulesetCatalog,
  calendar: Calendar,
  items: Iterable<TicketInput> | AsyncIterable<TicketInput>,
  options: AgendaOptions,
): Promise<Agenda> {
  const { date, asOf, since } = agendaInstants(calendar, options.date, options.at);
  // An unknown office or rule set is the caller's mistake (RULESET_UNKNOWN), not every ticket's.
  for (const named of [options.office, options.rulesetId]) {
    if (named !== undefined) rulesetIdFor(catalog, { office: named });
  }
  const asOfMs = parseInstant(asOf);
  const sinceMs = parseInstant(since);
  const path = options.path ?? 'compiled';
  const offices = new Map<string, OfficeAcc>();
  const rejected: AgendaRejected[] = [];
  const warnings = new Map<string, Text>();
  let provisional = false;
  let index = 0;
  let decided = 0;
  for await (const item of items) {
    const i = index++;
    // About 0.2 ms per ticket: let other work (HTTP requests) run between slices of 100.
    if (i > 0 && i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    const checked = checkInput(item, i);
    if (!checked.ok) {
      const r = checked.rejected;
      const first = r.issues[0];
      rejected.push({
        index: i,
        ...(r.ticketId !== undefined ? { ticketId: r.ticketId } : {}),
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
        code: first?.code ?? 'TICKET_INVALID',
        message: first?.message ?? { zh: '工单无效', en: 'invalid ticket' },
      });
      continue;
    }
    const ticket = checked.ticket;
    try {
      const id = rulesetIdFor(catalog, {
        ...(ticket.office !== undefined ? { office: ticket.office } : {}),
        ...(options.rulesetId !== undefined ? { requested: options.rulesetId } : {}),
      });
      if (options.office !== undefined && id !== options.office) continue;
      const opts = { asOf, path, trace: false, rulesetId: id } as const;
      // Decided in numbers; the lines read the decision written without explanations or
      // nextChangeAt (an agenda shows neither), and the rule set is the core's own.
      const core = await decideCore(catalog, calendar, ticket, opts);
      const decision = renderDecision(core, AGENDA_RENDER);
      const before: Decision | null =
        parseInstant(ticket.received) <= sinceMs
          ? renderDecision(await decideCore(catalog, calendar, ticket, { ...opts, asOf: since }), AGENDA_RENDER)
          : null;
      const ruleset = core.ruleset;
      decided++;
      provisional ||= decision.provisional;
      // Only a provisional decision's warnings concern the agenda (the calendar is not final).
      if (decision.provisional) for (const w of decision.warnings) warnings.set(w.zh, w);
      let acc = offices.get(ruleset.id);
      if (!acc) {
        acc = { ruleset, versions: new Set(), tickets: 0, lines: [] };
        offices.set(ruleset.id, acc);
      }
      // The newest version's words label the office's groups.
      if (ruleset.version > acc.ruleset.version) acc.ruleset = ruleset;
      acc.versions.add(ruleset.version);
      acc.tickets++;
      acc.lines.push(...ticketLines({ ticket, decision, before, ruleset, date, sinceMs, asOfMs }));
    } catch (e) {
      if (!isHotlineError(e)) throw e;
      rejected.push({
        index: i,
        ticketId: ticket.id,
        ...(checked.file !== undefined ? { file: checked.file } : {}),
        ...(checked.line !== undefined ? { line: checked.line } : {}),
        code: e.code,
        message: e.text,
      });
    }
  }
  const out: AgendaOffice[] = [...offices.values()]
    .sort((a, b) => a.ruleset.id.localeCompare(b.ruleset.id))
    .map((acc) => ({
      id: acc.ruleset.id,
      title: { zh: acc.ruleset.title, en: acc.ruleset.id },
      versions: [...acc.versions].sort(),
      tickets: acc.tickets,
      ...groupLines(acc.lines, acc.ruleset),
    }));
  return {
    kind: 'agenda',
    date,
    asOf,
    since,
    office: options.office ?? null,
    offices: out,
    counts: {
      tickets: index,
      decided,
      lines: out.reduce((n, o) => n + o.lines.length, 0),
      rejected: rejected.length,
    },
    rejected,
    provisional,
    warnings: [...warnings.values()],
  };
}
