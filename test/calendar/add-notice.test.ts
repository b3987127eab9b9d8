/**
 * `addNotice`: a notice file is checked (schema, statutory days), the calendar must be valid and
 * not hold the year, the merged calendar must pass every invariant; the entry goes in year order
 * and every line of the file stays as it was. Errors point at the notice file's own line:col.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addNotice,
  checkCalendarNotices,
  checkCalendarText,
  createCalendar,
  getDayInfo,
  loadCalendar,
} from '../../engine/index.ts';

const SHIPPED = 'rules/calendars/cn-mainland.yaml';
const FIXTURE = 'test/fixtures/calendars/hypothetical-2027-notice.yaml';
const shipped = readFileSync(SHIPPED, 'utf8');
const fixture = readFileSync(FIXTURE, 'utf8');
const add = (calendarText: string, noticeText: string) =>
  addNotice({ calendarText, calendarFile: 'cal.yaml', noticeText, noticeFile: 'notice.yaml' });
/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('addNotice', () => {
  it('appends the hypothetical 2027 notice after 2026, keeping every line of the file', () => {
    const r = add(shipped, fixture);
    expect(r.diagnostics).toEqual([]);
    const text = r.text!;
    // Everything up to the placeholder comment is kept as it was; the placeholder for 2027 goes.
    const cut = shipped.indexOf('# 2027: NOT LOADED');
    expect(cut).toBeGreaterThan(0);
    expect(text.startsWith(shipped.slice(0, cut))).toBe(true);
    expect(text).not.toContain('NOT LOADED');
    expect(text.slice(cut)).toMatch(/^\n {2}- year: 2027\n/);
    const check = checkCalendarNotices(text, 'cal.yaml');
    expect(check.diagnostics).toEqual([]);
    expect(check.data?.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const cal = createCalendar({ data: check.data!, revision: check.revision });
    // The notice reaches back: Thu 2026-12-31 becomes a day off, Sat 2027-01-09 a working day.
    expect(getDayInfo(cal, '2026-12-31')).toMatchObject({ kind: 'off', working: false, provisional: false });
    expect(getDayInfo(cal, '2027-01-09')).toMatchObject({ kind: 'makeup', working: true, provisional: false });
    expect(getDayInfo(cal, '2027-02-10')).toMatchObject({ kind: 'off', provisional: false });
    // Before: 2026-12-31 is a provisional working day, 2027-02-10 an ordinary Wednesday.
    const before = loadCalendar();
    expect(getDayInfo(before, '2026-12-31')).toMatchObject({ kind: 'workday', provisional: true });
    expect(getDayInfo(before, '2027-02-10')).toMatchObject({ kind: 'workday', provisional: true });
  });

  it('inserts a notice before a later year (2026 added to a file holding 2025 and 2027)', () => {
    const from = shipped.indexOf('  - year: 2026');
    const to = shipped.indexOf('# 2027: NOT LOADED');
    const without2026 = add(shipped.slice(0, from) + shipped.slice(to), fixture).text!;
    const y2026 = loadCalendar().data.years.find((y) => y.year === 2026)!;
    // JSON is YAML: a notice file may be JSON.
    const r = add(without2026, JSON.stringify(y2026));
    expect(r.diagnostics).toEqual([]);
    const data = checkCalendarText(r.text!, 'cal.yaml').data!;
    expect(data.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(data.years[1]).toEqual(y2026);
  });

  it('refuses a year the calendar already holds, at the notice file’s year', () => {
    const r = add(shipped, fixture.replace('year: 2027', 'year: 2026'));
    expect(r.text).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { file: 'notice.yaml', line: lineOf(fixture, 'year: 2027'), col: 7, code: 'CAL_NOTICE_YEAR_LOADED' },
    ]);
  });

  it('reports a schema error (a misspelt key) at its line and column, in both languages', () => {
    const bad = fixture.replace('    makeup: [2027-04-25] # Sun', '    makup: [2027-04-25]');
    const r = add(shipped, bad);
    expect(r.text).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'SCHEMA_UNKNOWN_KEY');
    expect(d).toMatchObject({ file: 'notice.yaml', line: lineOf(bad, 'makup:'), col: 5 });
    expect(d?.message.en).toContain('"makup"');
    expect(d?.message.zh).toContain('“makup”');
    expect(r.diagnostics.map((x) => x.code)).toContain('SCHEMA_REQUIRED');
  });

  it('reports a statutory mismatch at the holiday’s days off in the notice file', () => {
    const bad = fixture.replace('makeup: [2027-09-26, 2027-10-09]', 'makeup: [2027-09-26]');
    const r = add(shipped, bad);
    expect(r.diagnostics).toMatchObject([
      { file: 'notice.yaml', line: lineOf(bad, 'off: [2027-10-01'), col: 10, code: 'CAL_STATUTORY_DAYS_MISMATCH' },
    ]);
  });

  it('maps an invariant of the merged calendar back to the notice file (a make-up day before 12-25 of 2026)', () => {
    // Sun 2026-12-20 balances the statutory count (2 weekdays off − 1 = 1) but lies before
    // nextNoticeMayChangeFrom (12-25), so no 2027 notice may touch it.
    const bad = fixture.replace('makeup: [2027-01-09]', 'makeup: [2026-12-20]');
    const r = add(shipped, bad);
    expect(r.diagnostics).toMatchObject([
      {
        file: 'notice.yaml',
        line: lineOf(bad, 'makeup: [2026-12-20]'),
        code: 'CAL_DATE_OUTSIDE_YEAR',
        pointer: '/holidays/0/makeup/0',
      },
    ]);
  });

  it('refuses to add to a calendar that is itself invalid', () => {
    const broken = shipped.replace('makeup: [2026-01-04]', 'makeup: [2026-01-05]');
    const r = add(broken, fixture);
    expect(r.diagnostics[0]?.code).toBe('CAL_TARGET_INVALID');
    expect(r.diagnostics.map((d) => d.code)).toContain('CAL_MAKEUP_NOT_WEEKEND');
  });
});
