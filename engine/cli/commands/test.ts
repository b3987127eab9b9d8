import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  decide,
  formatDiagnostic,
  HotlineError,
  type Lang,
  loadCalendar,
  PACKAGE_ROOT,
  rulesetOfDecision,
} from '../../index.ts';
import { type CaseResult, type DecideFn, loadCases, type RunCaseOptions, runCases } from '../../testing/index.ts';
import { action, langOf, print, printJson } from '../output.ts';
import { loadRulesOrFail } from './decide.ts';

interface TestOptions {
  json?: boolean;
  grep?: string;
  rules?: string;
  ruleset?: string;
  path?: string;
}

/** `decide` bound to a rules catalogue (default: the shipped rules) and the official calendar. */
/** Decides with the shipped (or `--rules`) catalogue; `options` names the rule set of each decision. */
export function shippedDecide(opts: { rules?: string; ruleset?: string; path?: 'engine' | 'compiled' } = {}): {
  decide: DecideFn;
  options: RunCaseOptions;
} {
  const catalog = loadRulesOrFail(opts.rules);
  const calendar = loadCalendar();
  return {
    decide: (ticket, asOf) =>
      decide(catalog, calendar, ticket, { asOf, rulesetId: opts.ruleset, path: opts.path ?? 'engine' }),
    options: { rulesetOf: (d) => rulesetOfDecision(catalog, d) },
  };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '(无 / none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function printResult(r: CaseResult, lang: Lang): void {
  print(`${r.passed ? '✓' : '✗'} ${r.name}  (${r.file}:${r.line})`);
  for (const d of r.diffs) {
    if (d.path === '(decision)') {
      print(lang === 'en' ? `    decision failed: ${show(d.actual)}` : `    决定出错：${show(d.actual)}`);
      continue;
    }
    print(
      lang === 'en'
        ? `    ${d.path}: expected ${show(d.expected)}, got ${show(d.actual)}`
        : `    ${d.path}：期望 ${show(d.expected)}，实际 ${show(d.actual)}`,
    );
  }
}

/** `hotline test [dir]` — runs the ticket test cases (default `fixtures/tickets`) against the shipped rules. */
export function registerTest(program: Command): void {
  program
    .command('test')
    .description('运行工单测试用例（期望的决定）/ run ticket test cases against the shipped rules')
    .argument('[dir]', '用例目录，默认 fixtures/tickets / case folder')
    .option('--json', '输出 JSON / print JSON')
    .option('--grep <text>', '只运行名称或文件包含该文字的用例 / only cases whose name or file contains it')
    .option('--rules <dir>', '规则目录 / rules root')
    .option('--ruleset <id>', '规则集 / rule set id')
    .option(
      '--path <path>',
      '计算路径：engine（json-rules-engine）或 compiled / engine (json-rules-engine) or compiled',
      'engine',
    )
    .action(
      action(async (dir: string | undefined, opts: TestOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const folder = dir ? resolve(dir) : resolve(PACKAGE_ROOT, 'fixtures/tickets');
        const loaded = loadCases(folder);
        const cases = opts.grep
          ? loaded.cases.filter((c) => c.name.includes(opts.grep ?? '') || c.file.includes(opts.grep ?? ''))
          : loaded.cases;
        if (cases.length === 0 && loaded.diagnostics.length === 0) {
          throw new HotlineError('TEST_NO_CASES', {
            zh: `${folder} 中没有找到测试用例`,
            en: `no test cases found in ${folder}`,
          });
        }
        const shipped = shippedDecide({
          rules: opts.rules,
          ruleset: opts.ruleset,
          path: opts.path === 'compiled' ? 'compiled' : 'engine',
        });
        const results = await runCases(cases, shipped.decide, shipped.options);
        const passed = results.filter((r) => r.passed).length;
        const failed = results.length - passed;
        if (failed > 0 || loaded.diagnostics.length > 0) process.exitCode = 1;
        if (opts.json) {
          printJson({
            passed,
            failed,
            invalid: loaded.diagnostics.length,
            results,
            diagnostics: loaded.diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d, lang) })),
          });
          return;
        }
        for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d, lang)}\n`);
        for (const r of results) printResult(r, lang);
        const summary = `${passed} passed, ${failed} failed`;
        print(lang === 'en' ? summary : `${summary}（通过 ${passed} 个，失败 ${failed} 个）`);
        if (loaded.diagnostics.length > 0) {
          print(
            lang === 'en'
              ? `${loaded.diagnostics.length} problem(s) in case files (cases not run)`
              : `用例文件有 ${loaded.diagnostics.length} 处错误（相应用例未运行）`,
          );
        }
      }),
    );
}
