import { createHash } from 'node:crypto';

/**
 * The revision of a rule-set version: sha256 over its files, each as relative path (with `/`),
 * NUL, content, NUL, in path order. Moving the folder keeps the revision; any edit changes it.
 */
export function rulesetRevision(files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(f.path.replace(/\\/g, '/')).update('\0').update(f.text).update('\0');
  }
  return hash.digest('hex');
}

/** Freezes an object graph in place. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
