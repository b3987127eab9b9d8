import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type Calendar, createCalendar } from '../calendar/calendar.ts';
import { isWeekend, toDayNumber } from '../calendar/day-number.ts';
import type { CalendarData } from '../calendar/types.ts';
import { HotlineError } from '../errors.ts';
import type { Text } from '../i18n.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic.ts';
import { DEFAULT_CALENDAR_FILE } from './paths.ts';
import { schemaDiagnostics } from './schema-check.ts';
import { validatorFor } from './schemas.ts';
import { type PathSegment, parseYamlSource, positionOf, type YamlSource } from './yaml-source.ts';

export interface CalendarCheck {
  diagnostics: Diagnostic[];
  data: CalendarData | undefined;
  revision: string;
}

/** Validates calendar YAML text: syntax, schema, then the calendar's invariants. */
export function checkCalendarText(text: string, file: string): CalendarCheck {
  const revision = createHash('sha256').update(text).digest('hex');
  const src = parseYamlSource(text, file);
  if (src.diagnostics.length > 0) return { diagnostics: src.diagnostics, data: undefined, revision };
  const schema = schemaDiagnostics(validatorFor('calendar.schema.json'), src);
  if (schema.length > 0) return { diagnostics: sortDiagnostics(schema), data: undefined, revision };
  const data = src.value as CalendarData;
  const diagnostics = sortDiagnostics(invariantDiagnostics(src, data));
  return { diagnostics, data: hasErrors(diagnostics) ? undefined : data, revision };
}

function invariantDiagnostics(src: YamlSource, data: CalendarData): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: PathSegment[], code: string, message: Text) => {
    const pos = positionOf(src, path);
    out.push({ file: src.file, ...pos, severity: 'error', code, message, pointer: `/${path.join('/')}` });
  };
  const years = new Set<number>();
  // Dates across all notices: a notice may reach back into the previous December, so the same date
  // can appear in two notices; that is a conflict too.
  const seenAll = new Map<string, { kind: 'off' | 'makeup'; year: number }>();
  const [tailMonth, tailDay] = data.nextNoticeMayChangeFrom.split('-').map(Number) as [number, number];
  data.years.forEach((y, yi) => {
    if (years.has(y.year)) {
      report(['years', yi, 'year'], 'CAL_DUPLICATE_YEAR', {
        zh: `${y.year}年的通知重复出现`,
        en: `the notice for ${y.year} appears twice`,
      });
    }
    years.add(y.year);
    const seen = new Map<string, string>();
    y.holidays.forEach((h, hi) => {
      for (const kind of ['off', 'makeup'] as const) {
        h[kind].forEach((date, di) => {
          const path = ['years', yi, 'holidays', hi, kind, di];
          const year = Number(date.slice(0, 4));
          const month = Number(date.slice(5, 7));
          const day = Number(date.slice(8, 10));
          if (!(year === y.year || (year === y.year - 1 && month === tailMonth && day >= tailDay))) {
            report(path, 'CAL_DATE_OUTSIDE_YEAR', {
              zh: `${date} 不在${y.year}年内（通知只能涉及本年及上一年${tailMonth}月${tailDay}日起的日期，见 nextNoticeMayChangeFrom）`,
              en: `${date} is outside ${y.year} (a notice may only touch its year and the previous year from ${data.nextNoticeMayChangeFrom} on, see nextNoticeMayChangeFrom)`,
            });
          }
          const other = seenAll.get(date);
          if (other && other.year !== y.year) {
            report(path, other.kind === kind ? 'CAL_DUPLICATE_DATE' : 'CAL_OFF_AND_MAKEUP', {
              zh: `${date} 已在${other.year}年通知中列为${other.kind === 'off' ? '放假日' : '调休上班日'}`,
              en: `${date} is already listed in the ${other.year} notice as a ${other.kind === 'off' ? 'day off' : 'make-up working day'}`,
            });
          }
          seenAll.set(date, { kind, year: y.year });
          const before = seen.get(date);
          if (before === kind) {
            report(path, 'CAL_DUPLICATE_DATE', { zh: `${date} 重复列出`, en: `${date} is listed twice` });
          } else if (before) {
            report(path, 'CAL_OFF_AND_MAKEUP', {
              zh: `${date} 既是放假日又是调休上班日`,
              en: `${date} is both a day off and a make-up working day`,
            });
          }
          seen.set(date, kind);
          if (kind === 'makeup' && !isWeekend(toDayNumber(date))) {
            report(path, 'CAL_MAKEUP_NOT_WEEKEND', {
              zh: `调休上班日 ${date} 不是周末（周一至周五本就是工作日）`,
              en: `make-up working day ${date} is not a weekend day (Monday–Friday are working days anyway)`,
            });
          }
        });
      }
    });
  });
  return out;
}

export interface LoadCalendarOptions {
  /** Defaults to the shipped `rules/calendars/cn-mainland.yaml`. */
  file?: string;
  /** Shown in diagnostics instead of the absolute path. */
  displayRoot?: string;
  /** The checks to run (default `checkCalendarText`; the service adds the statutory-days check). */
  check?: (text: string, file: string) => CalendarCheck;
}

/** Reads, validates and builds a calendar; throws `CALENDAR_INVALID` with every diagnostic. */
export function loadCalendar(options: LoadCalendarOptions = {}): Calendar {
  const file = options.file ?? DEFAULT_CALENDAR_FILE;
  const shown = relative(options.displayRoot ?? process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new HotlineError('CALENDAR_UNREADABLE', {
      zh: `无法读取日历文件 ${shown}`,
      en: `cannot read the calendar file ${shown}`,
    });
  }
  const check = (options.check ?? checkCalendarText)(text, shown);
  if (!check.data) {
    throw new HotlineError(
      'CALENDAR_INVALID',
      {
        zh: `日历文件 ${shown} 有 ${check.diagnostics.length} 处错误`,
        en: `calendar file ${shown} has ${check.diagnostics.length} error(s)`,
      },
      { diagnostics: check.diagnostics },
    );
  }
  return createCalendar({ data: check.data, revision: check.revision });
}
