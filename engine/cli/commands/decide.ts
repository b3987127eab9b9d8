import type { Command } from 'commander';
import {
  decide,
  explainDecision,
  HotlineError,
  loadCalendar,
  loadCatalog,
  parseInstant,
  type RulesetCatalog,
  readTicketFile,
  rulesetOfDecision,
} from '../../index.ts';
import { decideMany, holdsManyTickets } from '../decide-many.ts';
import { action, langOf, print, printJson } from '../output.ts';

interface DecideCliOptions {
  asOf: string;
  json?: boolean;
  rules?: string;
  ruleset?: string;
  path?: 'engine' | 'compiled';
}

/** Loads the rules and refuses to go on if any file has an error (never a silently partial rule set). */
export function loadRulesOrFail(root?: string): RulesetCatalog {
  const catalog = loadCatalog(root);
  if (catalog.diagnostics.some((d) => d.severity === 'error')) {
    throw new HotlineError(
      'RULES_INVALID',
      {
        zh: `规则文件有 ${catalog.diagnostics.length} 处错误，请先运行 hotline check`,
        en: `the rules have ${catalog.diagnostics.length} error(s); run hotline check`,
      },
      { diagnostics: catalog.diagnostics },
    );
  }
  return catalog;
}

/** `hotline decide <ticket> --as-of <instant>` — one decision, explained. */
export function registerDecide(program: Command): void {
  program
    .command('decide')
    .description(
      '对工单作出决定：期限、状态、督办、可办事项、核查及依据；文件中有多张工单时逐张决定 / decide a ticket, or each ticket of a file',
    )
    .argument(
      '<ticket>',
      '工单文件：YAML、JSON、JSON 数组或 JSON Lines（每行一张），- 表示标准输入 / ticket file: YAML, JSON, a JSON array or JSON Lines; - for stdin',
    )
    .requiredOption('--as-of <instant>', '决定时刻（ISO 8601）/ the moment to decide for')
    .option('--json', '输出 JSON / print JSON')
    .option('--rules <dir>', '规则目录 / rules root', undefined)
    .option('--ruleset <id>', '规则集 / rule set id')
    .option(
      '--path <path>',
      '计算路径：engine（json-rules-engine）或 compiled / engine (json-rules-engine) or compiled',
      'engine',
    )
    .action(
      action(async (file: string, opts: DecideCliOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        parseInstant(opts.asOf);
        const path = opts.path === 'compiled' ? 'compiled' : 'engine';
        if (holdsManyTickets(file)) {
          const catalog = loadRulesOrFail(opts.rules);
          const many = {
            asOf: opts.asOf,
            json: opts.json === true,
            path,
            ...(opts.ruleset ? { rulesetId: opts.ruleset } : {}),
          } as const;
          await decideMany(file, catalog, loadCalendar(), many, lang);
          return;
        }
        const ticket = readTicketFile(file);
        const catalog = loadRulesOrFail(opts.rules);
        const calendar = loadCalendar();
        const d = await decide(catalog, calendar, ticket, {
          asOf: opts.asOf,
          rulesetId: opts.ruleset,
          path,
        });
        if (opts.json) printJson(d);
        else {
          const ruleset = rulesetOfDecision(catalog, d);
          print(explainDecision(d, lang, ruleset ? { ruleset } : {}));
        }
      }),
    );
}
