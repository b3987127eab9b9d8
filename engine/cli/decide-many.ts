/**
 * `hotline decide` on a file of many tickets (JSON Lines, a JSON array, several YAML documents, or
 * `-` for stdin): each ticket decided and explained, or one line saying why not. With `--json`,
 * JSON Lines: one decision, or one `{file, line, ticketId, error}`, per line.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import {
  type Calendar,
  decide,
  explainDecision,
  isHotlineError,
  type Lang,
  looksLikeJsonLines,
  parseTicket,
  type RulesetCatalog,
  rulesetOfDecision,
  ticketSource,
} from '../index.ts';
import { capText } from './cap-text.ts';
import { countJsonLines } from './count-tickets.ts';
import { count, errorBody } from './output.ts';
import { progressBar } from './progress.ts';

/** Whether the file holds a list of tickets rather than one (by name, then by its first bytes). */
export function holdsManyTickets(file: string): boolean {
  if (file === '-') return true;
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return true;
  let head = '';
  try {
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(1 << 16);
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // the single-ticket reader says clearly that it cannot read the file
  }
  head = head.replace(/^\uFEFF/, '');
  return head.trimStart().startsWith('[') || looksLikeJsonLines(head) || /^---\s*$[\s\S]*^---\s*$/m.test(head);
}

export interface DecideManyOptions {
  asOf: string;
  json: boolean;
  rulesetId?: string;
  path: 'engine' | 'compiled';
}

/** Decides each ticket; returns how many were decided and how many not. Sets exit code 1 when any was not. */
export async function decideMany(
  file: string,
  catalog: RulesetCatalog,
  calendar: Calendar,
  opts: DecideManyOptions,
  lang: Lang,
): Promise<{ decided: number; failed: number }> {
  let decided = 0;
  let failed = 0;
  let index = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // A bar only while the decisions go to a file or a pipe, not to the terminal it would be drawn on.
  const quiet = opts.json || process.stdout.isTTY === true || !process.stderr.isTTY;
  const total = quiet ? undefined : await countJsonLines(file);
  const bar = progressBar({
    lang,
    label: { zh: '决定中', en: 'deciding' },
    json: quiet,
    ...(total !== undefined ? { total } : {}),
  });
  try {
    for await (const item of ticketSource(file).items) {
      bar.update(index);
      index++;
      const wrapped = item as {
        file?: string;
        line?: number;
        value?: unknown;
        issues?: { code: string; message: { zh: string; en: string }; path: string }[];
      };
      const where = `${wrapped.file ?? file}${wrapped.line !== undefined ? `:${wrapped.line}` : ` #${index}`}`;
      const value = 'value' in wrapped ? wrapped.value : undefined;
      const id =
        value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
          ? (value as { id: string }).id
          : undefined;
      const refuse = (code: string, message: string) => {
        failed++;
        process.exitCode = 1;
        if (opts.json)
          out(
            JSON.stringify({
              file: wrapped.file ?? file,
              ...(wrapped.line !== undefined ? { line: wrapped.line } : {}),
              ...(id ? { ticketId: id } : {}),
              error: { code, message },
            }),
          );
        else
          out(
            capText(
              lang === 'en'
                ? `✗ ${where}${id ? ` ${id}` : ''}: ${code}: ${message}`
                : `✗ ${where}${id ? ` ${id}` : ''}：${code}：${message}`,
              lang,
              300,
            ),
          );
      };
      if (wrapped.issues && wrapped.issues.length > 0) {
        const first = wrapped.issues[0]!;
        const text = lang === 'en' ? first.message.en : first.message.zh;
        const more = wrapped.issues.length - 1;
        refuse(
          first.code,
          `${first.path !== '(root)' ? `${first.path}: ` : ''}${text}${more > 0 ? (lang === 'en' ? ` (+${more} more)` : `（另有 ${more} 处）`) : ''}`,
        );
        continue;
      }
      try {
        const ticket = parseTicket(value);
        const d = await decide(catalog, calendar, ticket, {
          asOf: opts.asOf,
          ...(opts.rulesetId ? { rulesetId: opts.rulesetId } : {}),
          path: opts.path,
        });
        decided++;
        if (opts.json) out(JSON.stringify(d));
        else {
          const ruleset = rulesetOfDecision(catalog, d);
          out(`── ${where} ${d.ticketId ?? id ?? ''} ──`);
          out(explainDecision(d, lang, ruleset ? { ruleset } : {}).trimEnd());
          out('');
        }
      } catch (e) {
        if (!isHotlineError(e)) throw e;
        const body = errorBody(e, lang);
        refuse(body.code, body.message);
      }
    }
  } finally {
    bar.update(index);
    bar.stop();
  }
  if (!opts.json) {
    process.stderr.write(
      lang === 'en'
        ? `decided ${count(decided)} ticket(s); ${count(failed)} could not be decided\n`
        : `已决定 ${count(decided)} 张工单，${count(failed)} 张无法决定\n`,
    );
  }
  return { decided, failed };
}
