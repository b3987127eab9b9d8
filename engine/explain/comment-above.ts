/**
 * The comment lines written just above a line of a YAML text (up to a blank or non-comment line),
 * split into the Chinese lines and the English ones (rule files write Chinese first, then English).
 */
import type { Text } from '../i18n.ts';

/** A line is Chinese when at least a fifth of its letters are CJK characters. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;

function isChinese(line: string): boolean {
  const letters = line.replace(/[\s\p{P}\p{S}\d]/gu, '').length;
  return letters > 0 && (line.match(CJK)?.length ?? 0) / letters >= 0.2;
}

/** `line` is 1-based; the result's parts are the lines joined with `\n` (empty when none). */
export function commentAbove(text: string, line: number): Text {
  const lines = text.split('\n');
  const found: string[] = [];
  for (let i = line - 2; i >= 0; i--) {
    const t = (lines[i] ?? '').trim();
    if (!t.startsWith('#')) break;
    const body = t.replace(/^#+\s?/, '');
    if (body.startsWith('yaml-language-server:')) break;
    found.unshift(body);
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (const l of found) {
    if (l.trim() === '') continue;
    (isChinese(l) ? zh : en).push(l);
  }
  return { zh: zh.join('\n'), en: en.join('\n') };
}
