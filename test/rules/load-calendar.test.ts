import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDayInfo } from '../../engine/calendar/day-info.ts';
import { isWorkingDay } from '../../engine/calendar/is-working-day.ts';
import { HotlineError } from '../../engine/errors.ts';
import { type Diagnostic, formatDiagnostic } from '../../engine/rules/diagnostic.ts';
import { checkCalendarText, loadCalendar } from '../../engine/rules/load-calendar.ts';
import { DEFAULT_CALENDAR_FILE } from '../../engine/rules/paths.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'test/fixtures/calendars';
const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/calendars/${name}`, import.meta.url));

/** Validates a fixture as `test/fixtures/calendars/<name>` (the name shown in diagnostics). */
function check(name: string) {
  return checkCalendarText(readFileSync(fixturePath(name), 'utf8'), `${FIXTURES}/${name}`);
}

/** `file:line:col CODE` of each diagnostic. */
function where(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
}

function expectBilingual(d: Diagnostic): void {
  expect(d.severity).toBe('error');
  expect(d.message.zh.length).toBeGreaterThan(0);
  expect(d.message.en.length).toBeGreaterThan(0);
  expect(d.message.zh).not.toBe(d.message.en);
  expect(d.message.zh).toMatch(/[\u4e00-\u9fff]/);
}

const shipped = loadCalendar();

describe('the shipped calendar (rules/calendars/cn-mainland.yaml)', () => {
  it('validates with zero diagnostics', () => {
    const result = checkCalendarText(readFileSync(DEFAULT_CALENDAR_FILE, 'utf8'), 'rules/calendars/cn-mainland.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.data?.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(result.revision).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads as a frozen calendar whose revision is the sha256 of the file', () => {
    expect(shipped.id).toBe('cn-mainland');
    expect(shipped.noticeYears).toEqual([2025, 2026]);
    expect(Object.isFrozen(shipped)).toBe(true);
    expect(shipped.revision).toBe(checkCalendarText(readFileSync(DEFAULT_CALENDAR_FILE, 'utf8'), 'x').revision);
    expect(loadCalendar().revision).toBe(shipped.revision);
  });

  it('names each year by its State Council notice', () => {
    expect(shipped.data.years[0]?.notice.title).toBe('国务院办公厅关于2025年部分节假日安排的通知');
    expect(shipped.data.years[0]?.notice.number).toBe('国办发明电〔2024〕12号');
    expect(shipped.data.years[1]?.notice.title).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  });
});

describe('a minimal valid fixture', () => {
  it('has no diagnostics and loads', () => {
    expect(check('minimal-valid.yaml').diagnostics).toEqual([]);
    const cal = loadCalendar({ file: fixturePath('minimal-valid.yaml') });
    expect(cal.id).toBe('test-cal');
    // Its 2025 National Day lasts two days only, with Sunday 09-28 as the make-up day.
    expect(isWorkingDay(cal, '2025-10-02')).toBe(false);
    expect(isWorkingDay(cal, '2025-10-03')).toBe(true);
    expect(isWorkingDay(cal, '2025-09-28')).toBe(true);
  });

  it('accepts a notice reaching back into the previous December, and applies it there', () => {
    // The 2012 notice made Saturday 2011-12-31 a working day; 2011 itself has no notice here.
    expect(check('reach-back.yaml').diagnostics).toEqual([]);
    const cal = loadCalendar({ file: fixturePath('reach-back.yaml') });
    expect(getDayInfo(cal, '2011-12-31')).toMatchObject({ weekday: 6, working: true, kind: 'makeup' });
    // 2011 has no notice loaded: provisional even though this one day is known.
    expect(getDayInfo(cal, '2011-12-31').provisional).toBe(true);
    expect(getDayInfo(cal, '2012-01-03')).toMatchObject({ weekday: 2, working: false, kind: 'off' });
  });
});

describe('calendar invariants', () => {
  it('CAL_OFF_AND_MAKEUP across notices: a reach-back make-up day that an earlier notice made a day off', () => {
    // Line 26: `      - { name: { zh: 元旦, en: "New Year's Day" }, off: [2026-01-01], makeup: [2025-12-27] }`;
    // the make-up date starts at column 79 (元旦 counts as two characters).
    const { diagnostics, data } = check('cross-notice-conflict.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/cross-notice-conflict.yaml:26:79 CAL_OFF_AND_MAKEUP`]);
    expect(data).toBeUndefined();
    expectBilingual(diagnostics[0]!);
    expect(diagnostics[0]!.message.en).toContain('2025 notice');
  });

  it('CAL_DATE_OUTSIDE_YEAR: a reach-back before nextNoticeMayChangeFrom (12-25)', () => {
    // Coverage treats 2025-12-06 as final once the 2025 notice is loaded, so the 2026 notice may not change it.
    const { diagnostics } = check('reach-back-too-early.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/reach-back-too-early.yaml:18:79 CAL_DATE_OUTSIDE_YEAR`]);
    expectBilingual(diagnostics[0]!);
  });

  it('CAL_MAKEUP_NOT_WEEKEND: a make-up day on a Monday', () => {
    // Line 20 `        makeup: [2025-09-29]`: 8 spaces + `makeup: [` (9) → the date starts at column 18.
    const { diagnostics, data } = check('makeup-not-weekend.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/makeup-not-weekend.yaml:20:18 CAL_MAKEUP_NOT_WEEKEND`]);
    expect(data).toBeUndefined();
    const d = diagnostics[0]!;
    expectBilingual(d);
    expect(d.message.zh).toContain('2025-09-29');
    expect(d.message.en).toContain('2025-09-29');
    expect(d.pointer).toBe('/years/0/holidays/0/makeup/0');
  });

  it('CAL_OFF_AND_MAKEUP: Saturday 2025-10-04 both off and make-up', () => {
    // Line 20 `        makeup: [2025-09-28, 2025-10-04]`: second item at 18 + 12 = column 30.
    const { diagnostics } = check('off-and-makeup.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/off-and-makeup.yaml:20:30 CAL_OFF_AND_MAKEUP`]);
    expectBilingual(diagnostics[0]!);
    expect(diagnostics[0]!.message.en).toContain('2025-10-04');
  });

  it('CAL_DUPLICATE_DATE: 2025-10-01 listed twice', () => {
    // Line 19 `        off: [2025-10-01, 2025-10-02, 2025-10-01]`: items at 15, 27, 39; the repeat is flagged.
    const { diagnostics } = check('duplicate-date.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/duplicate-date.yaml:19:39 CAL_DUPLICATE_DATE`]);
    expectBilingual(diagnostics[0]!);
  });

  it('CAL_DATE_OUTSIDE_YEAR: 2026-10-02 in the 2025 notice', () => {
    // Line 19 `        off: [2025-10-01, 2026-10-02]`: second item at column 27.
    const { diagnostics } = check('date-outside-year.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/date-outside-year.yaml:19:27 CAL_DATE_OUTSIDE_YEAR`]);
    expectBilingual(diagnostics[0]!);
    expect(diagnostics[0]!.message.en).toContain('2026-10-02');
    expect(diagnostics[0]!.message.en).toContain('2025');
  });

  it('CAL_DUPLICATE_YEAR: the 2025 notice twice', () => {
    // Line 21 `  - year: 2025` (the second entry): the value starts at column 11.
    const { diagnostics } = check('duplicate-year.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/duplicate-year.yaml:21:11 CAL_DUPLICATE_YEAR`]);
    expectBilingual(diagnostics[0]!);
  });
});

describe('schema errors', () => {
  it('SCHEMA_UNKNOWN_KEY points at the key and names it', () => {
    // Line 17 `      remark: 待核实` inside `notice`: the key starts at column 7.
    const { diagnostics } = check('unknown-key.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/unknown-key.yaml:17:7 SCHEMA_UNKNOWN_KEY`]);
    const d = diagnostics[0]!;
    expectBilingual(d);
    expect(d.message.zh).toContain('“remark”');
    expect(d.message.en).toContain('"remark"');
    expect(d.message.en).toContain('years[0].notice');
  });

  it('SCHEMA_REQUIRED points at the parent and names the missing key', () => {
    // The holiday without `makeup` is the map starting at line 18 `      - name: …`, column 9.
    const { diagnostics } = check('missing-key.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/missing-key.yaml:18:9 SCHEMA_REQUIRED`]);
    const d = diagnostics[0]!;
    expectBilingual(d);
    expect(d.message.zh).toContain('“makeup”');
    expect(d.message.en).toContain('"makeup"');
    expect(d.pointer).toBe('/years/0/holidays/0');
  });

  it('SCHEMA_TYPE points at the value', () => {
    // Line 11 `  - year: "2025"`: the quoted value starts at column 11.
    const { diagnostics } = check('wrong-type.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/wrong-type.yaml:11:11 SCHEMA_TYPE`]);
    const d = diagnostics[0]!;
    expectBilingual(d);
    expect(d.message.en).toContain('years[0].year');
    expect(d.message.en).toContain('integer');
  });

  it('a misspelt key gives both errors, sorted by line: the parent misses it, the typo is unknown', () => {
    const { diagnostics } = check('typo-key.yaml');
    expect(where(diagnostics)).toEqual([
      `${FIXTURES}/typo-key.yaml:18:9 SCHEMA_REQUIRED`,
      `${FIXTURES}/typo-key.yaml:20:9 SCHEMA_UNKNOWN_KEY`,
    ]);
    for (const d of diagnostics) expectBilingual(d);
    expect(diagnostics[1]!.message.en).toContain('"makup"');
  });
});

describe('YAML errors', () => {
  it('YAML_SYNTAX: a nested mapping on one line, schema checks skipped', () => {
    // Line 4 `timeZone: Asia: Shanghai`: the offending value starts at column 11.
    const { diagnostics, data } = check('yaml-syntax.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/yaml-syntax.yaml:4:11 YAML_SYNTAX`]);
    expect(data).toBeUndefined();
    const d = diagnostics[0]!;
    expectBilingual(d);
    expect(d.message.zh).toMatch(/^YAML 语法错误：/);
    expect(d.message.en).toMatch(/^YAML syntax error: /);
    // Only the first line of yaml's message is kept.
    expect(d.message.en).not.toContain('\n');
  });

  it('YAML_DUPLICATE_KEY: `id` twice', () => {
    // Line 5 `id: again` repeats line 2's key.
    const { diagnostics } = check('duplicate-key.yaml');
    expect(where(diagnostics)).toEqual([`${FIXTURES}/duplicate-key.yaml:5:1 YAML_DUPLICATE_KEY`]);
    expectBilingual(diagnostics[0]!);
  });

  it('formats a diagnostic as file:line:col: error CODE: message', () => {
    const d = check('makeup-not-weekend.yaml').diagnostics[0]!;
    expect(formatDiagnostic(d, 'en')).toBe(
      `${FIXTURES}/makeup-not-weekend.yaml:20:18: error CAL_MAKEUP_NOT_WEEKEND: ${d.message.en}`,
    );
    expect(formatDiagnostic(d, 'zh')).toBe(
      `${FIXTURES}/makeup-not-weekend.yaml:20:18: error CAL_MAKEUP_NOT_WEEKEND: ${d.message.zh}`,
    );
  });
});

describe('loadCalendar({ file })', () => {
  it('throws CALENDAR_INVALID carrying the diagnostics, the file shown relative to displayRoot', () => {
    let err: unknown;
    try {
      loadCalendar({ file: fixturePath('makeup-not-weekend.yaml'), displayRoot: ROOT });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HotlineError);
    const e = err as HotlineError;
    expect(e.code).toBe('CALENDAR_INVALID');
    expect(e.text.zh).toContain(`${FIXTURES}/makeup-not-weekend.yaml`);
    expect(e.text.en).toBe(`calendar file ${FIXTURES}/makeup-not-weekend.yaml has 1 error(s)`);
    const { diagnostics } = e.details as { diagnostics: Diagnostic[] };
    expect(where(diagnostics)).toEqual([`${FIXTURES}/makeup-not-weekend.yaml:20:18 CAL_MAKEUP_NOT_WEEKEND`]);
  });

  it('reports every broken fixture as CALENDAR_INVALID with the same position as checkCalendarText', () => {
    for (const name of [
      'makeup-not-weekend.yaml',
      'off-and-makeup.yaml',
      'duplicate-date.yaml',
      'date-outside-year.yaml',
      'duplicate-year.yaml',
      'unknown-key.yaml',
      'missing-key.yaml',
      'wrong-type.yaml',
      'typo-key.yaml',
      'yaml-syntax.yaml',
      'duplicate-key.yaml',
    ]) {
      let err: unknown;
      try {
        loadCalendar({ file: fixturePath(name), displayRoot: ROOT });
      } catch (e) {
        err = e;
      }
      expect(err, name).toMatchObject({ code: 'CALENDAR_INVALID' });
      const { diagnostics } = (err as HotlineError).details as { diagnostics: Diagnostic[] };
      expect(where(diagnostics), name).toEqual(where(check(name).diagnostics));
    }
  });

  it('throws CALENDAR_UNREADABLE for a missing file', () => {
    expect(() => loadCalendar({ file: fixturePath('no-such-file.yaml'), displayRoot: ROOT })).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_UNREADABLE',
        text: {
          zh: `无法读取日历文件 ${FIXTURES}/no-such-file.yaml`,
          en: `cannot read the calendar file ${FIXTURES}/no-such-file.yaml`,
        },
      }),
    );
  });
});
