/**
 * A simulation or comparison result in the format asked for: `table` (terminal, cli-table3),
 * `md` (Markdown), `csv` (spreadsheets: UTF-8 with BOM, Chinese headers), `json` (programs; the
 * result as it is, language-independent apart from the messages it carries in both languages).
 */
import type { Lang } from '../i18n.ts';
import type { ComparisonResult } from './compare-types.ts';
import { renderCsv } from './render-csv.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderTable } from './render-table.ts';
import { comparisonDoc } from './report-compare.ts';
import type { ReportDoc } from './report-doc.ts';
import { simulationDoc } from './report-simulate.ts';
import type { SimulationResult } from './types.ts';

export type ReportFormat = 'table' | 'md' | 'csv' | 'json';

export function reportDoc(result: SimulationResult | ComparisonResult, lang: Lang): ReportDoc {
  return result.kind === 'simulation' ? simulationDoc(result, lang) : comparisonDoc(result, lang);
}

export function renderReport(result: SimulationResult | ComparisonResult, format: ReportFormat, lang: Lang): string {
  if (format === 'json') {
    // Decisions kept in memory are not part of the report (stream them with onDecision instead).
    const { decisions: _omit, ...rest } = result as SimulationResult & { decisions?: unknown };
    return `${JSON.stringify(rest, null, 2)}\n`;
  }
  const doc = reportDoc(result, lang);
  if (format === 'csv') return renderCsv(doc);
  if (format === 'md') return renderMarkdown(doc);
  return renderTable(doc, lang);
}
