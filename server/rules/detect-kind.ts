/** Which schema a YAML text is for, from its file name or, failing that, its top-level keys. */
import { basename } from 'node:path';

export type ValidateKind = 'calendar' | 'index' | 'topic' | 'facts' | 'clauses';

export const VALIDATE_KINDS: readonly ValidateKind[] = ['calendar', 'index', 'topic', 'facts', 'clauses'];

/** Keys at column 0 of a YAML document (`key:`), in order; comments and `---` skipped. */
export function topLevelKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)) out.push(m[1]!);
  return out;
}

export function detectKind(text: string, filename?: string): ValidateKind {
  const name = filename ? basename(filename) : '';
  if (filename && /(^|\/)calendars\//.test(filename)) return 'calendar';
  if (name === 'index.yaml') return 'index';
  if (name === 'facts.yaml') return 'facts';
  if (name === 'clauses.yaml') return 'clauses';
  const keys = topLevelKeys(text);
  if (keys.includes('years') && (keys.includes('statutory') || keys.includes('nextNoticeMayChangeFrom')))
    return 'calendar';
  if (keys.includes('include') || keys.includes('effective')) return 'index';
  if (keys[0] === 'facts') return 'facts';
  if (keys[0] === 'clauses') return 'clauses';
  return 'topic';
}
