/**
 * Adds one year's State Council notice to a calendar file's text: the notice file is checked
 * (schema, statutory days), the calendar must be valid and not hold that year yet, and the merged
 * text must pass every calendar invariant (a notice reaching back into December must not clash
 * with the year before). The entry is inserted in year order as text in the file's own style, so
 * every other comment and line of the file stays as it was (only a `# <year>: NOT LOADED …`
 * placeholder for that year is dropped). Pure: text in, text out (the CLI writes it).
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from '../../rules/diagnostic.ts';
import { parseYamlSource, positionOf } from '../../rules/yaml-source.ts';
import type { HolidayArrangement, NoticeYear } from '../types.ts';
import { checkCalendarNotices, mapToNotice, noticeDiagnostic } from './check-calendar-notices.ts';
import { parseNoticeText } from './notice-file.ts';
import { checkStatutoryDays } from './statutory-check.ts';

export interface AddNoticeInput {
  calendarText: string;
  calendarFile: string;
  noticeText: string;
  noticeFile: string;
}

export interface AddNoticeResult {
  diagnostics: Diagnostic[];
  /** The new calendar text; undefined when there are errors. */
  text: string | undefined;
  notice: NoticeYear | undefined;
}

const q = (s: string) => JSON.stringify(s);
const list = (dates: string[]) => `[${dates.join(', ')}]`;

/** One `years` entry in the shipped file's style, indented for a dash at column `indent`. */
export function noticeEntryText(n: NoticeYear, indent: number): string {
  const p = ' '.repeat(indent);
  const lines = [
    `${p}- year: ${n.year}`,
    `${p}  notice:`,
    `${p}    title: ${q(n.notice.title)}`,
    `${p}    number: ${n.notice.number === null ? 'null' : q(n.notice.number)}`,
    `${p}    date: ${q(n.notice.date)}`,
    `${p}    urls:`,
    ...n.notice.urls.map((u) => `${p}      - ${q(u)}`),
    `${p}  holidays:`,
    ...n.holidays.flatMap((h: HolidayArrangement) => [
      `${p}    - name: { zh: ${q(h.name.zh)}, en: ${q(h.name.en)} }`,
      `${p}      off: ${list(h.off)}`,
      `${p}      makeup: ${list(h.makeup)}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

const problem = (file: string, code: string, zh: string, en: string, line = 1, col = 1): Diagnostic => ({
  file,
  line,
  col,
  severity: 'error',
  code,
  message: { zh, en },
  pointer: '',
});

/** Where the entry goes: before the first later year, else after the last entry. */
function insertionPoint(text: string, year: number): { offset: number; indent: number; blankBefore: boolean } | null {
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  const root = doc.contents;
  if (!isMap(root)) return null;
  const years = root.get('years', true);
  if (!isSeq(years) || years.flow || years.items.length === 0) return null;
  const items = years.items as Node[];
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const first = items[0]!.range!;
  const indent = first[0] - lineStart(first[0]) - 2;
  for (const item of items) {
    const y = isMap(item) ? item.get('year', true) : undefined;
    if (isScalar(y) && typeof y.value === 'number' && y.value > year) {
      return { offset: lineStart(item.range![0]), indent, blankBefore: false };
    }
  }
  const end = items[items.length - 1]!.range![1];
  const nl = text.indexOf('\n', end - 1);
  return { offset: nl === -1 ? text.length : nl + 1, indent, blankBefore: true };
}

export function addNotice(input: AddNoticeInput): AddNoticeResult {
  const fail = (diagnostics: Diagnostic[], notice?: NoticeYear): AddNoticeResult => ({
    diagnostics,
    text: undefined,
    notice,
  });
  const parsed = parseNoticeText(input.noticeText, input.noticeFile);
  if (!parsed.notice) return fail(parsed.diagnostics);
  const notice = parsed.notice;
  const current = checkCalendarNotices(input.calendarText, input.calendarFile);
  if (!current.data) {
    return fail(
      [
        problem(
          input.calendarFile,
          'CAL_TARGET_INVALID',
          `目标日历文件 ${input.calendarFile} 本身有错误，请先修正（hotline calendar check）`,
          `the target calendar ${input.calendarFile} has errors of its own; fix them first (hotline calendar check)`,
        ),
        ...current.diagnostics,
      ],
      notice,
    );
  }
  const yearPos = positionOf(parsed.src, ['year']);
  if (current.data.years.some((y) => y.year === notice.year)) {
    return fail(
      [
        problem(
          input.noticeFile,
          'CAL_NOTICE_YEAR_LOADED',
          `${input.calendarFile} 已载入${notice.year}年的通知；如需更正，请直接编辑该文件后运行 hotline calendar check`,
          `${input.calendarFile} already holds the notice for ${notice.year}; to correct it, edit the file and run hotline calendar check`,
          yearPos.line,
          yearPos.col,
        ),
      ],
      notice,
    );
  }
  const statutory = checkStatutoryDays(current.data.statutory.holidays, notice).map((p) =>
    noticeDiagnostic(parsed.src, [], p),
  );
  if (statutory.length > 0) return fail(statutory, notice);
  const at = insertionPoint(input.calendarText, notice.year);
  if (!at) {
    return fail(
      [
        problem(
          input.calendarFile,
          'CAL_YEARS_NOT_BLOCK',
          `${input.calendarFile} 的 years 不是非空的块状列表，无法自动插入；请手工添加后运行 hotline calendar check`,
          `years in ${input.calendarFile} is not a non-empty block list; add the notice by hand and run hotline calendar check`,
        ),
      ],
      notice,
    );
  }
  const before = input.calendarText.slice(0, at.offset);
  const head = before.endsWith('\n') || before === '' ? before : `${before}\n`;
  const entry = `${at.blankBefore ? '\n' : ''}${noticeEntryText(notice, at.indent)}${at.blankBefore ? '' : '\n'}`;
  // The placeholder a calendar file keeps for the missing year (`# 2027: NOT LOADED — …`) goes.
  const placeholder = new RegExp(`^#\\s*${notice.year}: NOT LOADED\\b.*(?:\\r?\\n|$)`, 'm');
  const text = (head + entry + input.calendarText.slice(at.offset)).replace(placeholder, '');
  const merged = checkCalendarNotices(text, input.calendarFile);
  if (!merged.data) {
    const index = merged.diagnostics.length > 0 ? yearIndexIn(text, input.calendarFile, notice.year) : -1;
    return fail(mapToNotice(merged.diagnostics, parsed.src, index), notice);
  }
  return { diagnostics: [], text, notice };
}

function yearIndexIn(text: string, file: string, year: number): number {
  const value = parseYamlSource(text, file).value as { years?: { year?: unknown }[] } | undefined;
  return value?.years?.findIndex((y) => y.year === year) ?? -1;
}
