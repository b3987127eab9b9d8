import type { DeadlineStatus } from '../evaluate/types.ts';
import type { Text } from '../i18n.ts';
import type { Obligation } from '../rules/types.ts';

export const OBLIGATION_NAMES: Record<Obligation, Text> = {
  dispatch: { zh: '派单', en: 'dispatch' },
  accept: { zh: '接单', en: 'acceptance' },
  firstContact: { zh: '先行联系', en: 'first contact' },
  returnRequest: { zh: '退单申请', en: 'return application' },
  complete: { zh: '办结', en: 'completion' },
  revisit: { zh: '回访', en: 'revisit' },
  extensionRequest: { zh: '延期申请', en: 'extension application' },
  redo: { zh: '重办', en: 'redo' },
  review: { zh: '复核', en: 'city-level review' },
  knowledgeBaseReport: { zh: '知识库报送', en: 'knowledge-base report' },
  writtenExplanation: { zh: '书面情况说明', en: 'written explanation' },
};

export const STATUS_NAMES: Record<DeadlineStatus, Text> = {
  met: { zh: '已按时完成', en: 'met' },
  late: { zh: '逾期完成', en: 'done late' },
  pending: { zh: '未到期', en: 'pending' },
  'due-soon': { zh: '临近到期', en: 'due soon' },
  overdue: { zh: '已逾期', en: 'overdue' },
  lapsed: { zh: '期限已过（未使用）', en: 'window closed unused' },
};
