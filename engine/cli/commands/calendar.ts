import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Command } from 'commander';
import {
  addNotice,
  type Calendar,
  type CalendarCheck,
  calendarCoverage,
  calendarWithNotice,
  checkCalendarNotices,
  createCalendar,
  createImpactCollector,
  DEFAULT_CALENDAR_FILE,
  type Diagnostic,
  formatDiagnostic,
  getMonthGrid,
  HotlineError,
  type ImpactFormat,
  type Lang,
  loadCalendar,
  loadCatalog,
  pick,
  RULES_DIR,
  renderImpact,
  renderMonthGrid,
  ticketSource,
} from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';

const shown = (file: string) => relative(process.cwd(), file) || file;

function readText(file: string, what: { zh: string; en: string }): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new HotlineError('CALENDAR_UNREADABLE', {
      zh: `无法读取${what.zh} ${shown(file)}`,
      en: `cannot read the ${what.en} ${shown(file)}`,
    });
  }
}

/**
 * Replaces `file` atomically: the text goes to a temporary file beside it (same folder, so the
 * rename cannot cross file systems), is flushed to disk, then renamed over the old one. A reader
 * (the service's watcher) sees the old file or the new one, never half of it.
 */
function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    // a new file
  }
  const fd = openSync(tmp, 'wx', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, file);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}

function printDiagnostics(diagnostics: Diagnostic[], lang: Lang): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d, lang)}\n`);
  process.stderr.write(lang === 'en' ? `${diagnostics.length} error(s)\n` : `共 ${diagnostics.length} 处错误\n`);
  process.exitCode = 1;
}

function checkFile(file: string): CalendarCheck {
  return checkCalendarNotices(readText(file, { zh: '日历文件', en: 'calendar file' }), shown(file));
}

function impactFormat(opts: { json?: boolean; csv?: boolean; md?: boolean; out?: string }): ImpactFormat {
  const flags = (['json', 'csv', 'md'] as const).filter((f) => opts[f]);
  if (flags.length > 1) {
    throw new HotlineError('CALENDAR_OPTION_INVALID', {
      zh: '--json、--csv、--md 只能选一个',
      en: 'choose one of --json, --csv, --md',
    });
  }
  if (flags[0]) return flags[0];
  const ext = opts.out ? extname(opts.out).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : ext === '.md' ? 'md' : 'table';
}

interface ImpactCliOptions {
  calendar?: string;
  notice?: string;
  base?: string;
  tickets: string;
  asOf: string;
  rulesRoot?: string;
  ruleset?: string;
  json?: boolean;
  csv?: boolean;
  md?: boolean;
  out?: string;
}

/**
 * `hotline calendar <YYYY-MM>` (a month grid), `calendar check`, `calendar add <notice.yaml>`,
 * `calendar coverage` and `calendar impact`.
 */
export function registerCalendar(program: Command): void {
  const cal = program
    .command('calendar')
    .description('工作日历：月历（休=放假，班=调休上班）、校验、添加通知、覆盖范围、影响分析 / working-day calendar');
  // The month grid is the default subcommand (`hotline calendar 2026-02`), so that no option of
  // the parent shadows a subcommand's own (`calendar add --calendar x`).
  cal
    .command('month', { isDefault: true })
    .description('月历（休=放假，班=调休上班）/ a month grid')
    .argument('<month>', 'YYYY-MM')
    .option('--calendar <file>', '日历文件（默认 rules/calendars/cn-mainland.yaml）/ calendar file')
    .option('--file <file>', '同 --calendar / same as --calendar')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((month: string, opts: { file?: string; calendar?: string; json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        if (!/^\d{4}-\d{2}$/.test(month)) {
          throw new HotlineError('MONTH_INVALID', {
            zh: `“${month}”不是月份，应为 YYYY-MM（如 2025-10），或子命令 check、add、coverage、impact`,
            en: `"${month}" is not a month; expected YYYY-MM (e.g. 2025-10), or a subcommand: check, add, coverage, impact`,
          });
        }
        const grid = getMonthGrid(loadCalendar({ file: opts.calendar ?? opts.file ?? DEFAULT_CALENDAR_FILE }), month);
        if (opts.json) printJson(grid);
        else print(renderMonthGrid(grid, lang));
      }),
    );

  cal
    .command('check')
    .description('校验日历文件：格式、不变式、法定假日天数 / check a calendar file')
    .option('--calendar <file>', '日历文件 / calendar file')
    .option('--file <file>', '同 --calendar / same as --calendar')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((opts: { calendar?: string; file?: string; json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const file = opts.calendar ?? opts.file ?? DEFAULT_CALENDAR_FILE;
        const t0 = performance.now();
        const result = checkFile(file);
        const ms = Math.round(performance.now() - t0);
        const ok = result.diagnostics.length === 0;
        if (opts.json) {
          printJson({ file: shown(file), ok, diagnostics: result.diagnostics });
          if (!ok) process.exitCode = 1;
          return;
        }
        if (!ok) {
          for (const d of result.diagnostics) print(formatDiagnostic(d, lang));
          print(lang === 'en' ? `${result.diagnostics.length} error(s)` : `共 ${result.diagnostics.length} 处错误`);
          process.exitCode = 1;
          return;
        }
        const years = result.data?.years.map((y) => y.year).join(lang === 'en' ? ', ' : '、');
        print(
          lang === 'en'
            ? `${shown(file)}: OK (notices for ${years}; statutory days checked; ${ms} ms)`
            : `${shown(file)}：校验通过（已载入${years}年通知，法定假日天数相符；用时${ms}毫秒）`,
        );
      }),
    );

  cal
    .command('add')
    .description('添加一年的国务院办公厅节假日安排通知（校验后原子写入）/ add a year’s State Council notice')
    .argument('<notice>', '通知文件（YAML：year、notice、holidays）/ notice file')
    .option('--calendar <file>', '写入的日历文件（默认 rules/calendars/cn-mainland.yaml）/ target calendar file')
    .option('--dry-run', '只校验，不写入 / check only, do not write')
    .action(
      action((noticeFile: string, opts: { calendar?: string; dryRun?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const target = opts.calendar ?? DEFAULT_CALENDAR_FILE;
        const result = addNotice({
          calendarText: readText(target, { zh: '日历文件', en: 'calendar file' }),
          calendarFile: shown(target),
          noticeText: readText(noticeFile, { zh: '通知文件', en: 'notice file' }),
          noticeFile: shown(noticeFile),
        });
        if (!result.text || !result.notice) {
          printDiagnostics(result.diagnostics, lang);
          return;
        }
        const n = result.notice;
        const days = n.holidays.reduce((s, h) => s + h.off.length, 0);
        const makeups = n.holidays.reduce((s, h) => s + h.makeup.length, 0);
        if (!opts.dryRun) writeAtomically(target, result.text);
        const done = opts.dryRun
          ? { zh: '校验通过（未写入，--dry-run）', en: 'checked (not written: --dry-run)' }
          : { zh: `已写入 ${shown(target)}`, en: `written to ${shown(target)}` };
        print(
          lang === 'en'
            ? `${n.year}: ${n.notice.title} (${n.notice.date}) — ${n.holidays.length} holidays, ${days} days off, ${makeups} make-up working days; statutory days match. ${done.en}`
            : `${n.year}年：${n.notice.title}（${n.notice.date}）——${n.holidays.length}个节日，放假${days}天，调休上班${makeups}天，法定假日天数相符。${done.zh}`,
        );
      }),
    );

  cal
    .command('coverage')
    .description('各年份是否已确定（已载入通知）或临时推算 / which years are final, which provisional')
    .option('--calendar <file>', '日历文件 / calendar file')
    .option('--json', '输出 JSON / print JSON')
    .action(
      action((opts: { calendar?: string; json?: boolean }, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const coverage = calendarCoverage(loadCalendar({ file: opts.calendar ?? DEFAULT_CALENDAR_FILE }));
        if (opts.json) printJson(coverage);
        else print(coverage.years.map((y) => pick(y.summary, lang)).join('\n'));
      }),
    );

  cal
    .command('impact')
    .description('新日历（新通知）使哪些未结工单的期限、状态变化 / what a new calendar changes in open tickets')
    .option('--calendar <file>', '新日历文件（含新通知）/ the new calendar file')
    .option('--notice <file>', '或：一年的通知文件，在内存中加入现行日历 / or a notice file, added in memory')
    .option('--base <file>', '现行日历（默认 rules/calendars/cn-mainland.yaml）/ the calendar in force')
    .requiredOption('--tickets <source>', '未结工单：目录、JSON/JSONL 文件，或 - / open tickets')
    .requiredOption('--as-of <instant>', '决定时刻（ISO 8601）/ the moment decisions are made for')
    .option('--rules-root <dir>', '规则目录（默认 rules）/ rules folder')
    .option('--ruleset <id>', '未写 office 的工单所用规则集 / rule set for tickets without office')
    .option('--json', '输出 JSON / JSON output')
    .option('--csv', '输出 CSV（UTF-8 BOM）/ CSV output')
    .option('--md', '输出 Markdown / Markdown output')
    .option('--out <file>', '写入文件（按扩展名推断格式）/ write the report to a file')
    .action(
      action(async (opts: ImpactCliOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const format = impactFormat(opts);
        const before = loadCalendar({ file: opts.base ?? DEFAULT_CALENDAR_FILE });
        if ((opts.calendar === undefined) === (opts.notice === undefined)) {
          throw new HotlineError('CALENDAR_OPTION_INVALID', {
            zh: '请给出 --calendar <新日历文件> 或 --notice <通知文件> 之一',
            en: 'give one of --calendar <new calendar file> and --notice <notice file>',
          });
        }
        let after: Calendar;
        if (opts.notice !== undefined) {
          const r = calendarWithNotice(
            before,
            readText(opts.notice, { zh: '通知文件', en: 'notice file' }),
            shown(opts.notice),
          );
          if (!r.calendar) {
            printDiagnostics(r.diagnostics, lang);
            return;
          }
          after = r.calendar;
        } else {
          const check = checkFile(opts.calendar!);
          if (!check.data) {
            printDiagnostics(check.diagnostics, lang);
            return;
          }
          after = createCalendar({ data: check.data, revision: check.revision });
        }
        const catalog = loadCatalog(opts.rulesRoot ?? RULES_DIR);
        const collector = createImpactCollector({
          catalog,
          before,
          after,
          asOf: opts.asOf,
          ...(opts.ruleset ? { rulesetId: opts.ruleset } : {}),
        });
        let i = 0;
        for await (const input of ticketSource(opts.tickets).items) collector.add(input, i++);
        const report = renderImpact(collector.result(), format, lang);
        if (opts.out) {
          writeAtomically(opts.out, report);
          process.stderr.write(lang === 'en' ? `written to ${shown(opts.out)}\n` : `已写入 ${shown(opts.out)}\n`);
        } else process.stdout.write(report);
      }),
    );
}
