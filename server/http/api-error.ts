/**
 * The one exception type of the HTTP layer: a status, a stable code, a message in Chinese and
 * English, and the issues that explain it. Routes throw it; `onError` renders it. Engine errors
 * (`HotlineError`) are mapped to it by `toApiError` with the status table in `status-table.ts`.
 */
import type { Text } from '../../engine/index.ts';

interface IssueFields {
  code: string;
  /** Field path inside the body (`ticket.contacts[2].at`) or `(root)`. */
  path?: string;
  pointer?: string;
  file?: string;
  line?: number;
  col?: number;
  severity?: 'error' | 'warning';
  [extra: string]: unknown;
}

/** One problem of a request, as the client sees it (message already in the client's language). */
export interface Issue extends IssueFields {
  message: string;
}

/** An issue before the language is known: the message in both languages. */
export interface RawIssue extends IssueFields {
  message: Text;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Text;
  readonly issues: RawIssue[];
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, text: Text, issues: RawIssue[] = [], headers: Record<string, string> = {}) {
    super(`${code}: ${text.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.issues = issues;
    this.headers = headers;
  }
}

/** `{ code, message, issues }` — the shape of every error response. */
export interface ErrorBody {
  code: string;
  message: string;
  issues: Issue[];
}
