/**
 * Tickets for a batch, streamed from: a folder of ticket files (YAML or JSON, one ticket or a list
 * per file; `.jsonl` files inside are read line by line), one file (JSON Lines as written by
 * `hotline generate`, a JSON array or object, YAML with one or several documents), or stdin (JSON
 * Lines, or a JSON array: read-json-lines.ts). Problems a file shows before any ticket check (bad
 * YAML, a bad JSON line) come out as rejected items with file and line, never dropped.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { LineCounter, parseAllDocuments } from 'yaml';
import { HotlineError } from '../errors.ts';
import { type TicketIssue, ticketIssues } from '../evaluate/parse-ticket.ts';
import type { YamlSource } from '../rules/yaml-source.ts';
import { looksLikeJsonLines } from './looks-like-json-lines.ts';
import { fromStdin, jsonLine, readJsonLines, syntaxIssue } from './read-json-lines.ts';
import type { TicketInput } from './types.ts';

const TICKET_EXT = new Set(['.yaml', '.yml', '.json', '.jsonl', '.ndjson']);

export { looksLikeJsonLines };

const isLines = (file: string) => ['.jsonl', '.ndjson'].includes(extname(file).toLowerCase());

/** JSON Lines held in memory (a `.json` file that is really JSON Lines). */
function* jsonLinesOf(text: string, file: string): Generator<TicketInput> {
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed !== '') yield jsonLine(trimmed, file, i + 1);
  }
}

function fileError(file: string, issue: TicketIssue): HotlineError {
  const at = issue.line !== undefined ? `${file}:${issue.line}:${issue.col ?? 1}` : file;
  return new HotlineError(
    'TICKETS_UNREADABLE',
    {
      zh: `无法读取工单文件 ${at}：${issue.message.zh}`,
      en: `cannot read the ticket file ${at}: ${issue.message.en}`,
    },
    { file, ...(issue.line !== undefined ? { line: issue.line, col: issue.col ?? 1 } : {}) },
  );
}

/** A YAML or JSON file: one ticket, a list of tickets, or several YAML documents. */
export function readTicketDocuments(path: string, file: string): TicketInput[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (looksLikeJsonLines(text)) return [...jsonLinesOf(text, file)];
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0)
    return [{ file, issues: [syntaxIssue('TICKET_EMPTY_FILE', '文件中没有工单', 'the file holds no ticket')] }];
  const out: TicketInput[] = [];
  for (const doc of list) {
    const docLine = lines.linePos(doc.range[0]).line;
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0] ?? lines.linePos(err.pos[0]);
      const first = err.message.split('\n')[0] ?? err.message;
      const kind = extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML';
      out.push({
        file,
        line: pos.line,
        issues: [
          syntaxIssue('YAML_SYNTAX', `${kind} 语法错误：${first}`, `${kind} syntax error: ${first}`, pos.line, pos.col),
        ],
      });
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    const source: YamlSource = { file, text, doc, lines, value, diagnostics: [] };
    const items = Array.isArray(value) ? value.map((v, i) => [v, [i]] as const) : [[value, []] as const];
    for (const [v, at] of items) {
      const issues = ticketIssues(v, { source, at: [...at] });
      const line = issues[0]?.line ?? (at.length ? undefined : docLine);
      out.push(
        issues.length > 0 ? { file, ...(line !== undefined ? { line } : {}), value: v, issues } : { file, value: v },
      );
    }
  }
  return out;
}

/** Ticket files under a folder, recursively, sorted; names starting with `.` or `_` are skipped. */
export function ticketFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...ticketFiles(p));
    else if (TICKET_EXT.has(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}

/** A `.jsonl` file that holds a JSON array (by content) is read as one JSON document. */
function startsWithBracket(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    return head
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('[');
  } finally {
    closeSync(fd);
  }
}

const FILE_LEVEL = new Set(['YAML_SYNTAX', 'TICKET_EMPTY_FILE', 'TICKET_JSON_INVALID']);

/**
 * Files one after another. `single`: the user named this one file, so a file that cannot be read
 * as tickets at all (a syntax error before any ticket, no ticket in it) is an error, never a
 * batch of one rejected item.
 */
async function* fromFiles(files: string[], show: (p: string) => string, single = false): AsyncGenerator<TicketInput> {
  for (const f of files) {
    if (isLines(f) && !startsWithBracket(f)) {
      let n = 0;
      for await (const item of readJsonLines(createReadStream(f), show(f))) {
        n++;
        yield item;
      }
      if (single && n === 0) {
        throw fileError(show(f), syntaxIssue('TICKET_EMPTY_FILE', '文件中没有工单', 'the file holds no ticket'));
      }
      continue;
    }
    const items = readTicketDocuments(f, show(f));
    const only = items.length === 1 ? items[0] : undefined;
    const issue = only && 'issues' in only && !('value' in only) ? only.issues[0] : undefined;
    if (single && issue && FILE_LEVEL.has(issue.code)) throw fileError(show(f), issue);
    yield* items;
  }
}

export interface TicketSource {
  items: AsyncIterable<TicketInput>;
  /** Files found (for a folder), or undefined for a stream of unknown length. */
  files?: number;
}

/** `-` for stdin, a folder, or a file. Throws `TICKETS_NOT_FOUND` when the path does not exist. */
export function ticketSource(spec: string, options: { displayRoot?: string; stdin?: Readable } = {}): TicketSource {
  const show = (p: string) => relative(options.displayRoot ?? process.cwd(), p) || p;
  if (spec === '-') return { items: fromStdin(options.stdin ?? process.stdin) };
  if (!existsSync(spec)) {
    throw new HotlineError('TICKETS_NOT_FOUND', {
      zh: `工单来源 ${spec} 不存在`,
      en: `the ticket source ${spec} does not exist`,
    });
  }
  if (statSync(spec).isDirectory()) {
    const files = ticketFiles(spec);
    return { items: fromFiles(files, show), files: files.length };
  }
  return { items: fromFiles([spec], show, true) };
}
