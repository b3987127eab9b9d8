/**
 * JSON Lines (one ticket a line, as `hotline generate` writes them) from a file or stdin, and stdin
 * holding a JSON array. A line that is not JSON becomes a rejected item with its line number.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { TicketIssue } from '../evaluate/parse-ticket.ts';
import type { TicketInput } from './types.ts';

export function syntaxIssue(code: string, zh: string, en: string, line?: number, col?: number): TicketIssue {
  return {
    path: '(root)',
    pointer: '',
    code,
    message: { zh, en },
    ...(line !== undefined ? { line, col: col ?? 1 } : {}),
  };
}

/** Each line a ticket; blank lines skipped; `line` is 1-based. */
export async function* readJsonLines(input: Readable, file: string): AsyncGenerator<TicketInput> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
    if (trimmed === '') continue;
    yield jsonLine(trimmed, file, line);
  }
}

/** Longest part of a bad line quoted in its message. */
const QUOTE = 200;

/** One JSON line → a ticket value, or a rejection naming the line (the parser's words, shortened). */
export function jsonLine(trimmed: string, file: string, line: number): TicketInput {
  try {
    return { file, line, value: JSON.parse(trimmed) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const msg = raw.length > QUOTE ? `${raw.slice(0, QUOTE)}…` : raw;
    return {
      file,
      line,
      issues: [
        syntaxIssue(
          'TICKET_JSON_INVALID',
          `第 ${line} 行不是有效的 JSON：${msg}`,
          `line ${line} is not valid JSON: ${msg}`,
          line,
        ),
      ],
    };
  }
}

/** stdin: a JSON array when it starts with `[`, else JSON Lines. */
export async function* fromStdin(input: Readable): AsyncGenerator<TicketInput> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await it.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => it };
  const head = String(first.value)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('[')) {
    let text = String(first.value);
    for await (const c of rest) text += String(c);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      yield {
        file: '<stdin>',
        issues: [
          syntaxIssue('TICKET_JSON_INVALID', `标准输入不是有效的 JSON：${msg}`, `stdin is not valid JSON: ${msg}`),
        ],
      };
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    for (const [i, v] of list.entries()) yield { file: `<stdin>[${i}]`, value: v };
    return;
  }
  yield* readJsonLines(
    Readable.from(
      (async function* () {
        yield first.value;
        yield* rest;
      })(),
    ),
    '<stdin>',
  );
}
