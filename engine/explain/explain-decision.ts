import type { Calendar } from '../calendar/calendar.ts';
import { due, dueWords } from '../calendar/due.ts';
import type { DecisionCore } from '../evaluate/core-types.ts';
import type { Decision, DecisionDeadline } from '../evaluate/types.ts';
import type { Lang } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { ANCHOR_NAMES } from '../rules/vocabulary.ts';
import { countWord } from './count-word.ts';
import { explainDue } from './explain-due.ts';
import { overdueEscalationLine } from './explain-overdue-escalation.ts';
import { type Labels, labelsOf } from './labels.ts';
import { dateWords, dayEndWords, instantWords, periodWords, readableInstants, yearOf } from './readable-time.ts';
import { STATUS_NAMES } from './vocabulary.ts';

/**
 * A decision as an officer would write it: the type and why, each deadline with its clause and
 * how it was counted, the supervision level and who supervises, checks, and what to do next.
 */
export interface ExplainDecisionOptions {
  /**
   * For a decision made without per-deadline explanations (`explain: false`), the calendar to
   * recount each open deadline on, in the one language asked for (same text as `explainDue`).
   */
  calendar?: Calendar;
  /**
   * The decision's numeric core, when the caller has it (the HTTP answer does): each open
   * deadline's counting text is written from the core's numbers — no instant re-parsed, no period
   * counted again — and the calendar is the core's.
   */
  core?: DecisionCore;
  /**
   * The rule set that made the decision: its words (vocabulary.yaml: clause citations, roles,
   * obligations; the names its escalation, reminders and review give themselves).
   */
  ruleset?: Pick<Ruleset, 'vocabulary'> & Partial<Pick<Ruleset, 'ticketTypes' | 'escalation' | 'reminders' | 'review'>>;
}

/** Without a rule set, citations are generic and roles read as their ids. */
const NO_VOCABULARY = { vocabulary: { clauses: [], roles: [], obligations: [] } };
type Words = NonNullable<ExplainDecisionOptions['ruleset']>;

/** How a triggering revisit reads when the rule set does not say. */
const GENERIC_TRIGGER = { zh: '回访触发升级条件', en: 'met the escalation trigger' };

export function explainDecision(d: Decision, lang: Lang = 'zh', options: ExplainDecisionOptions = {}): string {
  const en = lang === 'en';
  const rules: Words = options.ruleset ?? NO_VOCABULARY;
  const labels = labelsOf(rules);
  const clauseLabel = labels.clause;
  const L = (zh: string, eng: string) => (en ? eng : zh);
  const lines: string[] = [];
  const year = yearOf(d.asOf);
  const at = (iso: string) => instantWords(iso, lang, year);
  const t = d.ticketType;
  // The rule set's names of the other matching types (decisions made before names were carried: the ids).
  const also = t.alsoMatched.map((id, i) => t.alsoMatchedNames?.[i] ?? { zh: id, en: id });
  lines.push(
    L(
      `工单 ${d.ticketId}（截至${instantWords(d.asOf, 'zh')}）：依据${clauseLabel(t.clause, lang)}，按${t.name.zh}办理${also.length ? `（同时符合：${also.map((n) => n.zh).join('、')}，按优先顺序取${t.name.zh}）` : ''}。`,
      `Ticket ${d.ticketId} (as of ${instantWords(d.asOf, 'en')}): handled as “${t.name.en}” under ${clauseLabel(t.clause, lang)}${also.length ? ` (also matches: ${also.map((n) => `“${n.en}”`).join(', ')}; “${t.name.en}” takes precedence)` : ''}.`,
    ),
  );
  for (const [i, x] of d.deadlines.entries())
    lines.push(deadlineLine(x, lang, () => countingText(d, i, lang, options), labels, at));
  if (d.escalation?.trigger === 'overdue') {
    const e = d.escalation;
    const owed = d.deadlines.find((x) => x.ruleId === e.deadlineRuleId);
    lines.push(overdueEscalationLine(e, lang, labels, owed ? labels.role(owed.responsible) : null, year));
  } else if (d.escalation) {
    const e = d.escalation;
    const esc = rules.escalation?.trigger === 'overdue' ? undefined : rules.escalation;
    const lv = (n: number) => labels.level(n);
    const step =
      e.previousLevel === 0
        ? { zh: `进入${lv(e.level).zh}`, en: `the ticket enters ${lv(e.level).en}` }
        : e.previousLevel === e.level
          ? {
              zh: `仍为${lv(e.level).zh}（${e.mode === 'ladder' ? '尚未达到上一级的门槛' : '已是最高级'}）`,
              en: `the ticket stays at ${lv(e.level).en} (${e.mode === 'ladder' ? 'the next threshold is not reached yet' : 'the top level'})`,
            }
          : {
              zh: `从${lv(e.previousLevel).zh}升至${lv(e.level).zh}`,
              en: `the ticket moves from ${lv(e.previousLevel).en} to ${lv(e.level).en}`,
            };
    const trigger = esc?.triggerName ?? GENERIC_TRIGGER;
    const anchor = ANCHOR_NAMES[esc?.from ?? 'accepted'];
    const by = esc?.redoBy ? labels.role(esc.redoBy) : null;
    const redo = labels.obligation('redo');
    const title = labels.escalation;
    const shift =
      e.thresholdShift > 0
        ? {
            zh: `；批准延期${e.thresholdShift}个工作日，各级门槛相应顺延`,
            en: `; the approved extension of ${e.thresholdShift} working day(s) moved every threshold`,
          }
        : { zh: '', en: '' };
    lines.push(
      L(
        `${title.zh}：${dateWords(e.revisitAt.slice(0, 10), 'zh', year)}${trigger.zh}（${anchor.zh}后第${e.workdaysAtRevisit}个工作日${shift.zh}），依据${clauseLabel(e.clause, lang)}，${step.zh}，由${e.supervisorName.zh}督促${by?.zh ?? ''}在${periodWords(e.redoPeriod, 'zh')}内完成${redo.zh}，截止${dayEndWords(e.redoDueDate, 'zh', year)}。`,
        `${capitalize(title.en)}: the revisit of ${dateWords(e.revisitAt.slice(0, 10), 'en', year)} ${trigger.en} (working day ${e.workdaysAtRevisit} after ${anchor.en}${shift.en}), so under ${clauseLabel(e.clause, lang)} ${step.en}: ${e.supervisorName.en} sees that ${by?.en ?? 'it'} completes the ${redo.en} within ${periodWords(e.redoPeriod, 'en')}, by ${dayEndWords(e.redoDueDate, 'en', year)}.`,
      ),
    );
  }
  const fc = d.checks.firstContact;
  if (fc)
    lines.push(
      L(
        `先行联系（${clauseLabel(fc.clause, lang)}）：${fc.satisfied ? '已完成' : '未完成'}，${fc.reason.zh}。`,
        `First contact (${clauseLabel(fc.clause, lang)}): ${fc.satisfied ? 'done' : 'not done'}, ${fc.reason.en}.`,
      ),
    );
  const cr = d.checks.closingReport;
  if (cr) {
    const review = rules.review;
    const named = review?.name ? { zh: `“${review.name.zh}”`, en: `, ${review.name.en}` } : { zh: '', en: '' };
    const total = review?.points.length ?? cr.failed.length;
    const by = review?.submittedBy ? labels.role(review.submittedBy) : null;
    lines.push(
      cr.passed
        ? L(
            `办结报告（${clauseLabel(cr.clause, lang)}${named.zh}）：${countWord(total, 'zh')}项审核均通过。`,
            `Closing report (${clauseLabel(cr.clause, lang)}${named.en}): all ${countWord(total, 'en')} points pass.`,
          )
        : L(
            `办结报告（${clauseLabel(cr.clause, lang)}${named.zh}）不准办结：${cr.failed.map((f) => f.reason.zh).join('；')}。${cr.resubmissionRequired ? `${by?.zh ?? ''}需补充必要信息后重新提交（原文未规定期限），工单尚未办结。` : ''}`,
            `Closing report (${clauseLabel(cr.clause, lang)}${named.en}) cannot be closed: ${cr.failed.map((f) => f.reason.en).join('; ')}.${cr.resubmissionRequired ? ` ${by ? capitalize(by.en) : 'It'} must add what is missing and resubmit (the text sets no limit); the ticket is not complete.` : ''}`,
          ),
    );
  }
  const next = nextSteps(d, lang, labels, rules, at);
  if (next.length) lines.push(L(`下一步：${next.join('；')}。`, `Next: ${next.join('; ')}.`));
  for (const n of d.notifications)
    lines.push(
      L(
        `通知（${clauseLabel(n.clause, lang)}）：${n.message.zh}`,
        `Notify (${clauseLabel(n.clause, lang)}): ${n.message.en}`,
      ),
    );
  for (const w of d.warnings) lines.push(L(`注意：${w.zh}`, `Warning: ${w.en}`));
  lines.push(
    L(
      `（规则 ${d.ruleset.id}/${d.ruleset.version}，修订 ${d.ruleset.revision.slice(0, 12)}；决定编号 ${d.decisionId}）`,
      `(rules ${d.ruleset.id}/${d.ruleset.version}, revision ${d.ruleset.revision.slice(0, 12)}; decision ${d.decisionId})`,
    ),
  );
  // Reasons and messages the decision carries may quote instants: written as the rest of the note.
  return readableInstants(lines.join('\n'), lang, year);
}

/** The deadline's counting explanation: carried by the decision, written from its core's numbers, or recounted on the calendar. */
function countingText(d: Decision, i: number, lang: Lang, options: ExplainDecisionOptions): string | null {
  const x = d.deadlines[i]!;
  if (x.explanation) return x.explanation[lang];
  const n = options.core?.deadlines[i];
  if (n) {
    const { calendar, ruleset } = options.core!;
    return explainDue(dueWords(n.anchorMs, n.planned.period, n.due, calendar, ruleset.settings.counting), lang);
  }
  if (!options.calendar) return null;
  return explainDue(due(x.fromAt, x.period, { calendar: options.calendar, counting: d.counting }), lang);
}

function deadlineLine(
  x: DecisionDeadline,
  lang: Lang,
  /** The counting text, written only for a deadline that shows it (not for one already done). */
  counting: () => string | null,
  labels: Labels,
  at: (iso: string) => string,
): string {
  const name = labels.obligation(x.obligation);
  const status = STATUS_NAMES[x.status];
  const clauseLabel = labels.clause;
  const anchor = ANCHOR_NAMES[x.from as keyof typeof ANCHOR_NAMES];
  // Done deadlines need no counting detail: when it was due, and when it was done.
  if (x.doneAt && (x.status === 'met' || x.status === 'late')) {
    return lang === 'en'
      ? `- ${name.en} (${clauseLabel(x.clause, lang)}): due ${at(x.dueAt)}, done ${at(x.doneAt)} — ${status.en}.`
      : `- ${name.zh}（依据${clauseLabel(x.clause, lang)}）：期限${at(x.dueAt)}，${at(x.doneAt)}完成，${status.zh}。`;
  }
  const counted = counting();
  if (lang === 'en') {
    return `- ${name.en} (${clauseLabel(x.clause, lang)}, ${periodWords(x.period, 'en')} from ${anchor?.en ?? x.from}): ${counted ?? `due ${at(x.dueAt)}.`} Status: ${status.en}${x.doneAt ? ` (done ${at(x.doneAt)})` : ''}.`;
  }
  return `- ${name.zh}（依据${clauseLabel(x.clause, lang)}，自${anchor?.zh ?? x.from}起${periodWords(x.period, 'zh')}）：${counted ?? `截止${at(x.dueAt)}。`}状态：${status.zh}${x.doneAt ? `（${at(x.doneAt)}完成）` : ''}。`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function nextSteps(d: Decision, lang: Lang, labels: Labels, rules: Words, at: (iso: string) => string): string[] {
  const en = lang === 'en';
  const year = yearOf(d.asOf);
  const maybe = (iso: string | null) => (iso === null ? '—' : at(iso));
  const dayEnd = (date: string | null) => (date === null ? '—' : dayEndWords(date, lang, year));
  const out: string[] = [];
  for (const x of d.deadlines.filter((y) => y.status === 'overdue' || y.status === 'due-soon')) {
    const name = labels.obligation(x.obligation);
    out.push(
      x.status === 'overdue'
        ? en
          ? `${name.en} is overdue since ${at(x.dueAt)}`
          : `${name.zh}已逾期（${at(x.dueAt)}到期），应立即办理`
        : en
          ? `${name.en} is due by ${at(x.dueAt)}`
          : `${name.zh}临近到期（${at(x.dueAt)}前）`,
    );
  }
  for (const r of d.reminders) {
    const rule = rules.reminders?.find((x) => x.id === r.ruleId);
    const by = rule?.by ? labels.role(rule.by) : null;
    const to = rule?.to ? labels.role(rule.to) : null;
    out.push(
      en
        ? `remind ${to?.en ?? 'the responsible party'} (${r.message.en})`
        : `${by ? `${by.zh}应` : ''}催办：${r.message.zh}`,
    );
  }
  const ret = d.actions.return;
  if (ret?.allowedNow) {
    const chain = ret.approvalChain.map((r) => labels.role(r)[lang]).join(en ? ' → ' : '→');
    out.push(
      en
        ? `a return may still be applied for until ${maybe(ret.windowEndsAt)} (approval: ${chain})`
        : `如需退单，须在${maybe(ret.windowEndsAt)}前申请（审批：${chain}）`,
    );
  }
  const ext = d.actions.extension;
  if (ext?.citizenNotice === 'due')
    out.push(
      en
        ? `the unit must tell the citizen about the extension (${labels.clause(ext.clause, lang)})`
        : `承办单位应及时告知市民延期办理的相关情况（${labels.clause(ext.clause, lang)}）`,
    );
  if (ext?.allowedNow) {
    out.push(
      en
        ? `an extension may be applied for until ${maybe(ext.windowEndsAt)} (at most ${periodWords(ext.cap, 'en')}, giving ${dayEnd(ext.resultingDueDate)})`
        : `如需延期，须在${maybe(ext.windowEndsAt)}前向${labels.role(ext.approvedBy).zh}申请（最多延长${periodWords(ext.cap, 'zh')}，至${dayEnd(ext.resultingDueDate)}）`,
    );
  }
  return out;
}
