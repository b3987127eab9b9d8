/** Rule ids are unique across all files of a version (a rule is any object with `id` and `clause`). */
import { isObject, type Report } from './rule-diagnostics.ts';
import { type PathSegment, positionOf, type YamlSource } from './yaml-source.ts';

export interface RuleSite {
  id: string;
  clause: string;
  file: string;
  line: number;
  col: number;
  path: PathSegment[];
}

/** Every rule of a file, in document order. */
export function ruleSites(src: YamlSource): RuleSite[] {
  const out: RuleSite[] = [];
  const walk = (v: unknown, path: PathSegment[]) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    else if (isObject(v)) {
      if (typeof v.id === 'string' && typeof v.clause === 'string') {
        const pos = positionOf(src, [...path, 'id']);
        out.push({ id: v.id, clause: v.clause, file: src.file, ...pos, path });
      }
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(src.value, []);
  return out;
}

export function checkDuplicateIds(sources: readonly YamlSource[], report: Report): RuleSite[] {
  const seen = new Map<string, RuleSite>();
  const all: RuleSite[] = [];
  for (const src of sources) {
    for (const site of ruleSites(src)) {
      all.push(site);
      const first = seen.get(site.id);
      if (!first) {
        seen.set(site.id, site);
        continue;
      }
      report(src, [...site.path, 'id'], 'RULE_DUPLICATE_ID', {
        zh: `规则标识“${site.id}”重复，首次出现在 ${first.file}:${first.line}:${first.col}`,
        en: `duplicate rule id "${site.id}", first used at ${first.file}:${first.line}:${first.col}`,
      });
    }
  }
  return all;
}
