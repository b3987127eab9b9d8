import type { DeadlineStatus } from '../evaluate/types.ts';
import type { Text } from '../i18n.ts';

export const STATUS_NAMES: Record<DeadlineStatus, Text> = {
  met: { zh: '已按时完成', en: 'met' },
  late: { zh: '逾期完成', en: 'done late' },
  pending: { zh: '未到期', en: 'pending' },
  'due-soon': { zh: '临近到期', en: 'due soon' },
  overdue: { zh: '已逾期', en: 'overdue' },
  lapsed: { zh: '期限已过（未使用）', en: 'window closed unused' },
};
