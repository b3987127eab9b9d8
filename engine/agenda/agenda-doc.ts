/**
 * An agenda as plain tables in one language (`ReportDoc`, rendered by the simulation report's
 * table, Markdown and CSV renderers): per office, one section per action group (`by: 'action'`,
 * default) or per handling unit (`by: 'unit'`); the spreadsheet gets one row per line.
 */
import { instantWords } from '../explain/readable-time.ts';
import { type Lang, pick, type Text } from '../i18n.ts';
import type { Cell, ReportDoc, ReportSection } from '../simulate/report-doc.ts';
import { COLUMNS, URGENCY_TEXT } from './headings.ts';
import type { Agenda, AgendaLine, AgendaOffice } from './types.ts';

export type AgendaGrouping = 'action' | 'unit';

const join = (lang: Lang, list: Text[]) => list.map((t) => pick(t, lang)).join(lang === 'en' ? ', ' : '、');

function cells(line: AgendaLine, lang: Lang, group: Text | null, withUnit = true): Cell[] {
  const sup = line.supervision;
  const row: Cell[] = [
    ...(withUnit ? [line.unit ?? '—'] : []),
    line.ticketId,
    pick(URGENCY_TEXT[line.urgency], lang),
    pick(line.what, lang),
    join(
      lang,
      line.who.map((p) => p.name),
    ) || '—',
    sup
      ? lang === 'en'
        ? `${sup.levelName.en}: ${sup.supervisor.name.en}`
        : `${sup.levelName.zh}（${sup.supervisor.name.zh}）`
      : '—',
    pick(line.clauseLabel, lang),
    line.deadline ? line.deadline.dueDate : '—',
    line.deadline?.remainingWorkdays ?? '—',
    join(lang, line.methods) || '—',
  ];
  return group ? [pick(group, lang), ...row] : row;
}

/** `byUnit`: the action first, no unit column (the section is the unit); `both`: the spreadsheet's office and action first. */
function header(lang: Lang, first: 'byUnit' | 'unit' | 'both'): string[] {
  const cols = [
    COLUMNS.unit,
    COLUMNS.ticket,
    COLUMNS.urgency,
    COLUMNS.what,
    COLUMNS.who,
    COLUMNS.supervision,
    COLUMNS.clause,
    COLUMNS.dueDate,
    COLUMNS.left,
    COLUMNS.methods,
  ];
  const all =
    first === 'byUnit'
      ? [COLUMNS.group, ...cols.slice(1)]
      : first === 'both'
        ? [COLUMNS.office, COLUMNS.group, ...cols]
        : cols;
  return all.map((c) => pick(c, lang));
}

function officeSections(o: AgendaOffice, lang: Lang, by: AgendaGrouping): ReportSection[] {
  const groups = by === 'unit' ? o.byUnit : o.byAction;
  const actionOf = new Map<number, Text>();
  for (const g of o.byAction) for (const i of g.lines) actionOf.set(i, g.label);
  const sep = lang === 'en' ? ' — ' : ' · ';
  if (groups.length === 0) {
    return [
      {
        title: pick(o.title, lang),
        header: header(lang, 'unit'),
        rows: [],
        note: lang === 'en' ? 'nothing to do today' : '今日无待办事项',
      },
    ];
  }
  return groups.map((g) => ({
    title: `${pick(o.title, lang)}${sep}${pick(g.label, lang)}${lang === 'en' ? ` (${g.lines.length})` : `（${g.lines.length}）`}`,
    header: header(lang, by === 'unit' ? 'byUnit' : 'unit'),
    rows: g.lines.flatMap((i) => {
      const line = o.lines[i];
      if (!line) return [];
      return [by === 'unit' ? cells(line, lang, actionOf.get(i) ?? null, false) : cells(line, lang, null)];
    }),
  }));
}

export function agendaDoc(agenda: Agenda, lang: Lang, by: AgendaGrouping = 'action'): ReportDoc {
  const en = lang === 'en';
  const facts: [string, string][] = [
    [en ? 'Date' : '日期', agenda.date],
    [en ? 'Decided as of' : '决定时刻', instantWords(agenda.asOf, lang)],
    [en ? 'Notices new since' : '新增报送自', instantWords(agenda.since, lang)],
    [en ? 'Tickets' : '工单', `${agenda.counts.decided} / ${agenda.counts.tickets}`],
    [en ? 'Lines' : '事项', String(agenda.counts.lines)],
  ];
  if (agenda.counts.rejected > 0) facts.push([en ? 'Rejected' : '未能处理', String(agenda.counts.rejected)]);
  if (agenda.provisional) facts.push([en ? 'Provisional' : '暂定', en ? 'yes (calendar not final)' : '是（日历未定）']);
  for (const w of agenda.warnings) facts.push([en ? 'Warning' : '警告', pick(w, lang)]);
  const sections = agenda.offices.flatMap((o) => officeSections(o, lang, by));
  if (agenda.rejected.length > 0) {
    sections.push({
      title: en ? 'Tickets not on the agenda' : '未列入的工单',
      header: en ? ['#', 'Ticket', 'File', 'Code', 'Reason'] : ['序号', '工单', '文件', '代码', '原因'],
      rows: agenda.rejected.map((r) => [
        r.index + 1,
        r.ticketId ?? '—',
        r.file ? `${r.file}${r.line !== undefined ? `:${r.line}` : ''}` : '—',
        r.code,
        pick(r.message, lang),
      ]),
    });
  }
  const csvRows = agenda.offices.flatMap((o) => {
    const actionOf = new Map<number, Text>();
    for (const g of o.byAction) for (const i of g.lines) actionOf.set(i, g.label);
    return o.lines.map((line, i) => [o.id, ...cells(line, lang, actionOf.get(i) ?? { zh: '', en: '' })]);
  });
  return {
    title: en ? `Daily agenda ${agenda.date}` : `每日待办 ${agenda.date}`,
    facts,
    sections,
    csv: { header: header(lang, 'both'), rows: csvRows },
  };
}
