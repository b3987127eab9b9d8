/** A report for the terminal: cli-table3 tables (CJK-aware widths), long lists shortened. */
import Table from 'cli-table3';
import type { Lang } from '../i18n.ts';
import type { ReportDoc } from './report-doc.ts';

export function renderTable(doc: ReportDoc, lang: Lang): string {
  const out: string[] = [doc.title];
  for (const [k, v] of doc.facts) out.push(`  ${k}${lang === 'en' ? ': ' : '：'}${v}`);
  for (const s of doc.sections) {
    out.push('', s.title);
    if (s.rows.length === 0) {
      out.push(`  ${s.note ?? '—'}`);
      continue;
    }
    const shown = s.terminalRows !== undefined ? s.rows.slice(0, s.terminalRows) : s.rows;
    const table = new Table({
      head: s.header,
      style: { head: [], border: [], compact: true },
      colAligns: s.header.map((_, i) => (typeof s.rows[0]?.[i] === 'number' ? 'right' : 'left')),
    });
    for (const r of shown) table.push(r.map(String));
    out.push(table.toString());
    const more = s.rows.length - shown.length;
    if (more > 0) {
      out.push(
        lang === 'en'
          ? `  … ${more} more row(s): see --csv, --md or --json`
          : `  …… 另有 ${more} 行，见 --csv、--md 或 --json 输出`,
      );
    }
    if (s.note) out.push(`  ${s.note}`);
  }
  return `${out.join('\n')}\n`;
}
