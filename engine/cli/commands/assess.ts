import type { Command } from 'commander';
import {
  assessWithCatalog,
  loadAssessmentInput,
  loadCalendar,
  renderAssessment,
  rulesetOfDecision,
  wordsOf,
} from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';
import { loadRulesOrFail } from './decide.ts';

interface AssessCliOptions {
  month?: string;
  json?: boolean;
  rules?: string;
  ruleset?: string;
}

/**
 * `hotline assess <units-file...> [--month YYYY-MM] [--json]` — the clauses that judge units and
 * months (2.7, 2.9, 2.5, 4.8, 5.2) over satisfaction figures (CSV/YAML/JSON), city-level
 * unsatisfied tickets and policy publications.
 */
export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description('单位与月度考核：满意度约谈、走访调研、书面情况说明、知识库更新 / assess units and months')
    .argument(
      '<units-file...>',
      '输入文件（.csv 满意度；.yaml/.json 满意度、按月计入的回访工单、政策公布）/ input files',
    )
    .option('--month <YYYY-MM>', '只评估该月（此前月份仍计入连续排名）/ assess one month only')
    .option('--json', '输出 JSON / print JSON')
    .option('--rules <dir>', '规则目录 / rules root')
    .option('--ruleset <id>', '规则集 / rule set id')
    .action(
      action((files: string[], opts: AssessCliOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const input = loadAssessmentInput(files);
        const catalog = loadRulesOrFail(opts.rules);
        const a = assessWithCatalog(catalog, loadCalendar(), input, {
          ...(opts.month === undefined ? {} : { month: opts.month }),
          ...(opts.ruleset === undefined ? {} : { rulesetId: opts.ruleset }),
        });
        if (opts.json) printJson(a);
        else {
          const rs = rulesetOfDecision(catalog, a);
          print(renderAssessment(a, lang, rs ? wordsOf(rs) : undefined));
        }
      }),
    );
}
