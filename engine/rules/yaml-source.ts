import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import { describeSyntaxErrors } from './yaml-syntax-error.ts';

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

/** Bounds of one YAML text: aliases it may expand, how deep it may nest. */
export const YAML_LIMITS = { aliases: 100, depth: 64 } as const;

const yamlDiagnostic = (file: string, line: number, col: number, code: string, zh: string, en: string): Diagnostic => ({
  file,
  line,
  col,
  severity: 'error',
  code,
  message: { zh, en },
  pointer: '',
});

/**
 * One walk over the parsed nodes (no recursion): the first node nested deeper than the limit, and
 * the repeated keys of each map (found with a set per map — yaml's own `uniqueKeys` check compares
 * every key with every earlier one, quadratic in the keys of a map).
 */
function checkStructure(doc: Document.Parsed): { deep: Node | undefined; duplicates: { key: Node; first: Node }[] } {
  const duplicates: { key: Node; first: Node }[] = [];
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > YAML_LIMITS.depth) return { deep: node as Node, duplicates };
    if (isMap(node)) {
      const keys = new Map<string, Node>();
      for (const pair of node.items as Pair[]) {
        const k = pair.key as (Node & { value?: unknown }) | null;
        if (k !== null && isScalar(k)) {
          const name = String(k.value);
          const first = keys.get(name);
          if (first) duplicates.push({ key: k, first });
          else keys.set(name, k);
        }
        stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
      }
    } else for (const item of node.items as unknown[]) stack.push([item, depth + 1]);
  }
  return { deep: undefined, duplicates };
}

/**
 * Parses YAML 1.2 (core schema: `2025-01-01` stays a string), bounded: at most
 * `YAML_LIMITS.aliases` alias expansions (an alias bomb is a diagnostic, not a crash) and
 * `YAML_LIMITS.depth` levels of nesting. Merge keys (`<<`) are not enabled, so they are plain keys
 * and the schema rejects them as unknown. Cost is linear in the text.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, merge: false });
  } catch {
    // The parser's own recursion (thousands of nested brackets) is the only way here.
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    diagnostics.push(
      yamlDiagnostic(
        file,
        1,
        1,
        'YAML_TOO_DEEP',
        `YAML 嵌套层级过深（上限 ${YAML_LIMITS.depth} 层）`,
        `YAML nests too deep (limit ${YAML_LIMITS.depth} levels)`,
      ),
    );
    return { file, text, doc: empty, lines, value: undefined, diagnostics };
  }
  if (doc.errors.length > 0) {
    // One message for the first mistake, at its own line (the parser's follow-on errors are counted in it).
    const p = describeSyntaxErrors(doc.errors, text, lines);
    const duplicate = doc.errors.every((e) => e.code === 'DUPLICATE_KEY');
    diagnostics.push(
      yamlDiagnostic(file, p.line, p.col, duplicate ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX', p.message.zh, p.message.en),
    );
  }
  if (diagnostics.length === 0) {
    const { deep, duplicates } = checkStructure(doc);
    for (const { key, first } of duplicates.slice(0, MAX_DIAGNOSTICS_PER_FILE)) {
      const pos = lines.linePos(key.range?.[0] ?? 0);
      const earlier = lines.linePos(first.range?.[0] ?? 0).line;
      const name = String((key as Node & { value?: unknown }).value).slice(0, 60);
      diagnostics.push(
        yamlDiagnostic(
          file,
          pos.line,
          pos.col,
          'YAML_DUPLICATE_KEY',
          `YAML 语法错误：键“${name}”重复，同一层第 ${earlier} 行已有此键`,
          `YAML syntax error: the key "${name}" repeats; line ${earlier} already has it at this level`,
        ),
      );
    }
    if (deep) {
      const pos = lines.linePos(deep.range?.[0] ?? 0);
      diagnostics.push(
        yamlDiagnostic(
          file,
          pos.line,
          pos.col,
          'YAML_TOO_DEEP',
          `YAML 嵌套层级过深（上限 ${YAML_LIMITS.depth} 层）`,
          `YAML nests too deep (limit ${YAML_LIMITS.depth} levels)`,
        ),
      );
    }
  }
  let value: unknown;
  if (diagnostics.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.aliases });
    } catch {
      diagnostics.push(
        yamlDiagnostic(
          file,
          1,
          1,
          'YAML_ALIAS_LIMIT',
          `YAML 别名（*引用）展开过多（上限 ${YAML_LIMITS.aliases}），疑为“别名炸弹”，未解析`,
          `the YAML expands too many aliases (limit ${YAML_LIMITS.aliases}): an alias bomb? Not parsed`,
        ),
      );
    }
  }
  return { file, text, doc, lines, value, diagnostics };
}

/** At most this many diagnostics of one kind per file (the rest are summed up in one line). */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

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
      const pair = pairsOf(node).get(String(seg));
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

/** Each map's pairs by key text, built once per map: finding a key is O(1), so reporting n errors is O(n). */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let m = pairIndex.get(map);
  if (!m) {
    m = new Map();
    for (const p of map.items as Pair[]) {
      const k = p.key as (Node & { value?: unknown }) | null;
      if (k === null) continue;
      const name = String(k.value ?? k);
      if (!m.has(name)) m.set(name, p);
    }
    pairIndex.set(map, m);
  }
  return m;
}
