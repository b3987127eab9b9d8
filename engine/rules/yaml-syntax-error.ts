/**
 * Turns the `yaml` parser's errors into one plain message, in Chinese and English, at the line
 * the mistake is on. The parser reports an unclosed `[`/`{` on the next line, a line indented one
 * space too far on the line above it, and a missing quote at the end of the line — each followed
 * by errors that are only its consequences. Policy staff need the first mistake, where they made
 * it, in their language: the rest are counted, not listed.
 */
import type { LineCounter } from 'yaml';
import type { Text } from '../i18n.ts';

/** What this module reads of a `yaml` YAMLError. */
export interface ParserError {
  code: string;
  message: string;
  pos: [number, number];
}

export interface SyntaxProblem {
  line: number;
  col: number;
  message: Text;
}

const PREFIX = { zh: 'YAML 语法错误：', en: 'YAML syntax error: ' };

/** The first mistake among `errors` (non-empty), with a count of the errors that follow it. */
export function describeSyntaxErrors(errors: readonly ParserError[], text: string, lines: LineCounter): SyntaxProblem {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  // A tab in the indentation confuses the parser about the lines around it; it is the mistake.
  const tab = sorted.findIndex((e) => e.code === 'TAB_AS_INDENT');
  if (tab > 0) sorted.unshift(...sorted.splice(tab, 1));
  const first = sorted[0] as ParserError;
  const { offset, message } = explain(first, sorted[1], text, lines);
  // A block-as-key error is always paired with its multi-line companion at the same spot.
  const companion = first.code === 'BLOCK_AS_IMPLICIT_KEY' && sorted[1]?.code === 'MULTILINE_IMPLICIT_KEY' ? 1 : 0;
  const rest = sorted.length - 1 - companion;
  const pos = lines.linePos(offset);
  return {
    line: pos.line,
    col: pos.col,
    message: {
      zh: `${PREFIX.zh}${message.zh}${rest > 0 ? `（其后另有 ${rest} 处解析错误，多由此引起，改正此处后再检查）` : ''}`,
      en: `${PREFIX.en}${message.en}${rest > 0 ? ` (${rest} more parse errors follow, most likely caused by this one; fix it and check again)` : ''}`,
    },
  };
}

function explain(
  err: ParserError,
  next: ParserError | undefined,
  text: string,
  lines: LineCounter,
): { offset: number; message: Text } {
  const at = err.pos[0];
  if (err.code === 'MISSING_CHAR' && /quote/.test(err.message)) {
    const q = /"quote/.test(err.message) ? '"' : "'";
    const open = text.lastIndexOf(q, Math.max(0, at - 1));
    return {
      offset: open >= 0 ? open : at,
      message: {
        zh: `引号 ${q} 没有闭合：请在这个值的末尾补上 ${q}`,
        en: `the quote ${q} is not closed: add ${q} at the end of this value`,
      },
    };
  }
  if (/^Flow (map|sequence)/.test(err.message) || (err.code === 'MISSING_CHAR' && /flow/i.test(err.message))) {
    const open = unclosedBracket(text, at);
    if (open !== undefined) {
      const c = text[open] === '[' ? ']' : '}';
      return {
        offset: open,
        message: {
          zh: `${text[open]} 没有闭合：请在这一行补上对应的 ${c}`,
          en: `${text[open]} is not closed: add the matching ${c} on this line`,
        },
      };
    }
  }
  if (err.code === 'TAB_AS_INDENT') {
    return {
      offset: at,
      message: {
        zh: '缩进里有制表符（Tab）：YAML 只能用空格缩进',
        en: 'a tab in the indentation: YAML indents with spaces only',
      },
    };
  }
  // The parser flags the line whose indentation no longer fits, often the one after (or before) the
  // line a space off; in a file indented by twos, that odd line nearby is the mistake.
  const where = lines.linePos(at);
  const odd = oddIndentNear(text, where.line, where.col);
  if (odd !== undefined) {
    const start = lines.lineStarts[odd - 1] as number;
    return { offset: start + indentOf(text, start), message: indentMessage(indentOf(text, start), false) };
  }
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && next?.code === 'MULTILINE_IMPLICIT_KEY' && next.pos[0] === at) {
    // The line below was read as the continuation of this one's value: it is indented too far.
    const start = lineStart(text, next.pos[1]);
    return { offset: start + indentOf(text, start), message: indentMessage(indentOf(text, start), true) };
  }
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return {
      offset: at,
      message: {
        zh: '一行里出现了两个“键: ”：值里有“: ”（冒号加空格）时，请给整个值加引号',
        en: 'two "key: " on one line: when a value contains ": " (a colon and a space), quote the whole value',
      },
    };
  }
  if (err.code === 'BAD_INDENT' || (err.code === 'MISSING_CHAR' && /without - indicator/.test(err.message))) {
    const start = lineStart(text, at);
    return { offset: start + indentOf(text, start), message: indentMessage(indentOf(text, start), false) };
  }
  const shown = snippet(text, err.pos);
  return {
    offset: at,
    message: shown
      ? { zh: `这里的“${shown}”不合 YAML 语法`, en: `"${shown}" here is not valid YAML` }
      : { zh: `这里不合 YAML 语法（${err.code}）`, en: `this is not valid YAML (${err.code})` },
  };
}

function indentMessage(spaces: number, further: boolean): Text {
  return further
    ? {
        zh: `缩进不对：这一行（缩进 ${spaces} 格）比上一行缩进得多，被当成了上一行的值的续行；同一层的键须对齐`,
        en: `bad indentation: this line (indented ${spaces} spaces) is indented further than the line above, so it reads as that value's continuation; keys at one level must line up`,
      }
    : {
        zh: `缩进不对：这一行缩进 ${spaces} 格，与同一层的其他行不对齐（列表项以“- ”开头，同一层的键须对齐）`,
        en: `bad indentation: this line is indented ${spaces} spaces, out of line with the others at its level (list items start with "- ", keys at one level line up)`,
      };
}

interface ContentLine {
  /** 1-based line number. */
  n: number;
  indent: number;
}

/** The lines holding YAML (not blank, not only a comment), with their indentation in spaces. */
function contentLines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  text.split('\n').forEach((l, i) => {
    const t = l.trimStart();
    if (t === '' || t.startsWith('#') || /\t/.test(l.slice(0, l.length - t.length))) return;
    out.push({ n: i + 1, indent: l.length - t.length });
  });
  return out;
}

/**
 * The line nearest `line` (within eight lines of YAML, earlier ones first; or the only one, above)
 * indented by an odd number of spaces, when the file is otherwise indented by twos (at most three
 * such lines, and few of all indented ones);
 * or the file's first line of YAML when the top level itself is indented.
 */
function oddIndentNear(text: string, line: number, col: number): number | undefined {
  const content = contentLines(text);
  if (col === 1 && (content[0]?.indent ?? 0) > 0) return content[0]?.n;
  const odd = content.filter((c) => c.indent % 2 === 1);
  const indented = content.filter((c) => c.indent > 0).length;
  if (odd.length === 0 || odd.length > 3 || odd.length * 4 > indented) return undefined;
  let k = content.findIndex((c) => c.n >= line);
  if (k < 0) k = content.length - 1;
  const index = new Map(content.map((c, i) => [c.n, i]));
  const near = odd
    .map((c) => ({ n: c.n, d: Math.abs((index.get(c.n) ?? 0) - k) }))
    .filter((c) => c.d <= 8 || (odd.length === 1 && c.n <= line))
    .sort((x, y) => x.d - y.d || x.n - y.n);
  return near[0]?.n;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

function indentOf(text: string, start: number): number {
  let i = start;
  while (text[i] === ' ') i++;
  return i - start;
}

/** The error's own text, on one line and short (nothing of a file is echoed at length). */
function snippet(text: string, [from, to]: [number, number]): string {
  const s =
    text
      .slice(from, Math.min(to, from + 20))
      .split('\n')[0]
      ?.trim() ?? '';
  return s.length > 0 ? s : '';
}

/**
 * Offset of the last `[` or `{` still open at `before`: a forward scan that opens a flow
 * collection or a quoted scalar only where a value may start (after `: `, `- `, a `,` or bracket
 * inside brackets, or at a line's start), and skips comments, so a bracket or apostrophe inside plain
 * text or quotes is not counted.
 */
function unclosedBracket(text: string, before: number): number | undefined {
  const stack: number[] = [];
  let valueStart = true;
  for (let i = 0; i < before && i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      valueStart = true;
      continue;
    }
    if (ch === ' ') continue;
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const eol = text.indexOf('\n', i);
      i = (eol < 0 ? text.length : eol) - 1;
      continue;
    }
    const inFlow = stack.length > 0;
    if ((ch === '"' || ch === "'") && valueStart) {
      i = closingQuote(text, i);
      valueStart = false;
      continue;
    }
    if ((ch === '[' || ch === '{') && valueStart) {
      stack.push(i);
      continue;
    }
    if ((ch === ']' || ch === '}') && inFlow) {
      stack.pop();
      valueStart = false;
      continue;
    }
    valueStart = inFlow
      ? ch === ',' || (ch === ':' && text[i + 1] === ' ')
      : (ch === ':' || ch === '-' || ch === '?') && text[i + 1] === ' ';
  }
  return stack.at(-1);
}

function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
