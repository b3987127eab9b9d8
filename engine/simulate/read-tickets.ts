/**
 * Tickets for a batch, streamed from: a folder of ticket files (YAML or JSON, one ticket or a list
 * per file; `.jsonl` files inside are read line by line), one file (JSON Lines as written by
 * `hotline generate`, a JSON array or object, YAML with one or several documents), or stdin (JSON
 * Lines, or a JSON array: read-json-lines.ts). Problems a file shows before any ticket check (bad
 * YAML, a bad JSON line) come out as rejected items with file and line, never dropped.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { LineCounter, parseAllDocuments } from 'yaml';
import { HotlineError } from '../errors.ts';
import { ticketIssues } from '../evaluate/parse-ticket.ts';
import type { YamlSource } from '../rules/yaml-source.ts';
import { fromStdin, readJsonLines, syntaxIssue } from './read-json-lines.ts';
import type { TicketInput } from './types.ts';

const TICKET_EXT = new Set(['.yaml', '.yml', '.json', '.jsonl', '.ndjson']);
const isLines = (file: string) => ['.jsonl', '.ndjson'].includes(extname(file).toLowerCase());

/** A YAML or JSON file: one ticket, a list of tickets, or several YAML documents. */
export function readTicketDocuments(path: string, file: string): TicketInput[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
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
      out.push({
        file,
        line: pos.line,
        issues: [
          syntaxIssue('YAML_SYNTAX', `YAML 语法错误：${first}`, `YAML syntax error: ${first}`, pos.line, pos.col),
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

async function* fromFiles(files: string[], show: (p: string) => string): AsyncGenerator<TicketInput> {
  for (const f of files) {
    if (isLines(f)) yield* readJsonLines(createReadStream(f), show(f));
    else yield* readTicketDocuments(f, show(f));
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
  return { items: fromFiles([spec], show) };
}
