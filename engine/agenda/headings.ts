/**
 * The agenda's generic words: its action kinds, urgencies and column headings. They name no
 * office's procedure; what is to be done, by whom and under which clause comes from the rule set.
 */
import type { Text } from '../i18n.ts';
import type { AgendaAction, AgendaUrgency } from './types.ts';

export const ACTION_TEXT: Record<AgendaAction, Text> = {
  remind: { zh: '催办提醒', en: 'Reminders to send' },
  deadline: { zh: '期限', en: 'Deadlines' },
  approve: { zh: '待审批', en: 'Awaiting approval' },
  'follow-up': { zh: '待跟进', en: 'Follow-ups' },
  report: { zh: '报送与告知', en: 'Reports and notices' },
};

export const URGENCY_TEXT: Record<AgendaUrgency, Text> = {
  overdue: { zh: '已超期', en: 'overdue' },
  'due-today': { zh: '今日到期', en: 'due today' },
  'due-soon': { zh: '即将到期', en: 'due soon' },
  awaiting: { zh: '待审批', en: 'awaiting decision' },
  due: { zh: '待办', en: 'to do' },
  new: { zh: '新增', en: 'new' },
};

export const METHOD_TEXT: Record<'phone' | 'online' | 'written', Text> = {
  phone: { zh: '电话', en: 'phone' },
  online: { zh: '网上', en: 'online' },
  written: { zh: '书面', en: 'written' },
};

export const NO_UNIT: Text = { zh: '（未注明承办单位）', en: '(no handling unit recorded)' };

export const COLUMNS = {
  office: { zh: '规则集', en: 'Rule set' },
  group: { zh: '事项', en: 'Item' },
  unit: { zh: '承办单位', en: 'Unit' },
  ticket: { zh: '工单', en: 'Ticket' },
  urgency: { zh: '紧急程度', en: 'Urgency' },
  what: { zh: '内容', en: 'What' },
  who: { zh: '办理人', en: 'Who' },
  supervision: { zh: '督促', en: 'Supervised by' },
  clause: { zh: '依据', en: 'Clause' },
  dueDate: { zh: '期限', en: 'Due' },
  left: { zh: '剩余工作日', en: 'Workdays left' },
  methods: { zh: '方式', en: 'Methods' },
} satisfies Record<string, Text>;

export const APPROVE_RETURN: Text = { zh: '退单申请待审批', en: 'return application to decide' };
export const APPROVE_EXTENSION: Text = { zh: '延期申请待审批', en: 'extension application to decide' };
export const TELL_CITIZEN: Text = {
  zh: '已批准延期，尚未告知市民',
  en: 'extension approved; the citizen not yet told',
};
export const RESUBMIT_REPORT: Text = {
  zh: '办结报告未通过审核，需补充后重新提交',
  en: 'closing report failed review; resubmit it',
};
