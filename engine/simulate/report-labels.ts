/**
 * Words of the simulation and comparison reports, in Chinese and English, and how the values of a
 * change (statuses, roles, ticket types, supervision levels, yes/no) read in each language.
 */
import { fromDayNumber, toDayNumber } from '../calendar/day-number.ts';
import type { DeadlineStatus } from '../evaluate/types.ts';
import { labelsFrom } from '../explain/labels.ts';
import { STATUS_NAMES } from '../explain/vocabulary.ts';
import type { Lang, Text } from '../i18n.ts';
import type { ChangeKind } from './compare-types.ts';
import type { ReportWords, VersionRef } from './types.ts';

export type Say = (zh: string, en: string) => string;
export const sayer =
  (lang: Lang): Say =>
  (zh, en) =>
    lang === 'en' ? en : zh;

export const KIND_NAMES: Record<ChangeKind, Text> = {
  type: { zh: '工单类型', en: 'ticket type' },
  deadline: { zh: '期限变动', en: 'deadline moved' },
  'deadline-added': { zh: '新增期限', en: 'deadline added' },
  'deadline-removed': { zh: '取消期限', en: 'deadline removed' },
  status: { zh: '期限状态', en: 'deadline status' },
  escalation: { zh: '级别', en: 'level' },
  action: { zh: '可办事项', en: 'action' },
  'reminder-added': { zh: '新增提醒', en: 'reminder added' },
  'reminder-removed': { zh: '取消提醒', en: 'reminder removed' },
};

const ACTION_NAMES: Record<string, Text> = {
  return: { zh: '退单', en: 'return' },
  extension: { zh: '延期', en: 'extension' },
  approvalChain: { zh: '审批链', en: 'approval chain' },
  approvedBy: { zh: '审批人', en: 'approved by' },
  allowedNow: { zh: '当前可申请', en: 'allowed now' },
  available: { zh: '适用', en: 'applies' },
  resultingDueAt: { zh: '延期后办结期限', en: 'deadline if extended' },
};

const TRIGGER_NAMES: Record<string, Text> = {
  'not-accepted': { zh: '未接单', en: 'not accepted' },
  'due-soon': { zh: '临近办结时限', en: 'due soon' },
  'media-exposed': { zh: '媒体曝光', en: 'media exposure' },
};

const pickText = (t: Text | undefined, fallback: string, lang: Lang) => (t ? (lang === 'en' ? t.en : t.zh) : fallback);

/**
 * The words of every version a report covers: a later version of the same rule set over an earlier
 * one. Where two offices name the same id differently (Daning's 办结 and Xiayang's 首次处置 for
 * `complete`), neither office's word can speak for a mixed report: the generic word applies.
 */
export function mergeWords(versions: readonly VersionRef[]): ReportWords {
  const out: Required<ReportWords> = {
    roles: {},
    clauses: {},
    types: {},
    obligations: {},
    levels: {},
    escalation: labelsFrom().escalation,
  };
  const owner = new Map<string, string>();
  const conflicts = new Set<string>();
  const put = (table: Record<string, Text>, kind: string, id: string, text: Text, office: string) => {
    const key = `${kind}\u0000${id}`;
    const prev = table[id];
    const from = owner.get(key);
    if (conflicts.has(key)) return;
    if (prev && from !== office && (prev.zh !== text.zh || prev.en !== text.en)) {
      conflicts.add(key);
      delete table[id];
      return;
    }
    table[id] = text;
    owner.set(key, office);
  };
  let escalationOwner: string | null = null;
  for (const v of versions) {
    const w = v.words;
    if (!w) continue;
    for (const kind of ['roles', 'clauses', 'types', 'obligations', 'levels'] as const)
      for (const [id, text] of Object.entries(w[kind] ?? {})) put(out[kind], kind, id, text, v.id);
    if (w.escalation && !conflicts.has('escalation')) {
      const same = out.escalation.zh === w.escalation.zh && out.escalation.en === w.escalation.en;
      if (escalationOwner === null || escalationOwner === v.id || same) {
        out.escalation = w.escalation;
        escalationOwner = v.id;
      } else {
        conflicts.add('escalation');
        out.escalation = labelsFrom().escalation;
      }
    }
  }
  return out;
}

const pick = (t: Text, lang: Lang) => (lang === 'en' ? t.en : t.zh);
export const typeName = (id: string, lang: Lang, words?: ReportWords) => pick(labelsFrom(words).type(id), lang);
export const clauseText = (id: string, lang: Lang, words?: ReportWords) => labelsFrom(words).clause(id, lang);
export const statusName = (s: string, lang: Lang) => pickText(STATUS_NAMES[s as DeadlineStatus], s, lang);
export const obligationName = (o: string, lang: Lang, words?: ReportWords) =>
  pick(labelsFrom(words).obligation(o), lang);
/** A change kind; the escalation's is named as the office names it (督办级别). */
export const kindName = (k: ChangeKind, lang: Lang, words?: ReportWords) =>
  k === 'escalation'
    ? `${pick(labelsFrom(words).escalation, lang)}${lang === 'en' ? ' ' : ''}${pick(KIND_NAMES.escalation, lang)}`
    : pickText(KIND_NAMES[k], k, lang);
export const triggerName = (t: string, lang: Lang) => pickText(TRIGGER_NAMES[t], t, lang);
export const yesNo = (b: boolean, lang: Lang) => sayer(lang)(b ? '是' : '否', b ? 'yes' : 'no');
export const levelName = (level: number | null | string, lang: Lang, words?: ReportWords) => {
  const labels = labelsFrom(words);
  if (level === null || level === '-' || level === 'none')
    return sayer(lang)(`无${labels.escalation.zh}`, `no ${labels.escalation.en}`);
  return pick(labels.level(Number(level)), lang);
};

/** `return.approvalChain` → 退单·审批链. */
export function subjectName(kind: ChangeKind, subject: string, lang: Lang, words?: ReportWords): string {
  if (kind === 'action')
    return subject
      .split('.')
      .map((p) => pickText(ACTION_NAMES[p], p, lang))
      .join('·');
  if (kind === 'reminder-added' || kind === 'reminder-removed') return triggerName(subject, lang);
  if (subject === '') return '';
  return obligationName(subject, lang, words);
}

/** One value of a change as it reads in a report. */
export function valueText(kind: ChangeKind, subject: string, v: unknown, lang: Lang, words?: ReportWords): string {
  const roles = words?.roles ?? {};
  if (v === null || v === undefined || v === '-') return kind === 'escalation' ? levelName(null, lang, words) : '—';
  if (typeof v === 'boolean' || v === 'true' || v === 'false') return yesNo(v === true || v === 'true', lang);
  if (kind === 'type') return typeName(String(v), lang, words);
  if (kind === 'status') return statusName(String(v), lang);
  if (kind === 'escalation') return levelName(v as number, lang, words);
  if (kind === 'action' && (subject.endsWith('approvalChain') || subject.endsWith('approvedBy'))) {
    const list = Array.isArray(v) ? v : String(v).split('+');
    return list.map((r) => pickText(roles[String(r)], String(r), lang)).join(' → ');
  }
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return instantText(v, lang);
  return String(v);
}

/**
 * An instant as an officer reads it: a day-period deadline (`2025-12-16T00:00:00+08:00`, exclusive)
 * is the end of the day before — `2025-12-15 24时`; anything else `2025-12-15 10:30`.
 */
export function instantText(v: string, lang: Lang): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d)?\+08:00$/.exec(v);
  if (!m) return v;
  if (m[2] !== '00:00') return `${m[1]} ${m[2]}`;
  const prev = fromDayNumber(toDayNumber(m[1]!) - 1);
  return lang === 'en' ? `${prev} 24:00` : `${prev} 24时`;
}

/** A working-day shift: -1 → 提前1个工作日. Hour shifts (`3h`) for hour periods. */
export function shiftText(outcome: string, lang: Lang): string {
  const say = sayer(lang);
  if (outcome.endsWith('h')) {
    const h = Number(outcome.slice(0, -1));
    return h < 0 ? say(`提前${-h}小时`, `${-h} h earlier`) : say(`推后${h}小时`, `${h} h later`);
  }
  const n = Number(outcome);
  if (n < 0) return say(`提前${-n}个工作日`, `${-n} working day${n === -1 ? '' : 's'} earlier`);
  return say(`推后${n}个工作日`, `${n} working day${n === 1 ? '' : 's'} later`);
}

/** A group outcome key (`-1`, `pending→overdue`, `deadline-added` …) as it reads. */
export function outcomeText(
  kind: ChangeKind,
  subject: string,
  outcome: string,
  lang: Lang,
  words?: ReportWords,
): string {
  if (kind === 'deadline') return shiftText(outcome, lang);
  if (!outcome.includes('→')) return kindName(kind, lang, words);
  const [from, to] = outcome.split('→') as [string, string];
  return `${valueText(kind, subject, from, lang, words)} → ${valueText(kind, subject, to, lang, words)}`;
}
