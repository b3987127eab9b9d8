/**
 * The report of a simulation: overview, ticket types, deadlines by status, supervision levels,
 * reminders and notifications, checks (first contact not done, closing-report points failed),
 * actions open, invalid tickets. The CSV is one row per count: 类别, 项目, 子项, 数量, 说明.
 */
import type { Lang } from '../i18n.ts';
import type { Cell, ReportDoc, ReportSection } from './report-doc.ts';
import {
  clauseText,
  kindName,
  levelName,
  mergeWords,
  obligationName,
  sayer,
  statusName,
  triggerName,
  typeName,
} from './report-labels.ts';
import { rejectedRows, rejectedSection } from './report-rejected.ts';
import { STATUSES } from './summary.ts';
import type { SimulationResult } from './types.ts';

const pct = (n: number, of: number) => (of > 0 ? `${((n / of) * 100).toFixed(1)}%` : '—');

export function simulationDoc(r: SimulationResult, lang: Lang): ReportDoc {
  const say = sayer(lang);
  const s = r.summary;
  const n = s.tickets.evaluated;
  const csv: Cell[][] = [];
  const count = (section: string, item: string, sub: string, value: number, note = ''): void => {
    csv.push([section, item, sub, value, note]);
  };

  const words = mergeWords(r.meta.versions);
  const versions = r.meta.versions.map((v) =>
    say(
      `${v.id}/${v.version}（自 ${v.effectiveFrom} 起，${v.dir}）`,
      `${v.id}/${v.version} (from ${v.effectiveFrom}, ${v.dir})`,
    ),
  );
  const facts: [string, string][] = [
    [say('决定时刻', 'as of'), r.meta.asOf],
    [
      say('规则版本', 'rules'),
      `${r.meta.mode === 'in-force' ? say('按收单时生效的版本（新老划断）：', 'the version in force at receipt: ') : ''}${versions.join('；')}`,
    ],
    [say('计算路径', 'path'), r.meta.path],
    [
      say('工单', 'tickets'),
      say(
        `${s.tickets.total} 张：已决定 ${n}，无效 ${s.tickets.rejected}`,
        `${s.tickets.total} (${n} decided, ${s.tickets.rejected} invalid)`,
      ),
    ],
  ];

  const overview: Cell[][] = [
    [say('已决定', 'decided'), n],
    [say('无效（未决定）', 'invalid (not decided)'), s.tickets.rejected],
    [say('临时结果（涉及未公布年份）', 'provisional (unpublished year)'), s.provisional],
    [say('有警告', 'with warnings'), s.withWarnings],
    ...Object.entries(s.byVersion).map(([v, c]): Cell[] => [say(`版本 ${v}`, `version ${v}`), c]),
  ];
  for (const [k, v] of overview) count(say('概况', 'overview'), String(k), '', v as number);

  const types = Object.entries(s.byType).map(([t, c]): Cell[] => [typeName(t, lang, words), t, c ?? 0, pct(c ?? 0, n)]);
  for (const [name, id, c] of types) count(say('工单类型', 'ticket type'), String(name), String(id), c as number);

  const statuses = STATUSES.filter((st) => Object.values(s.deadlines).some((m) => (m?.[st] ?? 0) > 0));
  const deadlineRows = Object.entries(s.deadlines).map(([o, m]): Cell[] => {
    const cells = statuses.map((st) => m?.[st] ?? 0);
    for (const st of statuses)
      if (m?.[st]) count(say('期限状态', 'deadlines'), obligationName(o, lang, words), statusName(st, lang), m[st]);
    return [obligationName(o, lang, words), ...cells, cells.reduce((a, b) => a + b, 0)];
  });

  const levels = Object.keys(s.escalation)
    .filter((k) => k !== 'none')
    .sort((a, b) => Number(a) - Number(b));
  const escalation = ['none', ...levels].map((k): Cell[] => [levelName(k, lang, words), s.escalation[k] ?? 0]);
  const escWord = kindName('escalation', lang, words);
  for (const [k, v] of escalation) count(escWord, String(k), '', v as number);

  const effects: Cell[][] = [
    ...Object.entries(s.reminders).map(([id, e]): Cell[] => [
      say('催办提醒', 'reminder'),
      id,
      clauseText(e.clause, lang, words),
      triggerName(e.trigger, lang),
      e.count,
    ]),
    ...Object.entries(s.notifications).map(([id, e]): Cell[] => [
      say('通知', 'notification'),
      id,
      clauseText(e.clause, lang, words),
      '',
      e.count,
    ]),
  ];
  for (const [kind, id, clause, sub, c] of effects) {
    count(String(kind), String(id), String(sub), c as number, String(clause));
  }

  const fc = s.checks.firstContact;
  const cr = s.checks.closingReport;
  // A check or action no decided ticket had (its topic absent from the rule set) has no row.
  const fcName = say('先行联系', 'first contact');
  const crName = say('办结报告', 'closing report');
  const checks: Cell[][] = [
    ...(fc.satisfied + fc.unsatisfied > 0
      ? [
          [fcName, say('已完成', 'done'), fc.satisfied],
          [fcName, say('未完成', 'not done'), fc.unsatisfied],
        ]
      : []),
    ...(cr.passed + cr.failed > 0
      ? [
          [crName, say('审核通过', 'passed'), cr.passed],
          [crName, say('不准办结', 'failed'), cr.failed],
        ]
      : []),
    ...Object.entries(cr.failedPoints).map(([k, p]): Cell[] => [
      crName,
      say(`第${k}项不合格：${p.name.zh}`, `point ${k} failed: ${p.name.en}`),
      p.count,
    ]),
    ...(s.actions.returnAllowedNow > 0
      ? [[say('可办事项', 'actions'), say('当前可申请退单', 'return allowed now'), s.actions.returnAllowedNow]]
      : []),
    ...(s.actions.extensionAllowedNow > 0
      ? [[say('可办事项', 'actions'), say('当前可申请延期', 'extension allowed now'), s.actions.extensionAllowedNow]]
      : []),
  ];
  for (const [a, b, c] of checks) count(String(a), String(b), '', c as number);
  for (const row of rejectedRows(r.rejected, lang)) {
    count(say('无效工单', 'invalid ticket'), String(row[0]), String(row[2]), 1, `${row[3]} ${row[4]}`);
  }

  const sections: ReportSection[] = [
    { title: say('概况', 'Overview'), header: [say('项目', 'item'), say('数量', 'count')], rows: overview },
    {
      title: say('工单类型', 'Ticket types'),
      header: [say('类型', 'type'), 'id', say('数量', 'count'), say('占比', 'share')],
      rows: types,
    },
    {
      title: say('各项期限的状态', 'Deadlines by status'),
      header: [say('事项', 'obligation'), ...statuses.map((st) => statusName(st, lang)), say('合计', 'total')],
      rows: deadlineRows,
    },
    {
      title: escWord,
      header: [say('级别', 'level'), say('数量', 'count')],
      rows: escalation,
    },
    {
      title: say('催办提醒与通知', 'Reminders and notifications'),
      header: [
        say('类别', 'kind'),
        say('规则', 'rule'),
        say('条款', 'clause'),
        say('触发', 'trigger'),
        say('工单数', 'tickets'),
      ],
      rows: effects,
      ...(effects.length === 0 ? { note: say('无', 'none') } : {}),
    },
    {
      title: say('核查与可办事项', 'Checks and actions'),
      header: [say('类别', 'check'), say('项目', 'item'), say('工单数', 'tickets')],
      rows: checks,
    },
    rejectedSection(r.rejected, s.tickets.rejected, lang),
  ];
  return {
    title: say(`规则模拟：${n} 张工单（截至 ${r.meta.asOf}）`, `Simulation: ${n} ticket(s) as of ${r.meta.asOf}`),
    facts,
    sections,
    csv: {
      header: [
        say('类别', 'section'),
        say('项目', 'item'),
        say('子项', 'sub-item'),
        say('数量', 'count'),
        say('说明', 'note'),
      ],
      rows: csv,
    },
  };
}
