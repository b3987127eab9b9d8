import type { Command } from 'commander';
import { compare, jsonlSink, loadCalendar, resolveVersion } from '../../index.ts';
import { action, langOf } from '../output.ts';
import {
  type BatchCliOptions,
  batchOptions,
  batchProgress,
  cliTickets,
  emitReport,
  pathOf,
  reportFormat,
} from './simulate.ts';

interface CompareCliOptions extends BatchCliOptions {
  base: string;
  candidate: string;
  changes?: string;
}

/**
 * `hotline compare --base <version|dir> --candidate <version|dir> --tickets … --as-of …` — what a
 * draft changes, ticket by ticket and grouped by clause and rule; tickets received before the
 * candidate takes effect stay under the base (新老划断).
 */
export function registerCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('比较两个规则版本对同一批工单的决定 / compare two rule versions over the same tickets')
    .requiredOption('--base <version|dir>', '基准版本：版本号或版本目录 / base version id or folder')
    .requiredOption(
      '--candidate <version|dir>',
      '候选版本：版本号或版本目录（如草稿）/ candidate version id or folder (e.g. a draft)',
    )
    .option(
      '--changes <file>',
      '把每张有变化或沿用原版本的工单逐行写入 JSONL 文件 / stream every listed ticket to a JSONL file',
    );
  batchOptions(cmd).action(
    action(async (opts: CompareCliOptions, c: Command) => {
      const lang = langOf(c.optsWithGlobals());
      const format = reportFormat(opts);
      const path = pathOf(opts);
      const batch = cliTickets(opts);
      const where = {
        ...(opts.rulesRoot ? { root: opts.rulesRoot } : {}),
        ...(opts.ruleset ? { rulesetId: opts.ruleset } : {}),
      };
      const base = resolveVersion(opts.base, where);
      const candidate = resolveVersion(opts.candidate, where);
      const sink = opts.changes ? jsonlSink(opts.changes) : undefined;
      const bar = await batchProgress(opts, batch, lang);
      let result: Awaited<ReturnType<typeof compare>>;
      try {
        result = await compare({
          base,
          candidate,
          calendar: loadCalendar(),
          tickets: batch.items,
          asOf: opts.asOf,
          path,
          trusted: batch.trusted,
          ...(batch.total !== undefined ? { total: batch.total } : {}),
          onProgress: (p) => bar.update(p.done),
          ...(sink ? { onTicket: (row) => sink.write(row) } : {}),
        });
      } finally {
        bar.stop();
        await sink?.close();
      }
      emitReport(result, format, opts, lang);
    }),
  );
}
