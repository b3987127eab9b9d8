/**
 * Messages yaml-language-server (VS Code) shows instead of its English defaults ("Property perod is
 * not allowed.", "Value is not accepted. Valid values: …" with every fact): its validator reads a
 * schema's `errorMessage` (`patternErrorMessage` first for a pattern). The messages are fixed text
 * per schema, so they say what the place accepts — the keys of a mapping, the few values of an
 * enum, the form of a pattern — in Chinese, then English. ajv ignores both keywords.
 */
import { d, type Json } from './schema-builders.ts';

/** Above this many values an enum's message points to completion instead of listing them. */
const LISTED_VALUES = 12;

/** `schema` with an `errorMessage` on every closed mapping, enum and pattern (the last from its description). */
export function withEditorMessages(schema: Json): Json {
  return visit(schema) as Json;
}

function visit(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(visit);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'const' ? v : visit(v);
  const message = messageOf(out);
  if (message && out.errorMessage === undefined) out.errorMessage = message;
  return out;
}

function messageOf(s: Json): string | undefined {
  const props = s.properties as Record<string, unknown> | undefined;
  if (s.additionalProperties === false && props && s.type === 'object') {
    const keys = Object.keys(props);
    const required = (s.required as string[] | undefined) ?? [];
    return d(
      `键写错或缺少：此处可用的键为 ${keys.join('、')}${required.length ? `，其中必填 ${required.join('、')}` : ''}（拼写须完全一致）`,
      `a key is misspelt or missing: the keys here are ${keys.join(', ')}${required.length ? `; required: ${required.join(', ')}` : ''} (spelt exactly)`,
    );
  }
  if (Array.isArray(s.enum)) {
    const values = s.enum.map(String);
    const what = shortName(s.description);
    return values.length <= LISTED_VALUES
      ? d(`不是可用的值：应为 ${values.join('、')} 之一`, `not an accepted value: one of ${values.join(', ')}`)
      : d(
          `不是可用的${what.zh}：共 ${values.length} 个可选值，按 Ctrl+空格 补全选取（悬停可见说明）`,
          `not an accepted ${what.en}: ${values.length} values are accepted; press Ctrl+Space to pick one (hover shows each)`,
        );
  }
  // A pattern without its own message (`patternErrorMessage`, e.g. the period's): the form, from the description.
  if (typeof s.pattern === 'string' && s.patternErrorMessage === undefined) return patternMessage(s);
  return undefined;
}

function patternMessage(s: Json): string {
  const { zh, en } = halves(s.description);
  return d(`格式不对。${zh}`, `Wrong form. ${en}`);
}

/** The two halves of a `d(zh, en)` description. */
function halves(description: unknown): { zh: string; en: string } {
  const [zh = '', en = ''] = (typeof description === 'string' ? description : '').split(' / ');
  return { zh: zh.trim(), en: en.trim() };
}

/** What a description names, without its explanation in brackets: 事实名称 / Fact name. */
function shortName(description: unknown): { zh: string; en: string } {
  const { zh, en } = halves(description);
  return { zh: zh.split('（')[0]?.trim() || '值', en: (en.split(' (')[0]?.trim() || 'value').toLowerCase() };
}
