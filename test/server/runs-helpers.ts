/** Draft versions for the run, decision and page tests, built from the shipped files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRulesetDir, RULES_DIR } from '../../engine/index.ts';

const VERSION = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
/** The shipped version's files, as it lists them itself (index first, then its include list). */
const FILES = loadRulesetDir(VERSION).files;

/** The shipped version 2025-04-14 as draft files `{ name: text }`. */
export function shippedFiles(): Record<string, string> {
  return Object.fromEntries(FILES.map((f) => [f, readFileSync(join(VERSION, f), 'utf8')]));
}

/** Version 2025-12-01: the shipped rules, normal tickets completed within 4 working days instead of 5. */
export function draftFiles(): Record<string, string> {
  const files = shippedFiles();
  files['index.yaml'] = files['index.yaml']!.replace('version: "2025-04-14"', 'version: "2025-12-01"').replace(
    'from: "2025-04-14"',
    'from: "2025-12-01"',
  );
  files['ticket-types.yaml'] = ticketTypesWith('normal.complete', '4个工作日').text;
  return files;
}

export const DECEMBER = { count: 60, seed: 7, from: '2025-12-01', to: '2025-12-10' };

/**
 * The shipped ticket-types.yaml with the period of one rule replaced: the `period:` line of the
 * rule `ruleId` (the first after its `- id:` line) gets `period`. Returns the text and that line.
 */
export function ticketTypesWith(ruleId: string, period: string): { text: string; line: number } {
  const file = join(VERSION, 'ticket-types.yaml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.trim() === `- id: ${ruleId}`);
  const p = lines.findIndex((l, i) => i > at && /^\s+period: /.test(l));
  if (at < 0 || p < 0) throw new Error(`no rule ${ruleId} with a period in ${file}`);
  lines[p] = lines[p]!.replace(/period: .*/, `period: ${period}`);
  return { text: lines.join('\n'), line: p + 1 };
}
