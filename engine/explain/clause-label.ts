import type { Lang } from '../i18n.ts';

const ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The generic citation of a clause id, for a rule set whose vocabulary does not cite it (an office
 * cites its own clauses in vocabulary.yaml): `3.1` → 第三条第（一）项; `3.2.5` → 第三条第（二）项第5目;
 * en: clause 3.2.5; another numbering (七) → 条款“七”.
 */
export function clauseLabel(id: string, lang: Lang): string {
  if (lang === 'en') return `clause ${id}`;
  // An id in another numbering (七, art-3 …) has no generic citation: it reads as itself.
  if (!/^\d+(\.\d+)*$/.test(id)) return `条款“${id}”`;
  const [a, b, c] = id.split('.').map(Number);
  let s = `第${ZH_NUM[a ?? 0] ?? a}条`;
  if (b) s += `第（${ZH_NUM[b] ?? b}）项`;
  if (c) s += `第${c}目`;
  return s;
}
