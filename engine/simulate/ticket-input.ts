/**
 * One batch item → a valid ticket, or a rejection naming the file, line and field. Every ticket is
 * checked with the same rules as `hotline decide` (schema, timestamps, order of events).
 */
import { isHotlineError } from '../errors.ts';
import { type TicketIssue, ticketIssues } from '../evaluate/parse-ticket.ts';
import type { Ticket } from '../evaluate/types.ts';
import type { RejectedTicket, TicketInput } from './types.ts';

export type Checked =
  | { ok: true; ticket: Ticket; file?: string; line?: number }
  | { ok: false; rejected: RejectedTicket };

type Wrapped = { file: string; line?: number; value?: unknown; issues?: TicketIssue[] };

function isWrapped(input: TicketInput): input is Wrapped & TicketInput {
  return typeof input === 'object' && input !== null && 'file' in input && ('value' in input || 'issues' in input);
}

function idOf(value: unknown): string | undefined {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

const slim = (i: TicketIssue): RejectedTicket['issues'][number] => ({
  path: i.path,
  code: i.code,
  message: i.message,
  ...(i.line !== undefined ? { line: i.line, col: i.col } : {}),
});

function rejection(
  index: number,
  where: { file?: string; line?: number },
  ticketId: string | undefined,
  issues: TicketIssue[],
): Checked {
  const rejected: RejectedTicket = { index, issues: issues.map(slim) };
  if (where.file !== undefined) rejected.file = where.file;
  if (where.line !== undefined) rejected.line = where.line;
  if (ticketId !== undefined) rejected.ticketId = ticketId;
  return { ok: false, rejected };
}

/** `trusted`: bare ticket objects (from the generator) skip the schema check; file values never do. */
export function checkInput(input: TicketInput, index: number, trusted = false): Checked {
  if (isWrapped(input)) {
    const where = { file: input.file, ...(input.line !== undefined ? { line: input.line } : {}) };
    if (input.issues) return rejection(index, where, idOf(input.value), input.issues);
    const issues = ticketIssues(input.value);
    if (issues.length > 0) return rejection(index, where, idOf(input.value), issues);
    return { ok: true, ticket: input.value as Ticket, ...where };
  }
  if (!trusted) {
    const issues = ticketIssues(input);
    if (issues.length > 0) return rejection(index, {}, idOf(input), issues);
  }
  return { ok: true, ticket: input as Ticket };
}

/** A ticket that passed the checks but could not be decided (no version in force, a year out of range …). */
export function evaluationRejection(
  index: number,
  where: { file?: string; line?: number },
  ticketId: string,
  error: unknown,
): RejectedTicket {
  const field = isHotlineError(error) ? (error.details as { field?: unknown } | undefined)?.field : undefined;
  const path = typeof field === 'string' ? field : '(root)';
  const issue: TicketIssue = isHotlineError(error)
    ? {
        path,
        pointer:
          path === '(root)'
            ? ''
            : `/${path
                .replace(/\[(\d+)\]/g, '.$1')
                .split('.')
                .join('/')}`,
        code: error.code,
        message: error.text,
      }
    : {
        path: '(root)',
        pointer: '',
        code: 'EVALUATION_FAILED',
        message: { zh: `无法作出决定：${String(error)}`, en: `cannot decide: ${String(error)}` },
      };
  const out = rejection(index, where, ticketId, [issue]);
  return (out as { rejected: RejectedTicket }).rejected;
}
