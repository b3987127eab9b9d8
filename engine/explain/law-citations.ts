/**
 * Every rule element of a rule set that cites a clause (any object with a `clause` id), in file
 * order, with where it is written: read from the files as loaded (`texts`) so that elements
 * without an id of their own (escalation levels, escalated return chains) have their own line.
 * A hand-built rule set without texts is walked as an object, placed by its rules' `sources`.
 */
import type { Lang, Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { type PathSegment, parseYamlSource, positionOf } from '../rules/yaml-source.ts';
import type { Labels } from './labels.ts';
import { kindName } from './law-kinds.ts';
import type { LawCitation, LawSite } from './law-types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is Text => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** How a file of the rule set is named in diagnostics (the prefix its rules' sources carry). */
export function displayPrefix(ruleset: Ruleset): string {
  for (const s of Object.values(ruleset.sources ?? {})) {
    const f = ruleset.files.find((x) => s.file === x || s.file.endsWith(`/${x}`));
    if (f !== undefined) return s.file.slice(0, s.file.length - f.length);
  }
  return '';
}

interface Found {
  path: PathSegment[];
  node: Obj;
  /** The nearest id at or above the element, and the path below it. */
  owner: string;
  below: PathSegment[];
}

/** Objects with a `clause` string under `value`, in document order (the vocabulary's catalogue skipped). */
function findCiting(value: unknown): Found[] {
  const out: Found[] = [];
  const walk = (v: unknown, path: PathSegment[], owner: string, below: PathSegment[]) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, [...path, i], owner, [...below, i]);
      });
      return;
    }
    if (!isObj(v)) return;
    const own = typeof v.id === 'string' ? v.id : undefined;
    const o = own ?? owner;
    const b = own ? [] : below;
    if (typeof v.clause === 'string') out.push({ path, node: v, owner: o, below: b });
    for (const [k, x] of Object.entries(v)) {
      if (k === 'vocabulary' || k === 'sources' || k === 'texts') continue;
      walk(x, [...path, k], o, [...b, k]);
    }
  };
  walk(value, [], '', []);
  return out;
}

function citation(f: Found, site: LawSite, labels: Labels, lang: Lang): LawCitation {
  const kind = [...f.path].reverse().find((s): s is string => typeof s === 'string') ?? '';
  const id = f.below.length === 0 ? f.owner : [f.owner, ...f.below].filter((s) => s !== '').join('/');
  let name: string | undefined;
  if (kind === 'levels' && typeof f.node.level === 'number') name = labels.level(f.node.level)[lang];
  else if (isText(f.node.name)) name = f.node.name[lang];
  const text = typeof f.node.text === 'string' ? f.node.text.trim() : undefined;
  return {
    kind,
    kindName: kindName(kind, labels, lang),
    clause: f.node.clause as string,
    id,
    ...(name ? { name } : {}),
    ...(text ? { text } : {}),
    ...site,
  };
}

export function lawCitations(ruleset: Ruleset, labels: Labels, lang: Lang): LawCitation[] {
  const texts = ruleset.texts;
  if (!texts) {
    const none: LawSite = { file: '', line: 0, col: 0 };
    return findCiting(ruleset).map((f) => citation(f, ruleset.sources?.[f.owner] ?? none, labels, lang));
  }
  const prefix = displayPrefix(ruleset);
  return ruleset.files.flatMap((file) => {
    const text = texts[file];
    if (text === undefined) return [];
    const src = parseYamlSource(text, prefix + file);
    return findCiting(src.value).map((f) => citation(f, { file: src.file, ...positionOf(src, f.path) }, labels, lang));
  });
}
