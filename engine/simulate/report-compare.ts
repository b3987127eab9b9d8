/**
 * The report of a comparison: the two versions and the 新老划断 line, totals, changes grouped by
 * clause and rule, then ticket by ticket (one row per change; a ticket kept under the base version
 * gets one row saying so). The CSV is the ticket-by-ticket table.
 */
import type { Lang } from '../i18n.ts';
import { sizesText } from './change-size-text.ts';
import { outcomeOf, subjectOf } from './compare-groups.ts';
import type { Change, ComparisonResult, TicketComparison } from './compare-types.ts';
import type { Cell, ReportDoc, ReportSection } from './report-doc.ts';
import { clauseText, kindName, mergeWords, sayer, shiftText, subjectName, valueText } from './report-labels.ts';
import { rejectedSection } from './report-rejected.ts';
import type { ReportWords, VersionRef } from './types.ts';

function changeCells(c: Change, lang: Lang, words: ReportWords): { from: string; to: string; shift: Cell } {
  const subject = subjectOf(c);
  const say = sayer(lang);
  switch (c.kind) {
    case 'deadline':
      return { from: c.fromDate, to: c.toDate, shift: c.workdays !== 0 ? c.workdays : shiftText(outcomeOf(c), lang) };
    case 'deadline-added':
      return { from: '—', to: valueText(c.kind, subject, c.due, lang, words), shift: '' };
    case 'deadline-removed':
      return { from: valueText(c.kind, subject, c.due, lang, words), to: '—', shift: '' };
    case 'reminder-added':
      return { from: say('无', 'no'), to: say('有', 'yes'), shift: '' };
    case 'reminder-removed':
      return { from: say('有', 'yes'), to: say('无', 'no'), shift: '' };
    default:
      return {
        from: valueText(c.kind, subject, c.from, lang, words),
        to: valueText(c.kind, subject, c.to, lang, words),
        shift: '',
      };
  }
}

/** One row per change of a ticket (or one row for a ticket kept under the base version). */
function ticketRows(t: TicketComparison, base: VersionRef, cand: VersionRef, lang: Lang, words: ReportWords): Cell[][] {
  const say = sayer(lang);
  const where = t.file !== undefined ? `${t.file}${t.line !== undefined ? `:${t.line}` : ''}` : `#${t.index + 1}`;
  const head = [t.ticketId, t.received, where];
  if (t.keptUnderBase) {
    const why = say(
      `收单早于 ${cand.effectiveFrom}，沿用 ${base.version}`,
      `received before ${cand.effectiveFrom}: stays under ${base.version}`,
    );
    return [[...head, say('是', 'yes'), base.version, '', '', why, '', '', '', '']];
  }
  return t.changes.map((c) => {
    const { from, to, shift } = changeCells(c, lang, words);
    return [
      ...head,
      say('否', 'no'),
      cand.version,
      c.clause,
      c.ruleId,
      kindName(c.kind, lang, words),
      subjectName(c.kind, subjectOf(c), lang, words),
      from,
      to,
      shift,
    ];
  });
}

export function comparisonDoc(r: ComparisonResult, lang: Lang): ReportDoc {
  const say = sayer(lang);
  const { base, candidate: cand } = r.meta;
  const words = mergeWords([base, cand]);
  const t = r.totals;
  const ref = (v: VersionRef) =>
    say(
      `${v.id}/${v.version}（自 ${v.effectiveFrom} 起，${v.dir}）`,
      `${v.id}/${v.version} (from ${v.effectiveFrom}, ${v.dir})`,
    );
  const facts: [string, string][] = [
    [say('基准版本', 'base'), ref(base)],
    [say('候选版本', 'candidate'), ref(cand)],
    [say('决定时刻', 'as of'), r.meta.asOf],
    [say('计算路径', 'path'), r.meta.path],
    [
      say('新老划断', 'transition'),
      say(
        `收单时间在 ${cand.effectiveFrom} 之前的工单仍按基准版本办理，不列变化`,
        `tickets received before ${cand.effectiveFrom} stay under the base version; no changes listed`,
      ),
    ],
  ];
  const overview: Cell[][] = [
    [say('工单总数', 'tickets'), t.tickets],
    [say('无效（未比较）', 'invalid (not compared)'), t.rejected],
    [say('沿用基准版本（收单早于候选版本生效）', 'kept under base (received before the candidate)'), t.keptUnderBase],
    [say('适用候选版本', 'under the candidate'), t.underCandidate],
    [say('其中有变化', 'of which changed'), t.changed],
    [say('其中无变化', 'of which unchanged'), t.unchanged],
  ];
  const groups: Cell[][] = r.groups.map((g) => [
    clauseText(g.clause, lang, words),
    g.ruleId,
    kindName(g.kind, lang, words),
    subjectName(g.kind, g.subject, lang, words),
    g.tickets,
    sizesText(g, lang, words),
  ]);
  const rows = r.tickets.items.flatMap((x) => ticketRows(x, base, cand, lang, words));
  const header = [
    say('工单', 'ticket'),
    say('收单时间', 'received'),
    say('位置', 'where'),
    say('沿用基准版本', 'kept under base'),
    say('适用版本', 'version'),
    say('条款', 'clause'),
    say('规则', 'rule'),
    say('变化', 'change'),
    say('事项', 'subject'),
    say('原值', 'base'),
    say('新值', 'candidate'),
    say('工作日变化', 'working days'),
  ];
  const omitted =
    r.tickets.omitted > 0
      ? say(
          `另有 ${r.tickets.omitted} 张工单未逐一列出（均已计入汇总）`,
          `${r.tickets.omitted} more ticket(s) counted but not listed`,
        )
      : undefined;
  const sections: ReportSection[] = [
    { title: say('概况', 'Overview'), header: [say('项目', 'item'), say('工单数', 'tickets')], rows: overview },
    {
      title: say('按条款和规则汇总的变化', 'Changes by clause and rule'),
      header: [
        say('条款', 'clause'),
        say('规则', 'rule'),
        say('变化', 'change'),
        say('事项', 'subject'),
        say('工单数', 'tickets'),
        say('结果', 'outcomes'),
      ],
      rows: groups,
      ...(groups.length === 0
        ? { note: say('两个版本对这些工单的决定相同', 'both versions decide these tickets alike') }
        : {}),
    },
    {
      title: say('逐张工单', 'Ticket by ticket'),
      header,
      rows,
      terminalRows: 40,
      ...(omitted ? { note: omitted } : {}),
    },
    rejectedSection(r.rejected, t.rejected, lang),
  ];
  return {
    title: say(
      `规则版本比较：${base.version} → ${cand.version}（${t.tickets} 张工单，截至 ${r.meta.asOf}）`,
      `Comparison ${base.version} → ${cand.version} (${t.tickets} ticket(s), as of ${r.meta.asOf})`,
    ),
    facts,
    sections,
    csv: { header, rows },
  };
}
