import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { checkRulesRoot, formatDiagnostic, HotlineError } from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';

/** `hotline check [dir]`: every calendar, catalogue and rule-set version under a rules root (or one version folder). */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('校验规则文件与工作日历 / check rule files and calendars')
    .argument('[dir]', '规则目录（默认 rules）或一个版本目录 / rules root, or one version folder', 'rules')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((dir: string, opts: { json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        if (!existsSync(dir)) {
          throw new HotlineError('RULES_DIR_MISSING', {
            zh: `目录“${dir}”不存在`,
            en: `the folder "${dir}" does not exist`,
          });
        }
        const t0 = performance.now();
        const result = checkRulesRoot(dir);
        const elapsedMs = Math.round(performance.now() - t0);
        const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = result.diagnostics.length - errors;
        if (errors > 0) process.exitCode = 1;
        if (opts.json) {
          printJson({
            ok: errors === 0,
            errors,
            warnings,
            counts: result.counts,
            elapsedMs,
            diagnostics: result.diagnostics,
          });
          return;
        }
        for (const d of result.diagnostics) print(formatDiagnostic(d, lang));
        const c = result.counts;
        if (errors > 0) {
          print(
            lang === 'en'
              ? `${errors} error(s), ${warnings} warning(s) in ${c.files} file(s); ${elapsedMs} ms`
              : `共 ${errors} 处错误、${warnings} 处警告（${c.files} 个文件）；用时 ${elapsedMs} 毫秒`,
          );
          return;
        }
        print(
          lang === 'en'
            ? `OK: ${c.calendars} calendar(s), ${c.catalogues} catalogue(s), ${c.rulesets} rule set(s) with ${c.versions} version(s), ${c.files} files${warnings ? `, ${warnings} warning(s)` : ''}; ${elapsedMs} ms`
            : `校验通过：${c.calendars} 个工作日历、${c.catalogues} 个目录文件、${c.rulesets} 个规则集共 ${c.versions} 个版本，计 ${c.files} 个文件${warnings ? `，${warnings} 处警告` : ''}；用时 ${elapsedMs} 毫秒`,
        );
      }),
    );
}
