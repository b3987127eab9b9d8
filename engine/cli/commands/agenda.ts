import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  type AgendaGrouping,
  buildAgenda,
  DEFAULT_AGENDA_TIME,
  HotlineError,
  loadCalendar,
  renderAgenda,
  ticketSource,
} from '../../index.ts';
import { action, langOf } from '../output.ts';
import { loadRulesOrFail } from './decide.ts';
import { type BatchCliOptions, pathOf, reportFormat } from './simulate.ts';

interface AgendaCliOptions extends Pick<BatchCliOptions, 'json' | 'csv' | 'md' | 'out' | 'path'> {
  tickets: string;
  date: string;
  at: string;
  office?: string;
  ruleset?: string;
  rules?: string;
  by: string;
}

/** `hotline agenda --tickets <open tickets> --date <YYYY-MM-DD>` — the center's work for the day. */
export function registerAgenda(program: Command): void {
  program
    .command('agenda')
    .description('每日待办：催办、到期期限、督办、待审批、待报送，按事项或承办单位分组 / the daily agenda')
    .requiredOption('--tickets <source>', '未结工单：目录、文件（YAML/JSON/JSONL）或 - / open tickets')
    .requiredOption('--date <date>', '日期 YYYY-MM-DD / the agenda date')
    .option('--at <HH:MM>', '决定时刻（上海时间，默认上班时 08:30）/ clock time of the decisions', DEFAULT_AGENDA_TIME)
    .option('--office <id>', '只列此办公室（规则集）的工单 / only this office')
    .option('--ruleset <id>', '未注明办公室的工单所用规则集 / rule set of tickets naming no office')
    .option('--by <grouping>', 'action（按事项，默认）| unit（按承办单位）', 'action')
    .option('--json', '输出 JSON / JSON output')
    .option('--csv', '输出 CSV（UTF-8 BOM）/ CSV output')
    .option('--md', '输出 Markdown / Markdown output')
    .option('--out <file>', '写入文件（按扩展名推断格式）/ write to a file')
    .option('--rules <dir>', '规则目录 / rules root')
    .option('--path <path>', 'compiled（默认）| engine', 'compiled')
    .action(
      action(async (opts: AgendaCliOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        if (opts.by !== 'action' && opts.by !== 'unit') {
          throw new HotlineError('SIMULATE_OPTION_INVALID', {
            zh: `--by 的值“${opts.by}”无效，应为 action 或 unit`,
            en: `--by "${opts.by}" is not valid; use action or unit`,
          });
        }
        // The output and path options are those of a batch (simulate, compare).
        const batch: BatchCliOptions = { ...opts, seed: '1', asOf: '' };
        const format = reportFormat(batch);
        const catalog = loadRulesOrFail(opts.rules);
        const calendar = loadCalendar();
        const agenda = await buildAgenda(catalog, calendar, ticketSource(opts.tickets).items, {
          date: opts.date,
          at: opts.at,
          path: pathOf(batch),
          ...(opts.office !== undefined ? { office: opts.office } : {}),
          ...(opts.ruleset !== undefined ? { rulesetId: opts.ruleset } : {}),
        });
        const text = renderAgenda(agenda, format, lang, opts.by as AgendaGrouping);
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      }),
    );
}
