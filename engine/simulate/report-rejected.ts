/** The rejected tickets of a batch as report rows: one row per problem, with file, line and field. */
import type { Lang } from '../i18n.ts';
import type { Cell, ReportSection } from './report-doc.ts';
import { sayer } from './report-labels.ts';
import type { Capped, RejectedTicket } from './types.ts';

/** `file:line:col` of a problem (the record's line for JSON Lines), or the ticket's position. */
export function whereOf(r: RejectedTicket, issue: RejectedTicket['issues'][number]): string {
  const line = issue.line ?? r.line;
  if (r.file === undefined) return `#${r.index + 1}`;
  return line !== undefined ? `${r.file}:${line}${issue.col !== undefined ? `:${issue.col}` : ''}` : r.file;
}

export function rejectedRows(rejected: Capped<RejectedTicket>, lang: Lang): Cell[][] {
  const rows: Cell[][] = [];
  for (const r of rejected.items) {
    for (const i of r.issues) {
      rows.push([whereOf(r, i), r.ticketId ?? '—', i.path, i.code, lang === 'en' ? i.message.en : i.message.zh]);
    }
  }
  return rows;
}

export function rejectedSection(rejected: Capped<RejectedTicket>, count: number, lang: Lang): ReportSection {
  const say = sayer(lang);
  const omitted =
    rejected.omitted > 0
      ? say(
          `另有 ${rejected.omitted} 张无效工单未逐一列出（均已计数）`,
          `${rejected.omitted} more invalid ticket(s) counted but not listed`,
        )
      : undefined;
  return {
    title: say(`无效工单（${count} 张，未作决定）`, `Invalid tickets (${count}, not decided)`),
    header: [
      say('位置', 'where'),
      say('工单', 'ticket'),
      say('字段', 'field'),
      say('代码', 'code'),
      say('问题', 'problem'),
    ],
    rows: rejectedRows(rejected, lang),
    terminalRows: 30,
    ...(count === 0 ? { note: say('无', 'none') } : omitted ? { note: omitted } : {}),
  };
}
