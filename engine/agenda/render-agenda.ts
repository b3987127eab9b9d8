/** An agenda in the format asked for: terminal table, Markdown, CSV (UTF-8 BOM) or JSON (both languages). */
import type { Lang } from '../i18n.ts';
import { renderCsv } from '../simulate/render-csv.ts';
import { renderMarkdown } from '../simulate/render-markdown.ts';
import type { ReportFormat } from '../simulate/render-report.ts';
import { renderTable } from '../simulate/render-table.ts';
import { type AgendaGrouping, agendaDoc } from './agenda-doc.ts';
import type { Agenda } from './types.ts';

export function renderAgenda(agenda: Agenda, format: ReportFormat, lang: Lang, by: AgendaGrouping = 'action'): string {
  if (format === 'json') return `${JSON.stringify(agenda, null, 2)}\n`;
  const doc = agendaDoc(agenda, lang, by);
  if (format === 'csv') return renderCsv(doc);
  if (format === 'md') return renderMarkdown(doc);
  return renderTable(doc, lang);
}
