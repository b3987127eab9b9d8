/** Shared by the agenda tests: the shipped rules and calendar, the fixtures, a compact view of lines. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  type Agenda,
  type AgendaLine,
  buildAgenda,
  loadCalendar,
  loadCatalog,
  type Ticket,
  ticketSource,
} from '../../engine/index.ts';

export const SHESHAN = 'fixtures/agenda/sheshan-2025-10-13.yaml';
export const XIAYANG = 'fixtures/agenda/xiayang-2025-10-13.yaml';

export const catalog = loadCatalog();
export const calendar = loadCalendar();

export function readTickets(file: string): Ticket[] {
  return parse(readFileSync(file, 'utf8')) as Ticket[];
}

export function agendaOf(source: string, date = '2025-10-13', extra: { office?: string; at?: string } = {}) {
  return buildAgenda(catalog, calendar, ticketSource(source).items, { date, ...extra });
}

/** ticket | group | urgency | who | supervision | clause | deadline obligation@dueDate/left */
export function brief(line: AgendaLine): string {
  const sup = line.supervision ? `${line.supervision.level}:${line.supervision.supervisor.role}` : '';
  const dl = line.deadline
    ? `${line.deadline.obligation}@${line.deadline.dueDate}/${line.deadline.remainingWorkdays}`
    : '-';
  return [line.ticketId, line.group, line.urgency, line.who.map((p) => p.role).join('+'), sup, line.clause, dl].join(
    ' | ',
  );
}

export function briefs(agenda: Agenda, office: string): string[] {
  return (agenda.offices.find((o) => o.id === office)?.lines ?? []).map(brief);
}
