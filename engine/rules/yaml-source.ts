import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';

/** A YAML file parsed with source positions. */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain JS value; undefined when the document has syntax errors. */
  value: unknown;
  /** Syntax errors (schema checks are skipped when there are any). */
  diagnostics: Diagnostic[];
}

export type PathSegment = string | number;

/**
 * Parses YAML 1.2 (core schema: `2025-01-01` stays a string). Anchors and aliases are resolved
 * with a small limit; merge keys (`<<`) are not enabled, so they are plain keys and the schema
 * rejects them as unknown.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = err.linePos?.[0] ?? lines.linePos(err.pos[0]);
    const first = err.message.split('\n')[0] ?? err.message;
    diagnostics.push({
      file,
      line: pos.line,
      col: pos.col,
      severity: 'error',
      code: err.code === 'DUPLICATE_KEY' ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX',
      message: { zh: `YAML 语法错误：${first}`, en: `YAML syntax error: ${first}` },
      pointer: '',
    });
  }
  const value = diagnostics.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { file, text, doc, lines, value, diagnostics };
}

/** Splits a JSON pointer (`/years/0/notice`) into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Line and column of the node at `path` (or of its key, with `key: true`). Falls back to the
 * deepest existing ancestor, then to the start of the file.
 */
export function positionOf(
  src: YamlSource,
  path: PathSegment[],
  opts: { key?: boolean } = {},
): { line: number; col: number } {
  let node: unknown = src.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as Node & { value?: unknown };
        return k !== null && String(k.value ?? k) === String(seg);
      });
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const valNode = pair.value as Node | null;
      if (last && opts.key && keyNode?.range) offset = keyNode.range[0];
      else if (valNode?.range) offset = valNode.range[0];
      else if (keyNode?.range) offset = keyNode.range[0];
      node = valNode;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      if (item.range) offset = item.range[0];
      node = item;
    } else break;
  }
  return src.lines.linePos(offset);
}
