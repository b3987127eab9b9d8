/**
 * A simulation or comparison for the terminal, no line wider than it. A comparison lists the
 * changed tickets only (the tickets kept under the base version and the unchanged ones are counted,
 * not listed), in the columns that matter on a screen; the files (--csv, --md, --json) keep all.
 */
import { type ComparisonResult, type Lang, reportDoc, type SimulationResult } from '../index.ts';
import { type Cell, fitTable } from './fit-table.ts';
import { count } from './output.ts';
import { wrapText } from './text-width.ts';

type ReportDoc = ReturnType<typeof reportDoc>;
type ReportSection = ReportDoc['sections'][number];

/** Columns of the ticket-by-ticket comparison shown on a terminal: ticket, clause, change, subject, base, candidate, working days. */
const COMPARE_COLUMNS = [0, 5, 7, 8, 9, 10, 11];
/** Changed rows a terminal shows before pointing to the files. */
const TERMINAL_ROWS = 40;
/** Outcomes listed in one cell of the grouped changes. */
const OUTCOMES = 3;

function changedOnly(r: ComparisonResult, section: ReportSection, lang: Lang): ReportSection {
  // The rows follow r.tickets.items: one row for a ticket kept under the base, one per change otherwise.
  const keep: boolean[] = r.tickets.items.flatMap((t) => (t.keptUnderBase ? [false] : t.changes.map(() => true)));
  const rows = section.rows.filter((_, i) => keep[i] === true).map((row) => COMPARE_COLUMNS.map((c) => row[c] ?? ''));
  const t = r.totals;
  const unchanged = t.unchanged + t.keptUnderBase;
  const note =
    lang === 'en'
      ? `${count(t.changed)} changed ticket(s) listed; ${count(unchanged)} unchanged not listed (${count(t.keptUnderBase)} kept under the base version, ${count(t.unchanged)} decided alike)`
      : `列出有变化的工单 ${count(t.changed)} 张；未列出无变化的 ${count(unchanged)} 张（沿用基准版本 ${count(t.keptUnderBase)} 张，决定相同 ${count(t.unchanged)} 张）`;
  return {
    ...section,
    header: COMPARE_COLUMNS.map((c) => section.header[c] ?? ''),
    rows,
    terminalRows: TERMINAL_ROWS,
    note: section.note ? `${note}\n${section.note}` : note,
  };
}

/** "a ×3；b ×2；…" → the first few outcomes and how many more kinds. */
function shortOutcomes(cell: Cell, lang: Lang): Cell {
  if (typeof cell !== 'string' || !/ ×\d/.test(cell)) return cell;
  const parts = cell.split(lang === 'en' ? '; ' : '；');
  if (parts.length <= OUTCOMES) return cell;
  const more = parts.length - OUTCOMES;
  const head = parts.slice(0, OUTCOMES).join(lang === 'en' ? '; ' : '；');
  return lang === 'en' ? `${head}; … ${count(more)} more` : `${head}；……另 ${count(more)} 种`;
}

/** Counts in running text (the report's title and facts) with thousands separators: "60000 张" → "60,000 张". */
export function grouped(text: string): string {
  return text.replace(/(?<=^|[\s：:（(])(\d{4,})(?=\s*(?:张|tickets?\b)|，|, |$)/gu, (n) => count(Number(n)));
}

export function terminalDoc(result: SimulationResult | ComparisonResult, lang: Lang): ReportDoc {
  const doc = reportDoc(result, lang);
  if (result.kind !== 'comparison') return doc;
  const sections = doc.sections.map((s) => {
    // The ticket-by-ticket section is the one the spreadsheet gets.
    if (s.header === doc.csv.header) return changedOnly(result, s, lang);
    return { ...s, rows: s.rows.map((r) => r.map((c) => shortOutcomes(c, lang))) };
  });
  return { ...doc, sections };
}

export function renderTerminal(result: SimulationResult | ComparisonResult, lang: Lang, width: number): string {
  const doc = terminalDoc(result, lang);
  const out: string[] = [wrapText(grouped(doc.title), width)];
  const sep = lang === 'en' ? ': ' : '：';
  for (const [k, v] of doc.facts) out.push(wrapText(`  ${k}${sep}${grouped(v)}`, width - 4).replace(/\n/g, '\n    '));
  for (const s of doc.sections) {
    out.push('', wrapText(s.title, width));
    if (s.rows.length === 0) {
      out.push(wrapText(`  ${s.note ?? '—'}`, width));
      continue;
    }
    const shown = s.terminalRows !== undefined ? s.rows.slice(0, s.terminalRows) : s.rows;
    out.push(fitTable(s.header, shown, width));
    const more = s.rows.length - shown.length;
    if (more > 0) {
      out.push(
        wrapText(
          lang === 'en'
            ? `  … ${count(more)} more row(s): see --csv, --md or --json`
            : `  …… 另有 ${count(more)} 行，见 --csv、--md 或 --json 输出`,
          width,
        ),
      );
    }
    if (s.note) out.push(wrapText(`  ${s.note}`, width - 2).replace(/\n/g, '\n  '));
  }
  return `${out.join('\n')}\n`;
}
