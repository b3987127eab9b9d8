import type { Command } from 'commander';
import { due, explainDue, loadCalendar } from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';

interface DeadlineOptions {
  from: string;
  add: string;
  json?: boolean;
  strict?: boolean;
  naturalDays?: 'keep' | 'next-working-day';
  calendar?: string;
}

/** `hotline deadline --from <instant> --add "<period>"` — one due date with its explanation. */
export function registerDeadline(program: Command): void {
  program
    .command('deadline')
    .description('计算期限：起算时刻 + 期限 → 截止日期及说明 / due date of a period')
    .requiredOption('--from <instant>', '起算时刻（ISO 8601，不带时区按北京时间）/ anchor instant')
    .requiredOption('--add <period>', '期限，如 5个工作日、20小时、3个自然日、5 workdays / period')
    .option('--json', '输出 JSON / print JSON')
    .option('--strict', '严格模式：未载入国务院通知的年份拒绝计算 / refuse provisional years')
    .option(
      '--natural-days <mode>',
      '自然日末日遇休息日：keep（不顺延）或 next-working-day（顺延）/ a natural-day period ending on a rest day: keep, or next-working-day',
      'keep',
    )
    .option('--calendar <file>', '日历文件 / calendar file')
    .action(
      action((opts: DeadlineOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const calendar = loadCalendar(opts.calendar ? { file: opts.calendar } : {});
        const naturalDayEndOnHoliday = opts.naturalDays === 'next-working-day' ? 'next-working-day' : 'keep';
        const d = due(opts.from, opts.add, {
          calendar,
          counting: { strict: opts.strict === true, naturalDayEndOnHoliday },
        });
        const explanation = explainDue(d, lang);
        if (opts.json) {
          printJson({
            dueDate: d.dueDate,
            dueAt: d.dueAt,
            provisional: d.provisional,
            explanation,
            anchorAt: d.anchorAt,
            period: d.period,
            counting: d.counting,
            skipped: d.skipped,
            makeupCounted: d.makeupCounted,
            warnings: d.warnings.map((w) => (lang === 'en' ? w.en : w.zh)),
            calendarRevision: calendar.revision,
          });
          return;
        }
        print(lang === 'en' ? `Due date: ${d.dueDate} (until ${d.dueAt})` : `截止日期：${d.dueDate}（${d.dueAt}前）`);
        if (d.provisional) print(lang === 'en' ? 'PROVISIONAL' : '【临时结果】');
        print(explanation);
      }),
    );
}
