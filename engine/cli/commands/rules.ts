import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  diffRulesets,
  effectiveRanges,
  formatRuleChange,
  HotlineError,
  loadCatalog,
  loadRulesetDir,
  type Ruleset,
  type RulesetCatalog,
} from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';

/** `hotline rules list` and `hotline rules diff <a> <b>`. */
export function registerRules(program: Command): void {
  const rules = program.command('rules').description('规则集版本：列表与比较 / rule-set versions: list and diff');
  rules
    .command('list')
    .description('列出规则集、版本、生效期间、修订号 / list rule sets, versions, effective ranges, revisions')
    .option('--dir <dir>', '规则目录 / rules root', 'rules')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((opts: { dir: string; json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const catalog = loadCatalog(opts.dir);
        const rows = Object.values(catalog.rulesets).flatMap((versions) =>
          effectiveRanges(versions).map((r) => ({
            id: r.ruleset.id,
            version: r.ruleset.version,
            title: r.ruleset.title,
            from: r.ruleset.effective.from,
            to: r.lastDay,
            revision: r.ruleset.revision,
            files: r.ruleset.files.length,
          })),
        );
        const broken = catalog.versions.filter((v) => !v.ok).map((v) => v.dir);
        const errors = catalog.diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) process.exitCode = 1;
        if (opts.json) {
          printJson({ rulesets: rows, invalid: broken, errors });
          return;
        }
        for (const r of rows) {
          const range = `${r.from} – ${r.to ?? (lang === 'en' ? 'open' : '至今')}`;
          const files = lang === 'en' ? `${r.files} files` : `${r.files} 个文件`;
          print(`${r.id}  ${r.version}  ${range}  ${r.revision.slice(0, 12)}  ${files}  ${r.title}`);
        }
        for (const dir of broken) print(lang === 'en' ? `${dir}: invalid` : `${dir}：有错误`);
        if (errors > 0) {
          print(
            lang === 'en'
              ? `${errors} error(s); run hotline check ${opts.dir}`
              : `共 ${errors} 处错误，运行 hotline check ${opts.dir} 查看`,
          );
        }
      }),
    );
  rules
    .command('diff')
    .description('逐条比较两个版本 / compare two versions rule by rule')
    .argument('<a>', '版本号（如 2025-04-14 或 sheshan-12345@2025-04-14）或版本目录 / version id or folder')
    .argument('<b>', '同上 / same')
    .option('--dir <dir>', '规则目录 / rules root', 'rules')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((a: string, b: string, opts: { dir: string; json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        let catalog: RulesetCatalog | undefined;
        const resolve = (arg: string): Ruleset => {
          if (existsSync(join(arg, 'index.yaml'))) return loadRulesetDir(arg);
          catalog ??= loadCatalog(opts.dir);
          return findVersion(catalog, arg);
        };
        const ra = resolve(a);
        const rb = resolve(b);
        const diff = diffRulesets(ra, rb);
        const effective = effectiveChanges(ra, rb);
        if (opts.json) {
          printJson({ ...diff, effective });
          return;
        }
        const head = (r: { id: string; version: string; revision: string }) =>
          `${r.id} ${r.version} (${r.revision.slice(0, 12)})`;
        const n = diff.changes.length;
        print(`${head(diff.a)} → ${head(diff.b)}${lang === 'en' ? `: ${n} change(s)` : `：${n} 处变化`}`);
        for (const c of diff.changes) print(formatRuleChange(c, lang));
        for (const e of effective) {
          const v = (x: string | null) => x ?? (lang === 'en' ? '(none)' : '（无）');
          const name = e.field === 'from' ? ['生效起始日', 'in force from'] : ['生效终止日', 'in force until'];
          print(
            lang === 'en'
              ? `effective.${e.field} (${name[1]}): ${v(e.before)} → ${v(e.after)}`
              : `effective.${e.field}（${name[0]}）：${v(e.before)} → ${v(e.after)}`,
          );
        }
      }),
    );
}

export interface EffectiveChange {
  field: 'from' | 'to';
  before: string | null;
  after: string | null;
}

/** How the declared effective range (新老划断) differs between two versions. */
export function effectiveChanges(a: Ruleset, b: Ruleset): EffectiveChange[] {
  const out: EffectiveChange[] = [];
  for (const field of ['from', 'to'] as const) {
    const before = a.effective[field] ?? null;
    const after = b.effective[field] ?? null;
    if (before !== after) out.push({ field, before, after });
  }
  return out;
}

/** `version`, `id@version` or `id/version` among the loaded rule sets. */
function findVersion(catalog: RulesetCatalog, arg: string): Ruleset {
  const [id, version] = /[@/]/.test(arg) ? (arg.split(/[@/]/) as [string, string]) : [undefined, arg];
  const hits = Object.values(catalog.rulesets)
    .flat()
    .filter((r) => r.version === version && (id === undefined || r.id === id));
  if (hits.length === 1) return hits[0]!;
  const known = Object.values(catalog.rulesets)
    .flat()
    .map((r) => `${r.id}@${r.version}`)
    .join(', ');
  throw new HotlineError(
    hits.length === 0 ? 'RULESET_VERSION_UNKNOWN' : 'RULESET_VERSION_AMBIGUOUS',
    hits.length === 0
      ? {
          zh: `找不到版本“${arg}”，也不是版本目录（已载入：${known || '无'}）`,
          en: `no version "${arg}" and no such version folder (loaded: ${known || 'none'})`,
        }
      : {
          zh: `版本“${arg}”不唯一，请写成 规则集@版本（${known}）`,
          en: `version "${arg}" is ambiguous; write ruleset@version (${known})`,
        },
  );
}
