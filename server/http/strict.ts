/** Strict mode at the edge: a provisional answer (a date no loaded State Council notice covers) becomes a 422. */
import type { Text } from '../../engine/index.ts';
import { ApiError } from './api-error.ts';

export function refuseProvisional(strict: boolean, provisional: boolean, warnings: readonly Text[], what: Text): void {
  if (!strict || !provisional) return;
  throw new ApiError(
    422,
    'CALENDAR_NOT_COVERED',
    {
      zh: `严格模式：${what.zh}涉及未载入国务院办公厅节假日安排通知的日期，拒绝临时推算的结果`,
      en: `strict mode: ${what.en} touches dates no loaded State Council holiday notice covers; refusing a provisional result`,
    },
    warnings.map((w) => ({ code: 'CALENDAR_GAP', path: '(root)', message: w })),
  );
}
