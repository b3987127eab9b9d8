/**
 * What each kind of rule element is called (the DSL's own keys, not any office's words); the
 * escalation mechanism and its levels read in the rule set's words (`labels`).
 */
import type { Lang, Text } from '../i18n.ts';
import type { Labels } from './labels.ts';

const KINDS: Record<string, Text> = {
  ticketTypes: { zh: '工单类型', en: 'ticket type' },
  deadlines: { zh: '时限', en: 'time limit' },
  commonDeadlines: { zh: '通用时限', en: 'common time limit' },
  returns: { zh: '退单规则', en: 'return rule' },
  escalated: { zh: '退单升级审批', en: 'escalated return approval' },
  extensions: { zh: '延期规则', en: 'extension rule' },
  firstContact: { zh: '先行联系', en: 'first contact' },
  levels: { zh: '级别', en: 'level' },
  reminders: { zh: '提醒', en: 'reminder' },
  review: { zh: '办结审核', en: 'closing-report review' },
  notifications: { zh: '通知', en: 'notification' },
  assessment: { zh: '考核排名', en: 'assessment ranking' },
  fieldVisit: { zh: '走访', en: 'field visit' },
  monthly: { zh: '月度义务', en: 'monthly duty' },
  knowledgeBase: { zh: '知识库更新', en: 'knowledge-base update' },
};

export function kindName(kind: string, labels: Labels, lang: Lang): string {
  if (kind === 'escalation') return lang === 'en' ? labels.escalation.en : labels.escalation.zh;
  const t = KINDS[kind];
  return t ? t[lang] : kind;
}
