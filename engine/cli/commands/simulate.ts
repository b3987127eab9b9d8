import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  type BatchTickets,
  batchTickets,
  type ComparisonResult,
  generatorInputs,
  HotlineError,
  jsonlSink,
  type Lang,
  loadCalendar,
  type ReportFormat,
  renderReport,
  reportDoc,
  resolveRules,
  type SimulationResult,
  simulate,
} from '../../index.ts';
import { countJsonLines } from '../count-tickets.ts';
import { action, count, langOf } from '../output.ts';
import { type Progress, progressBar } from '../progress.ts';
import { renderTerminal } from '../terminal-report.ts';
import { terminalWidth } from '../text-width.ts';

/** Options `simulate` and `compare` share. */
export interface BatchCliOptions {
  tickets?: string;
  generate?: string;
  seed: string;
  from?: string;
  to?: string;
  asOf: string;
  path: string;
  json?: boolean;
  csv?: boolean;
  md?: boolean;
  out?: string;
  rulesRoot?: string;
  ruleset?: string;
  profile?: string;
}

export function optionError(zh: string, en: string): HotlineError {
  return new HotlineError('SIMULATE_OPTION_INVALID', { zh, en });
}

/** Adds the options of a batch (tickets, instant, output) to a command. */
export function batchOptions(cmd: Command): Command {
  return cmd
    .option(
      '--tickets <source>',
      '工单：目录，或一个 YAML、JSON、JSON 数组、JSON Lines 文件，- 表示标准输入 / a folder, or one YAML, JSON, JSON array or JSON Lines file; - for stdin',
    )
    .option('--generate <n>', '改用 n 张模拟工单（可复现）/ use n generated tickets instead')
    .option('--seed <n>', '模拟工单的随机种子 / seed of generated tickets', '1')
    .option('--from <date>', '模拟工单收单窗口起点（默认决定时刻前 90 天）/ generated window start')
    .option('--to <date>', '模拟工单收单窗口终点（默认决定时刻）/ generated window end')
    .requiredOption('--as-of <instant>', '决定时刻（ISO 8601）/ the moment decisions are made for')
    .option(
      '--path <path>',
      '计算路径：compiled（批量）或 engine（json-rules-engine 参照）/ compiled (batch) or engine (json-rules-engine reference)',
      'compiled',
    )
    .option('--json', '输出 JSON / JSON output')
    .option('--csv', '输出 CSV（UTF-8 BOM，中文表头）/ CSV output')
    .option('--md', '输出 Markdown / Markdown output')
    .option('--out <file>', '写入文件（按扩展名 .csv/.md/.json 推断格式）/ write the report to a file')
    .option('--rules-root <dir>', '版本号所在的规则根目录（默认 rules）/ rules root for version ids')
    .option('--ruleset <id>', '规则集 / rule set id')
    .option(
      '--profile <file>',
      '模拟工单的人群构成（默认 rules/<规则集>/population.yaml）/ population profile of generated tickets',
    );
}

export function reportFormat(opts: BatchCliOptions): ReportFormat {
  const flags = (['json', 'csv', 'md'] as const).filter((f) => opts[f]);
  if (flags.length > 1) throw optionError('--json、--csv、--md 只能选一个', 'choose one of --json, --csv, --md');
  if (flags[0]) return flags[0];
  const ext = opts.out ? extname(opts.out).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : ext === '.md' ? 'md' : 'table';
}

export function pathOf(opts: BatchCliOptions): 'engine' | 'compiled' {
  if (opts.path === 'engine' || opts.path === 'compiled') return opts.path;
  throw optionError(
    `--path 的值“${opts.path}”无效，应为 compiled 或 engine`,
    `--path "${opts.path}" is not valid; use compiled or engine`,
  );
}

/** The tickets of a batch: read from `--tickets`, or generated (`--generate N --seed S`). */
export function cliTickets(opts: BatchCliOptions): BatchTickets {
  const whole = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : Number.NaN);
  const count = whole(opts.generate);
  const seed = whole(opts.seed);
  if (opts.generate !== undefined && (!Number.isSafeInteger(count) || count < 1)) {
    throw optionError(
      `--generate 的值“${opts.generate}”无效，应为正整数`,
      `--generate "${opts.generate}" is not a positive integer`,
    );
  }
  if (!Number.isSafeInteger(seed)) {
    throw optionError(
      `--seed 的值“${opts.seed}”无效，应为非负整数`,
      `--seed "${opts.seed}" is not a non-negative integer`,
    );
  }
  return batchTickets({
    ...(opts.tickets !== undefined ? { source: opts.tickets } : {}),
    ...(opts.generate !== undefined ? { generate: count } : {}),
    seed,
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
    asOf: opts.asOf,
    calendar: loadCalendar(),
    // The generated tickets are the named office's (default: the rules folder's default).
    generator: () =>
      generatorInputs({
        ...(opts.rulesRoot !== undefined ? { rulesDir: opts.rulesRoot } : {}),
        ...(opts.ruleset !== undefined ? { office: opts.ruleset } : {}),
        ...(opts.profile !== undefined ? { profileFile: opts.profile } : {}),
      }),
  });
}

/** The progress bar of a batch: the total known (generated, a folder, a JSON Lines file) or counted as it goes. */
export async function batchProgress(opts: BatchCliOptions, batch: BatchTickets, lang: Lang): Promise<Progress> {
  if (opts.json || !process.stderr.isTTY) return progressBar({ lang, label: { zh: '', en: '' }, json: true });
  const total = batch.total ?? (opts.tickets !== undefined ? await countJsonLines(opts.tickets) : undefined);
  return progressBar({ lang, label: { zh: '决定中', en: 'deciding' }, ...(total !== undefined ? { total } : {}) });
}

/**
 * Writes the report: to `--out` (then one line on stderr: path, rows, format), or to stdout — the
 * terminal view (changed rows only, fitted to the width) when no file format was asked for. Says
 * on stderr how many tickets were invalid, and exits 1 when no ticket could be decided at all.
 */
export function emitReport(
  result: SimulationResult | ComparisonResult,
  format: ReportFormat,
  opts: BatchCliOptions,
  lang: Lang,
): void {
  const rejected = result.kind === 'simulation' ? result.summary.tickets.rejected : result.totals.rejected;
  const decided = result.kind === 'simulation' ? result.summary.tickets.evaluated : result.totals.evaluated;
  if (opts.out) {
    writeFileSync(opts.out, renderReport(result, format, lang));
    const rows = reportDoc(result, lang).csv.rows.length;
    const name = { table: lang === 'en' ? 'text table' : '文本表格', md: 'Markdown', csv: 'CSV', json: 'JSON' }[format];
    process.stderr.write(
      lang === 'en'
        ? `wrote ${opts.out}: ${count(rows)} row(s), ${name}\n`
        : `已写入 ${opts.out}：${count(rows)} 行，${name}\n`,
    );
  } else if (format === 'table') process.stdout.write(renderTerminal(result, lang, terminalWidth()));
  else process.stdout.write(renderReport(result, format, lang));
  if (rejected > 0) {
    process.stderr.write(
      lang === 'en'
        ? `warning: ${count(rejected)} invalid ticket(s) were not decided; the report lists each with file and field\n`
        : `警告：${count(rejected)} 张工单无效、未作决定，报告中逐一列出文件和字段\n`,
    );
    if (decided === 0) process.exitCode = 1;
  }
}

interface SimulateCliOptions extends BatchCliOptions {
  rules?: string;
  decisions?: string;
  explain?: boolean;
}

/** `hotline simulate` — one rule version (or the version in force) over many tickets. */
export function registerSimulate(program: Command): void {
  const cmd = program
    .command('simulate')
    .description('规则模拟：用一个规则版本（或草稿目录）批量决定工单并汇总 / what-if simulation over many tickets')
    .option(
      '--rules <version|dir>',
      '版本号、版本目录（草稿）或规则根目录；默认按收单时生效的版本 / version, draft folder or rules root',
    )
    .option(
      '--explain',
      '--decisions 文件中的决定附带期限计算说明和规则轨迹 / decisions in --decisions carry explanations and trace',
    )
    .option('--decisions <file>', '把每个决定逐行写入 JSONL 文件 / stream every decision to a JSONL file');
  batchOptions(cmd).action(
    action(async (opts: SimulateCliOptions, c: Command) => {
      const lang = langOf(c.optsWithGlobals());
      const format = reportFormat(opts);
      const path = pathOf(opts);
      const batch = cliTickets(opts);
      const rules = resolveRules(opts.rules, {
        ...(opts.rulesRoot ? { root: opts.rulesRoot } : {}),
        ...(opts.ruleset ? { rulesetId: opts.ruleset } : {}),
      });
      const sink = opts.decisions ? jsonlSink(opts.decisions) : undefined;
      const bar = await batchProgress(opts, batch, lang);
      let result: Awaited<ReturnType<typeof simulate>>;
      try {
        result = await simulate({
          ...(rules.kind === 'version' ? { ruleset: rules.ruleset } : { catalog: rules.catalog }),
          ...(opts.ruleset ? { rulesetId: opts.ruleset } : {}),
          calendar: loadCalendar(),
          tickets: batch.items,
          asOf: opts.asOf,
          path,
          trusted: batch.trusted,
          ...(batch.total !== undefined ? { total: batch.total } : {}),
          onProgress: (p) => bar.update(p.done),
          ...(sink ? { onDecision: (d) => sink.write(d) } : {}),
          explain: opts.explain === true,
        });
      } finally {
        bar.stop();
        await sink?.close();
      }
      emitReport(result, format, opts, lang);
    }),
  );
}
