import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Command } from 'commander';
import {
  checkCalendarText,
  DEFAULT_CALENDAR_FILE,
  formatDiagnostic,
  getMonthGrid,
  HotlineError,
  loadCalendar,
} from '../../index.ts';
import { action, langOf, print, printJson } from '../output.ts';

/** `hotline calendar <YYYY-MM>` and `hotline calendar check`. */
export function registerCalendar(program: Command): void {
  const cal = program
    .command('calendar')
    .description('工作日历：月历（休=放假，班=调休上班）或校验日历文件 / working-day calendar')
    .argument('<month|check>', 'YYYY-MM 或 check')
    .option('--file <file>', '日历文件 / calendar file')
    .option('--json', '输出 JSON / print JSON');
  cal.action(
    action((what: string, opts: { file?: string; json?: boolean }, cmd: Command) => {
      const lang = langOf(cmd.optsWithGlobals());
      const file = opts.file ?? DEFAULT_CALENDAR_FILE;
      if (what === 'check') {
        const shown = relative(process.cwd(), file) || file;
        const t0 = performance.now();
        const result = checkCalendarText(readFileSync(file, 'utf8'), shown);
        const ms = Math.round(performance.now() - t0);
        if (opts.json) printJson({ file: shown, ok: result.diagnostics.length === 0, diagnostics: result.diagnostics });
        else for (const d of result.diagnostics) print(formatDiagnostic(d, lang));
        if (result.diagnostics.length > 0) {
          process.exitCode = 1;
          if (!opts.json)
            print(lang === 'en' ? `${result.diagnostics.length} error(s)` : `共 ${result.diagnostics.length} 处错误`);
          return;
        }
        const years = result.data?.years.map((y) => y.year).join(', ');
        if (!opts.json)
          print(
            lang === 'en'
              ? `${shown}: OK (notices for ${years}; ${ms} ms)`
              : `${shown}：校验通过（已载入${years}年通知；用时${ms}毫秒）`,
          );
        return;
      }
      if (!/^\d{4}-\d{2}$/.test(what)) {
        throw new HotlineError('MONTH_INVALID', {
          zh: `“${what}”不是月份，应为 YYYY-MM（如 2025-10）或 check`,
          en: `"${what}" is not a month; expected YYYY-MM (e.g. 2025-10) or check`,
        });
      }
      const grid = getMonthGrid(loadCalendar({ file }), what);
      if (opts.json) printJson(grid);
      else print(renderGrid(grid, lang));
    }),
  );
}

type Grid = ReturnType<typeof getMonthGrid>;

function renderGrid(grid: Grid, lang: 'zh' | 'en'): string {
  // Each cell is five terminal columns: a right-aligned day number and a two-column mark.
  const head = lang === 'en' ? '  Mo   Tu   We   Th   Fr   Sa   Su' : '  一   二   三   四   五   六   日';
  const lines = [`${grid.month}${grid.provisional ? (lang === 'en' ? ' (provisional)' : '（临时推算）') : ''}`, head];
  for (const week of grid.weeks) {
    lines.push(
      week
        .map((d) => {
          if (!d) return '    ';
          const day = String(Number(d.date.slice(8))).padStart(3, ' ');
          const mark =
            d.kind === 'off' ? (lang === 'en' ? 'o' : '休') : d.kind === 'makeup' ? (lang === 'en' ? 'w' : '班') : ' ';
          return `${day}${mark}`;
        })
        .join('')
        .trimEnd(),
    );
  }
  const notes = grid.days
    .filter((d) => d.kind === 'off' || d.kind === 'makeup')
    .map((d) =>
      lang === 'en'
        ? `${d.date} ${d.kind === 'off' ? 'off' : 'make-up working day'} (${d.holiday?.en})`
        : `${d.date} ${d.kind === 'off' ? '休' : '班（调休上班）'} ${d.holiday?.zh}`,
    );
  lines.push('', lang === 'en' ? 'o = day off, w = make-up working day' : '休 = 放假，班 = 调休上班', ...notes);
  return lines.join('\n');
}
