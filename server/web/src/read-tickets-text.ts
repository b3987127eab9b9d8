/**
 * Tickets from a file the user picks on the page, read as the CLI reads a ticket file: JSON Lines
 * (as `hotline generate` writes them, whatever the name), a JSON array or object, or YAML with one
 * or several documents (a list, one ticket, or `{ tickets: [...] }`). A syntax error names its line.
 * The tickets themselves are checked by the service, which names `tickets[i].field`.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { looksLikeJsonLines } from '../../../engine/simulate/looks-like-json-lines.ts';

export class TicketsTextError extends Error {
  constructor(
    readonly line: number,
    /** The parser's code (DUPLICATE_KEY, BAD_INDENT …; JSON for a bad JSON line). */
    readonly code: string,
    /** The parser's own words (English). */
    readonly reason: string,
  ) {
    super(`${line}: ${reason}`);
  }
}

function collect(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) out.push(...value);
  else if (value && typeof value === 'object' && Array.isArray((value as { tickets?: unknown }).tickets))
    out.push(...(value as { tickets: unknown[] }).tickets);
  else if (value !== null && value !== undefined) out.push(value);
}

export function readTicketsText(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '');
  const out: unknown[] = [];
  if (looksLikeJsonLines(body)) {
    for (const [i, raw] of body.split(/\r?\n/).entries()) {
      const line = raw.trim();
      if (line === '') continue;
      try {
        out.push(JSON.parse(line));
      } catch (e) {
        throw new TicketsTextError(i + 1, 'JSON', e instanceof Error ? e.message : String(e));
      }
    }
    return out;
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  for (const doc of Array.isArray(docs) ? docs : []) {
    const err = doc.errors[0];
    if (err) {
      const line = (err.linePos?.[0] ?? lines.linePos(err.pos[0])).line;
      throw new TicketsTextError(line, err.code, err.message.split('\n')[0] ?? err.message);
    }
    collect(doc.toJS({ maxAliasCount: 100 }), out);
  }
  return out;
}
