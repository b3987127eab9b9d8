/**
 * The impact of a new calendar as a report: a terminal table, Markdown or CSV (the same shapes
 * and renderers as `simulate` and `compare`), or JSON. Names of obligations and clauses come from
 * each ticket's rule set (carried in the result); statuses and shifts read as in `compare`.
 */
import { type Lang, pick } from '../../i18n.ts';
import { renderCsv } from '../../simulate/render-csv.ts';
import { renderMarkdown } from '../../simulate/render-markdown.ts';
import { renderTable } from '../../simulate/render-table.ts';
import type { Cell, ReportDoc } from '../../simulate/report-doc.ts';
import { instantText, sayer, shiftText, statusName } from '../../simulate/report-labels.ts';
import { formatPeriod, parsePeriod } from '../period.ts';
import type { CalendarImpact, CalendarRef } from './types.ts';

export type ImpactFormat = 'table' | 'md' | 'csv' | 'json';

const TERMINAL_ROWS = 20;

/** A period literal of the rules (`5个工作日`) in the report's language. */
function periodText(literal: string, lang: Lang): string {
  try {
    return formatPeriod(parsePeriod(literal), lang);
  } catch {
    return literal;
  }
}

export function impactDoc(r: CalendarImpact, lang: Lang): ReportDoc {
  const say = sayer(lang);
  const n = (v: number) => v.toLocaleString('en');
  const calText = (c: CalendarRef) =>
    say(
      `${c.id}（已载入${c.noticeYears.join('、')}年通知；版本 ${c.revision.slice(0, 12)}）`,
      `${c.id} (notices for ${c.noticeYears.join(', ')}; revision ${c.revision.slice(0, 12)})`,
    );
  const shifts = Object.entries(r.counts.movesByWorkdays)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([k, v]) => `${shiftText(k, lang)} ×${n(v)}`)
    .join(say('；', '; '));
  const facts: [string, string][] = [
    [say('决定时点', 'As of'), r.asOf],
    [say('原日历', 'Calendar in force'), calText(r.before)],
    [say('新日历', 'New calendar'), calText(r.after)],
    [
      say('工单', 'Tickets'),
      say(
        `${n(r.counts.tickets)}张（已决定${n(r.counts.decided)}，无效${n(r.counts.rejected)}）`,
        `${n(r.counts.tickets)} (decided ${n(r.counts.decided)}, invalid ${n(r.counts.rejected)})`,
      ),
    ],
    [say('受影响工单', 'Tickets affected'), n(r.counts.affected)],
    [
      say('期限变动', 'Deadlines moved'),
      `${n(r.counts.deadlinesMoved)}${shifts ? say(`（${shifts}）`, ` (${shifts})`) : ''}`,
    ],
    [say('状态变化', 'Status changes'), n(r.counts.statusChanges)],
    [say('级别变化的工单', 'Tickets whose level changes'), n(r.counts.escalationChanges)],
    [say('不再是临时结果的决定', 'Decisions no longer provisional'), n(r.counts.noLongerProvisional)],
    ...(r.counts.noLongerRefused > 0
      ? [
          [say('此前严格模式拒绝、现可决定', 'Refused before (strict), decided now'), n(r.counts.noLongerRefused)] as [
            string,
            string,
          ],
        ]
      : []),
    [say('仍为临时结果的决定', 'Decisions still provisional'), n(r.counts.stillProvisional)],
  ];
  const moveRows: Cell[][] = [];
  const statusRows: Cell[][] = [];
  const finalRows: Cell[][] = [];
  const csvRows: Cell[][] = [];
  for (const t of r.tickets) {
    for (const m of t.moves) {
      const row: Cell[] = [
        t.ticketId,
        pick(m.obligationName, lang),
        pick(m.clauseCite, lang),
        periodText(m.period, lang),
        instantText(m.before.dueAt, lang),
        instantText(m.after.dueAt, lang),
        shiftText(String(m.workdays), lang),
        statusName(m.before.status, lang),
        statusName(m.after.status, lang),
      ];
      moveRows.push(row);
      csvRows.push([
        say('期限变动', 'deadline moved'),
        t.ticketId,
        pick(m.obligationName, lang),
        pick(m.clauseCite, lang),
        m.before.dueDate,
        m.after.dueDate,
        m.workdays,
        statusName(m.before.status, lang),
        statusName(m.after.status, lang),
      ]);
    }
    for (const s of t.statusChanges) {
      statusRows.push([
        t.ticketId,
        pick(s.obligationName, lang),
        statusName(s.before, lang),
        statusName(s.after, lang),
      ]);
      csvRows.push([
        say('状态变化', 'status changed'),
        t.ticketId,
        pick(s.obligationName, lang),
        '',
        '',
        '',
        '',
        statusName(s.before, lang),
        statusName(s.after, lang),
      ]);
    }
    for (const [list, kind] of [
      [t.added, say('新增期限', 'deadline added')],
      [t.removed, say('取消期限', 'deadline removed')],
    ] as const) {
      for (const d of list) {
        const due = say(
          `${instantText(d.dueAt, lang)}（${statusName(d.status, lang)}）`,
          `${instantText(d.dueAt, lang)} (${statusName(d.status, lang)})`,
        );
        const [was, now] = list === t.added ? ['—', due] : [due, '—'];
        statusRows.push([t.ticketId, `${pick(d.obligationName, lang)}${say('：', ': ')}${kind}`, was, now]);
        csvRows.push([
          kind,
          t.ticketId,
          pick(d.obligationName, lang),
          '',
          list === t.added ? '' : d.dueDate,
          list === t.added ? d.dueDate : '',
          '',
          list === t.added ? '' : statusName(d.status, lang),
          list === t.added ? statusName(d.status, lang) : '',
        ]);
      }
    }
    if (t.escalation) {
      const was = pick(t.escalation.before.name, lang);
      const now = pick(t.escalation.after.name, lang);
      statusRows.push([t.ticketId, say('级别', 'level'), was, now]);
      csvRows.push([say('级别变化', 'level changed'), t.ticketId, '', '', '', '', '', was, now]);
    }
    if (t.refusedBefore) {
      const now = say('此前严格模式拒绝临时推算，现可决定', 'refused before (strict counting), decided now');
      finalRows.push([t.ticketId, `${t.ruleset.id} ${t.ruleset.version}`, now]);
      csvRows.push([now, t.ticketId, '', '', '', '', '', '', '']);
    } else if (t.provisional.before !== t.provisional.after) {
      const now = t.provisional.after
        ? say('变为临时结果', 'became provisional')
        : say('不再是临时结果', 'no longer provisional');
      finalRows.push([t.ticketId, `${t.ruleset.id} ${t.ruleset.version}`, now]);
      csvRows.push([now, t.ticketId, '', '', '', '', '', '', '']);
    }
  }
  const rejectedRows: Cell[][] = r.rejected.map((x) => [
    x.file ? `${x.file}${x.line !== undefined ? `:${x.line}` : ''}` : `#${x.index + 1}`,
    x.ticketId ?? '—',
    x.issues.map((i) => `${i.path}: ${pick(i.message, lang)}`).join(say('；', '; ')),
  ]);
  return {
    title: say('新工作日历对未结工单的影响', 'What the new working-day calendar changes in open tickets'),
    facts,
    sections: [
      {
        title: say('期限变动（截止时间：原 → 新）', 'Deadlines that move (due: old → new)'),
        header: [
          say('工单', 'Ticket'),
          say('事项', 'Obligation'),
          say('依据', 'Clause'),
          say('时限', 'Period'),
          say('原截止', 'Old due'),
          say('新截止', 'New due'),
          say('变动', 'Shift'),
          say('原状态', 'Old status'),
          say('新状态', 'New status'),
        ],
        rows: moveRows,
        terminalRows: TERMINAL_ROWS,
        note: moveRows.length === 0 ? say('没有期限变动', 'no deadline moves') : undefined,
      },
      {
        title: say('状态与级别变化', 'Status and level changes'),
        header: [say('工单', 'Ticket'), say('事项', 'Obligation'), say('原状态', 'Old'), say('新状态', 'New')],
        rows: statusRows,
        terminalRows: TERMINAL_ROWS,
        note: statusRows.length === 0 ? say('没有状态变化', 'no status changes') : undefined,
      },
      {
        title: say('临时结果的变化', 'Provisional decisions'),
        header: [say('工单', 'Ticket'), say('规则集版本', 'Rule set version'), say('变化', 'Change')],
        rows: finalRows,
        terminalRows: TERMINAL_ROWS,
        note: finalRows.length === 0 ? say('没有变化', 'no change') : undefined,
      },
      ...(rejectedRows.length > 0
        ? [
            {
              title: say('无效工单（未决定）', 'Invalid tickets (not decided)'),
              header: [say('位置', 'Where'), say('工单', 'Ticket'), say('问题', 'Problem')],
              rows: rejectedRows,
              terminalRows: TERMINAL_ROWS,
            },
          ]
        : []),
    ],
    csv: {
      header: [
        say('变化', 'Change'),
        say('工单', 'Ticket'),
        say('事项', 'Obligation'),
        say('依据', 'Clause'),
        say('原截止日', 'Old last day'),
        say('新截止日', 'New last day'),
        say('变动工作日', 'Shift (working days)'),
        say('原状态', 'Old status'),
        say('新状态', 'New status'),
      ],
      rows: csvRows,
    },
  };
}

export function renderImpact(r: CalendarImpact, format: ImpactFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const doc = impactDoc(r, lang);
  if (format === 'csv') return renderCsv(doc);
  if (format === 'md') return renderMarkdown(doc);
  return renderTable(doc, lang);
}
