import type { Lang, Text } from './i18n.ts';

/**
 * Every error the engine raises on purpose: a stable `code`, a message in Chinese and English,
 * and optional details (for example the diagnostics of a rules file). Adapters (CLI, HTTP) map
 * it; nothing else should reach a user as a stack trace.
 */
export class HotlineError extends Error {
  readonly code: string;
  readonly text: Text;
  readonly details: unknown;

  constructor(code: string, text: Text, details?: unknown) {
    super(`${code}: ${text.en}`);
    this.name = 'HotlineError';
    this.code = code;
    this.text = text;
    this.details = details;
  }

  messageIn(lang: Lang): string {
    return lang === 'en' ? this.text.en : this.text.zh;
  }
}

export function isHotlineError(e: unknown): e is HotlineError {
  return e instanceof HotlineError;
}
