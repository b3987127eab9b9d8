/** A report as Markdown: a heading, the facts as a list, each section as a pipe table. */
import type { Cell, ReportDoc } from './report-doc.ts';

export function mdCell(v: Cell): string {
  return String(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderMarkdown(doc: ReportDoc): string {
  const out: string[] = [`# ${doc.title}`, ''];
  for (const [k, v] of doc.facts) out.push(`- ${mdCell(k)}: ${mdCell(v)}`);
  for (const s of doc.sections) {
    out.push('', `## ${s.title}`, '');
    if (s.rows.length === 0) {
      out.push(s.note ?? '—');
      continue;
    }
    out.push(`| ${s.header.map(mdCell).join(' | ')} |`);
    out.push(`| ${s.header.map((_, i) => (typeof s.rows[0]?.[i] === 'number' ? '---:' : '---')).join(' | ')} |`);
    for (const r of s.rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
    if (s.note) out.push('', s.note);
  }
  return `${out.join('\n')}\n`;
}
