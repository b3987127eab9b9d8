/**
 * Which office's rule set a ticket goes to: the ticket's own `office`; else the rule set the
 * caller names (a command's `--ruleset`, HTTP `ruleset`); else the rules folder's default
 * (`rulesets.yaml`), or the only rule set loaded. A ticket whose office differs from the one the
 * caller names is refused rather than decided under the wrong procedure.
 */
import { HotlineError } from '../errors.ts';
import type { RulesetCatalog } from './load-catalog.ts';

/** The rule set to use when neither the ticket nor the caller names one. */
export function defaultRulesetId(catalog: RulesetCatalog): string {
  const ids = Object.keys(catalog.rulesets);
  if (catalog.defaultId !== undefined && ids.includes(catalog.defaultId)) return catalog.defaultId;
  if (ids.length === 1) return ids[0]!;
  throw new HotlineError('RULESET_AMBIGUOUS', {
    zh: `已载入多个规则集（${ids.join('、') || '无'}），且规则目录未设默认规则集：请在工单中写 office，或指定规则集（命令行 --ruleset，HTTP 的 ruleset），或在规则目录的 rulesets.yaml 中写 default`,
    en: `several rule sets are loaded (${ids.join(', ') || 'none'}) and the rules folder sets no default: give the ticket an office, name a rule set (--ruleset, or ruleset over HTTP), or set default in the rules folder's rulesets.yaml`,
  });
}

export function rulesetIdFor(catalog: RulesetCatalog, o: { office?: string; requested?: string }): string {
  if (o.office !== undefined) {
    if (!catalog.rulesets[o.office]) {
      const known = Object.keys(catalog.rulesets);
      throw new HotlineError('RULESET_UNKNOWN', {
        zh: `工单所属办公室“${o.office}”没有已载入的规则集（已载入：${known.join('、') || '无'}）`,
        en: `the ticket's office "${o.office}" has no loaded rule set (loaded: ${known.join(', ') || 'none'})`,
      });
    }
    if (o.requested !== undefined && o.requested !== o.office) {
      throw new HotlineError('TICKET_OFFICE_MISMATCH', {
        zh: `工单属于办公室“${o.office}”，但请求指定的规则集是“${o.requested}”`,
        en: `the ticket belongs to office "${o.office}" but the request names rule set "${o.requested}"`,
      });
    }
    return o.office;
  }
  return o.requested ?? defaultRulesetId(catalog);
}
