/**
 * What changed between two rule-set versions, rule by rule: added, removed and changed rules and
 * fields, each with the clause of the rule it belongs to, e.g.
 * `ticketTypes.normal.deadlines[complete].period: 5个工作日 → 4个工作日 (3.1)`.
 * Identity and bookkeeping (version, title, source, effective range, include list, revision,
 * folder, positions) are not policy and are left out; the header of a report shows them.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Lang } from '../i18n.ts';
import type { Ruleset } from './types.ts';

export interface RuleChange {
  kind: 'added' | 'removed' | 'changed';
  path: string;
  /** The innermost rule (object with `id` and `clause`) holding the change. */
  ruleId: string | undefined;
  clause: string | undefined;
  before?: unknown;
  after?: unknown;
}

export interface RulesetDiff {
  a: { id: string; version: string; revision: string };
  b: { id: string; version: string; revision: string };
  changes: RuleChange[];
}

const SKIP = new Set([
  'id',
  'version',
  'title',
  'source',
  'effective',
  'include',
  'revision',
  'dir',
  'files',
  'sources',
  'texts',
]);
const KEY_BY_ARRAY: Record<string, string> = {
  deadlines: 'obligation',
  commonDeadlines: 'obligation',
  levels: 'level',
  points: 'n',
};

type Ctx = { ruleId: string | undefined; clause: string | undefined; out: RuleChange[] };
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function keyed(list: unknown[], name: string): Map<string, unknown> | undefined {
  const field = KEY_BY_ARRAY[name] ?? 'id';
  const map = new Map<string, unknown>();
  for (const x of list) {
    if (!isObj(x) || x[field] === undefined || map.has(String(x[field]))) return undefined;
    map.set(String(x[field]), x);
  }
  return map;
}

function enter(v: unknown, ctx: Ctx): Ctx {
  if (!isObj(v)) return ctx;
  const clause = typeof v.clause === 'string' ? v.clause : ctx.clause;
  const ruleId = typeof v.id === 'string' && typeof v.clause === 'string' ? v.id : ctx.ruleId;
  return { ...ctx, clause, ruleId };
}

function compare(a: unknown, b: unknown, path: string, name: string, ctx: Ctx): void {
  if (isDeepStrictEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const ka = keyed(a, name);
    const kb = keyed(b, name);
    if (ka && kb) {
      const top = !path.includes('.');
      const at = (k: string) => (top && !k.includes('.') ? `${path}.${k}` : `${path}[${k}]`);
      for (const [k, va] of ka) {
        if (!kb.has(k)) ctx.out.push({ kind: 'removed', path: at(k), ...ids(enter(va, ctx)), before: va });
        else compare(va, kb.get(k), at(k), name, enter(va, ctx));
      }
      for (const [k, vb] of kb) {
        if (!ka.has(k)) ctx.out.push({ kind: 'added', path: at(k), ...ids(enter(vb, ctx)), after: vb });
      }
      return;
    }
  } else if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in b)) ctx.out.push({ kind: 'removed', path: p, ...ids(ctx), before: a[k] });
      else if (!(k in a)) ctx.out.push({ kind: 'added', path: p, ...ids(ctx), after: b[k] });
      else compare(a[k], b[k], p, k, enter(b[k], ctx));
    }
    return;
  }
  ctx.out.push({ kind: 'changed', path, ...ids(ctx), before: a, after: b });
}

const ids = (ctx: Ctx) => ({ ruleId: ctx.ruleId, clause: ctx.clause });

export function diffRulesets(a: Ruleset, b: Ruleset): RulesetDiff {
  const out: RuleChange[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !SKIP.has(k));
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of keys)
    compare(ra[k], rb[k], k, k, enter(rb[k] ?? ra[k], { ruleId: undefined, clause: undefined, out }));
  const head = (r: Ruleset) => ({ id: r.id, version: r.version, revision: r.revision });
  return { a: head(a), b: head(b), changes: out };
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/** One line per change: `path: old → new (clause)`, `+ path: value (clause)`, `- path: value (clause)`. */
export function formatRuleChange(c: RuleChange, _lang: Lang = 'zh'): string {
  const clause = c.clause ? ` (${c.clause})` : '';
  if (c.kind === 'changed') return `${c.path}: ${show(c.before)} → ${show(c.after)}${clause}`;
  if (c.kind === 'added') return `+ ${c.path}: ${show(c.after)}${clause}`;
  return `- ${c.path}: ${show(c.before)}${clause}`;
}
