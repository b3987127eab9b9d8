/** Draft versions for the run tests, built from the shipped files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR } from '../../engine/index.ts';

const VERSION = join(RULES_DIR, 'sheshan-12345', '2025-04-14');
const FILES = [
  'index.yaml',
  'ticket-types.yaml',
  'returns.yaml',
  'extensions.yaml',
  'first-contact.yaml',
  'escalation.yaml',
  'reminders.yaml',
  'review.yaml',
  'notifications.yaml',
  'assessment.yaml',
  'monthly.yaml',
  'knowledge-base.yaml',
];

/** Version 2025-12-01: the shipped rules, normal tickets completed within 4 working days instead of 5. */
export function draftFiles(): Record<string, string> {
  const files = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(VERSION, f), 'utf8')]));
  files['index.yaml'] = files['index.yaml']!.replace('version: "2025-04-14"', 'version: "2025-12-01"').replace(
    'from: "2025-04-14"',
    'from: "2025-12-01"',
  );
  const lines = files['ticket-types.yaml']!.split('\n');
  lines[202] = lines[202]!.replace('5个工作日', '4个工作日');
  files['ticket-types.yaml'] = lines.join('\n');
  return files;
}

export const DECEMBER = { count: 60, seed: 7, from: '2025-12-01', to: '2025-12-10' };
