/**
 * Terminal widths: a CJK character takes two columns (string-width, as cli-table3 counts), and
 * Chinese text wraps between any two characters, never before closing punctuation.
 */
import stringWidth from 'string-width';

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Columns of the terminal stdout goes to, else `COLUMNS`, else 80. */
export function terminalWidth(stream: { columns?: number } = process.stdout, env = process.env): number {
  const c = stream.columns ?? Number(env.COLUMNS);
  return Number.isInteger(c) && c >= 20 ? c : 80;
}

/** Punctuation that must not start a line (禁则). */
const NO_LINE_START = /^[，。、；：？！）》」』】〕,.;:?!)\]}>…]/u;

/** Punctuation that must not end a line. */
const NO_LINE_END = /[（《「『【〔([{“‘]$/u;

/**
 * Words, single wide characters and runs of spaces; closing punctuation stays on the token before
 * it, opening punctuation on the token after it.
 */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (const tok of rawTokens(line)) {
    const last = out[out.length - 1];
    if (last !== undefined && last !== ' ' && tok !== ' ' && NO_LINE_END.test(last)) out[out.length - 1] = last + tok;
    else out.push(tok);
  }
  return out;
}

function rawTokens(line: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of line) {
    if (/\s/.test(ch)) {
      flush();
      out.push(' ');
    } else if (stringWidth(ch) === 2) {
      flush();
      if (NO_LINE_START.test(ch) && out.length > 0 && out[out.length - 1] !== ' ') out[out.length - 1] += ch;
      else out.push(ch);
    } else if (NO_LINE_START.test(ch) && word === '' && out.length > 0 && out[out.length - 1] !== ' ') {
      out[out.length - 1] += ch;
    } else word += ch;
  }
  flush();
  return out;
}

/** Breaks a token wider than the line into pieces that fit. */
function hardBreak(token: string, width: number): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && stringWidth(cur + ch) > width) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** Wraps text to `width` columns (existing line breaks kept); no line comes out wider. */
export function wrapText(text: string, width: number): string {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Leading spaces (an indent) are kept.
    let line = /^ */.exec(raw)?.[0] ?? '';
    if (line.length >= w) line = '';
    let lineWidth = line.length;
    let space = false;
    for (const tok of tokens(raw)) {
      if (tok === ' ') {
        space = line.trim() !== '';
        continue;
      }
      for (const piece of stringWidth(tok) > w ? hardBreak(tok, w) : [tok]) {
        const pw = stringWidth(piece);
        const gap = space ? 1 : 0;
        if (line.trim() !== '' && lineWidth + gap + pw > w) {
          lines.push(line);
          line = piece;
          lineWidth = pw;
        } else {
          line += (gap ? ' ' : '') + piece;
          lineWidth += gap + pw;
        }
        space = false;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}
