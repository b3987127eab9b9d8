/** Any thrown value → `ApiError`: engine errors by the status table, hono's HTTP exceptions by status, the rest a 500. */
import { HTTPException } from 'hono/http-exception';
import { type Diagnostic, isHotlineError, type Text, type TicketIssue } from '../../engine/index.ts';
import { ApiError, type RawIssue } from './api-error.ts';
import { statusOfCode } from './status-table.ts';

export const INTERNAL: Text = {
  zh: '服务器内部错误，已记录；请稍后重试或联系管理员',
  en: 'internal server error (logged); try again later or contact the administrator',
};

/** The issues an engine error carries in its details: ticket issues, diagnostics, calendar gaps. */
export function detailIssues(details: unknown): RawIssue[] {
  if (details === null || typeof details !== 'object') return [];
  const d = details as { issues?: TicketIssue[]; diagnostics?: Diagnostic[]; gaps?: Record<string, unknown>[] };
  const out: RawIssue[] = [];
  for (const i of d.issues ?? []) out.push({ ...i });
  for (const g of d.diagnostics ?? []) out.push({ ...g });
  for (const gap of d.gaps ?? []) {
    out.push({
      code: 'CALENDAR_GAP',
      message: {
        zh: `${gap.from}至${gap.to}：未载入${gap.missingNoticeYear}年的国务院节假日安排通知`,
        en: `${gap.from} to ${gap.to}: the State Council notice for ${gap.missingNoticeYear} is not loaded`,
      },
      ...gap,
    });
  }
  return out;
}

/** `unexpected`: true when the error is not one the service raises on purpose (log it). */
export function toApiError(error: unknown): { error: ApiError; unexpected: boolean } {
  if (error instanceof ApiError) return { error, unexpected: error.status >= 500 };
  if (isHotlineError(error)) {
    const status = statusOfCode(error.code);
    if (status === undefined) return { error: new ApiError(500, 'INTERNAL', INTERNAL), unexpected: true };
    return {
      error: new ApiError(status, error.code, error.text, detailIssues(error.details)),
      unexpected: status >= 500,
    };
  }
  if (error instanceof HTTPException) {
    const byStatus: Record<number, [string, Text]> = {
      400: ['BAD_REQUEST', { zh: '请求无效', en: 'bad request' }],
      401: ['UNAUTHORIZED', { zh: '需要身份验证', en: 'authentication required' }],
      413: ['BODY_TOO_LARGE', { zh: '请求体过大', en: 'request body too large' }],
    };
    const [code, text] = byStatus[error.status] ?? ['HTTP_ERROR', { zh: error.message, en: error.message }];
    if (error.status < 500) return { error: new ApiError(error.status, code, text), unexpected: false };
  }
  return { error: new ApiError(500, 'INTERNAL', INTERNAL), unexpected: true };
}
