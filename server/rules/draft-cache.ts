/**
 * The one bounded cache of prepared drafts: a draft's check (its rule set, whose compiled judges
 * and engines hang off that object, or its diagnostics) by the draft's content, least recently
 * used first out. The shipped versions are not in it: the loaded catalogue holds them (pinned),
 * and everything the engine prepares for a rule set is keyed by the rule-set object itself
 * (WeakMap), so an evicted draft takes its engines with it.
 */
import type { DraftCheck, DraftFiles } from './draft.ts';
import { draftKey } from './draft.ts';

export interface DraftCache {
  /** The cached check of these files, or `compute()`'s, remembered. */
  get(files: DraftFiles, compute: () => Promise<DraftCheck>): Promise<DraftCheck>;
  readonly size: number;
}

export function createDraftCache(max: number): DraftCache {
  const entries = new Map<string, Promise<DraftCheck>>();
  return {
    get(files, compute) {
      const key = draftKey(files);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const p = compute();
      if (max <= 0) return p;
      entries.set(key, p);
      p.catch(() => entries.delete(key));
      while (entries.size > max) entries.delete(entries.keys().next().value!);
      return p;
    },
    get size() {
      return entries.size;
    },
  };
}
