/**
 * Reading assessment input: CSV, YAML and JSON, each with errors that name file, line, column,
 * a stable code and a message in Chinese and English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAssessmentInput,
  type Diagnostic,
  formatDiagnostic,
  HotlineError,
  loadAssessmentInput,
} from '../../engine/index.ts';

const check = (file: string, text: string) => checkAssessmentInput([{ file, text }]);
/** `line:col CODE` of each diagnostic. */
const where = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.col} ${d.code}`);

describe('CSV', () => {
  it('reads rows into months, with %, Chinese headers, flags, quotes, comments and a BOM', () => {
    const text =
      '\uFEFF# comment line\n月份,单位,满意度,集中性热点诉求,媒体曝光\r\n2025-09,"城建中心",89.5%,是,\r\n\r\n2025-09,"房管所, 二科",90,,1\n2025-08,城建中心,91,否,no\n';
    const r = check('s.csv', text);
    expect(r.diagnostics).toEqual([]);
    expect(r.input).toEqual({
      satisfaction: [
        {
          month: '2025-09',
          units: [
            { unit: '城建中心', satisfaction: 89.5, hotspot: true },
            { unit: '房管所, 二科', satisfaction: 90, mediaExposed: true },
          ],
        },
        { month: '2025-08', units: [{ unit: '城建中心', satisfaction: 91 }] },
      ],
    });
  });

  it('bad cells: a number, a range, a month, a flag — each at its line and column, all reported at once', () => {
    const text = [
      'month,unit,satisfaction,hotspot', // 1
      '2025-09,甲,90,', // 2
      '2025-09,乙,abc,', // 3: not a number, col 11
      '2025-09,丙,101,', // 4: > 100
      '2025-9,丁,80,', // 5: month pattern, col 1
      '2025-09,戊,80,maybe', // 6: not a flag, col 14
    ].join('\n');
    const r = check('bad.csv', text);
    expect(r.input).toBeUndefined();
    expect(where(r.diagnostics)).toEqual([
      '3:11 CSV_NOT_A_NUMBER',
      '4:11 SCHEMA_MAXIMUM',
      '5:1 SCHEMA_PATTERN',
      '6:14 CSV_NOT_A_BOOLEAN',
    ]);
    expect(r.diagnostics.map((d) => formatDiagnostic(d, 'zh'))).toEqual([
      'bad.csv:3:11: error CSV_NOT_A_NUMBER: “satisfaction”列的值“abc”不是数字（百分比，如 92.5 或 92.5%）',
      'bad.csv:4:11: error SCHEMA_MAXIMUM: “satisfaction”列：应当为 <= 100',
      'bad.csv:5:1: error SCHEMA_PATTERN: “month”列：应为 YYYY-MM 格式的月份，如 2025-09',
      'bad.csv:6:14: error CSV_NOT_A_BOOLEAN: “hotspot”列的值“maybe”不是是/否，可用 true/false、1/0、yes/no、是/否，或留空',
    ]);
    expect(formatDiagnostic(r.diagnostics[1]!, 'en')).toBe(
      'bad.csv:4:11: error SCHEMA_MAXIMUM: column "satisfaction": must be <= 100',
    );
  });

  it('header problems: unknown, duplicate and missing columns', () => {
    const r = check('h.csv', 'month,unit,satisfction,unit\n2025-09,甲,90,乙\n');
    expect(where(r.diagnostics)).toEqual([
      '1:1 CSV_MISSING_COLUMN',
      '1:12 CSV_UNKNOWN_COLUMN',
      '1:24 CSV_DUPLICATE_COLUMN',
    ]);
    expect(r.diagnostics[0]!.message.en).toBe('the header lacks the column "satisfaction"');
  });

  it('rows with the wrong number of fields, an unclosed quote, an empty file', () => {
    expect(where(check('f.csv', 'month,unit,satisfaction\n2025-09,甲\n2025-09,乙,90,x\n').diagnostics)).toEqual([
      '2:9 CSV_FIELD_COUNT',
      '3:14 CSV_FIELD_COUNT',
    ]);
    const q = check('q.csv', 'month,unit,satisfaction\n2025-09,乙,90\n2025-09,"丙,80\n');
    expect(where(q.diagnostics)).toEqual(['3:9 CSV_SYNTAX']);
    expect(q.diagnostics[0]!.message).toEqual({ zh: '引号未闭合', en: 'unclosed quote' });
    expect(where(check('e.csv', '# only a comment\n').diagnostics)).toEqual(['1:1 CSV_EMPTY']);
    expect(where(check('n.csv', 'month,unit,satisfaction\n').diagnostics)).toEqual(['1:1 CSV_NO_ROWS']);
  });

  it('a unit twice in a month is an error at the second row', () => {
    const r = check('d.csv', 'month,unit,satisfaction\n2025-09,甲,90\n2025-08,甲,91\n2025-09,甲,91\n');
    expect(where(r.diagnostics)).toEqual(['4:9 ASSESS_DUPLICATE_UNIT']);
    expect(r.diagnostics[0]!.message.zh).toBe('2025-09中单位“甲”出现两次');
  });
});

describe('YAML', () => {
  it('syntax errors at their line, schema errors at the offending key or item', () => {
    // The unclosed `[` is on line 3, col 12 (after `    units: `), not where the parser gives up (4:1).
    expect(where(check('s.yaml', 'satisfaction:\n  - month: 2025-09\n    units: [\n').diagnostics)).toEqual([
      '3:12 YAML_SYNTAX',
    ]);
    const text = [
      'satisfaction:', // 1
      '  - month: 2025-09', // 2
      '    units:', // 3
      '      - unit: 甲', // 4
      '        satisfaction: 90', // 5
      '        hotspt: true', // 6: unknown key
      '      - unit: 乙', // 7: satisfaction missing
      'publications:', // 8
      '  - { policy: P, published: 2025-09-31 }', // 9 (schema passes; semantic check later)
    ].join('\n');
    const r = check('k.yaml', text);
    expect(where(r.diagnostics)).toEqual(['6:9 SCHEMA_UNKNOWN_KEY', '7:9 SCHEMA_REQUIRED']);
    expect(r.diagnostics[0]!.message.zh).toBe(
      'satisfaction[0].units[0] 中不允许出现字段“hotspt”（未知字段，可能拼写错误）',
    );
    expect(r.diagnostics[1]!.message.en).toBe('satisfaction[0].units[1] is missing the required key "satisfaction"');
  });

  it('semantic errors: impossible dates, month and revisit date disagreeing, no month at all', () => {
    const text = [
      'cityUnsatisfied:', // 1
      '  - { ticketId: T1, unit: 甲, month: 2025-09, revisitedAt: 2025-10-02 }', // 2
      '  - { ticketId: T2, unit: 甲 }', // 3
      '  - { ticketId: T3, unit: 甲, revisitedAt: 2025-02-30 }', // 4
      'publications:', // 5
      '  - { policy: P, published: 2025-09-31 }', // 6
    ].join('\n');
    const r = check('m.yaml', text);
    expect(where(r.diagnostics)).toEqual([
      '2:37 ASSESS_MONTH_MISMATCH',
      '3:5 ASSESS_TICKET_MONTH_MISSING',
      '4:43 ASSESS_DATE_INVALID',
      '6:29 ASSESS_DATE_INVALID',
    ]);
    expect(r.diagnostics[0]!.message.zh).toBe('工单T1的 month 2025-09 与回访日期 2025-10-02 所在月份不一致');
  });

  it('a pattern failure says what is expected', () => {
    const r = check('p.yaml', 'cityUnsatisfied:\n  - { ticketId: T1, unit: " ", revisitedAt: yesterday }\n');
    expect(r.diagnostics.map((d) => d.message.en)).toEqual([
      'cityUnsatisfied[0].unit must not be blank',
      'cityUnsatisfied[0].revisitedAt must be a date YYYY-MM-DD or an ISO 8601 instant, e.g. 2025-09-22T10:00:00+08:00',
    ]);
  });

  it('nothing to assess is an error', () => {
    expect(where(check('e.yaml', '# nothing\n{}\n').diagnostics)).toEqual(['1:1 ASSESS_INPUT_EMPTY']);
  });
});

describe('JSON', () => {
  it('a syntax error at its line and column', () => {
    const text =
      '{\n  "cityUnsatisfied": [\n    { "ticketId": "T1", "unit": "甲", "month": "2025-09" },\n    { "ticketId": "T2" "unit": "乙" }\n  ]\n}\n';
    const r = check('s.json', text);
    expect(where(r.diagnostics)).toEqual(['4:24 JSON_SYNTAX']);
    expect(r.diagnostics[0]!.message.en).toBe("JSON syntax error: Expected ',' or '}' after property value");
    expect(where(check('t.json', '{"publications": [').diagnostics)).toEqual(['1:19 JSON_SYNTAX']);
  });

  it('schema errors at the value, with a $schema key allowed', () => {
    const text =
      '{\n  "$schema": "../rules/schema/assessment-input.schema.json",\n  "cityUnsatisfied": [\n    { "ticketId": "T1", "unit": "甲", "month": 202509 }\n  ]\n}\n';
    const r = check('v.json', text);
    expect(where(r.diagnostics)).toEqual(['4:47 SCHEMA_TYPE']);
    expect(r.diagnostics[0]!.message.en).toBe('cityUnsatisfied[0].month must be string');
  });
});

describe('several files', () => {
  it('merges them, and reports a month or a ticket given twice across files', () => {
    const ok = checkAssessmentInput([
      { file: 'a.csv', text: 'month,unit,satisfaction\n2025-09,甲,90\n' },
      { file: 'b.yaml', text: 'cityUnsatisfied:\n  - { ticketId: T1, unit: 甲, month: 2025-09 }\n' },
    ]);
    expect(ok.input).toEqual({
      satisfaction: [{ month: '2025-09', units: [{ unit: '甲', satisfaction: 90 }] }],
      cityUnsatisfied: [{ ticketId: 'T1', unit: '甲', month: '2025-09' }],
    });
    const bad = checkAssessmentInput([
      { file: 'a.csv', text: 'month,unit,satisfaction\n2025-09,甲,90\n' },
      {
        file: 'b.yaml',
        text: 'satisfaction:\n  - month: 2025-09\n    units: [{ unit: 甲, satisfaction: 80 }]\ncityUnsatisfied:\n  - { ticketId: T1, unit: 甲, month: 2025-09 }\n  - { ticketId: T1, unit: 乙, revisitedAt: 2025-09-03 }\n',
      },
    ]);
    expect(bad.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'b.yaml:2:12 ASSESS_DUPLICATE_MONTH',
      'b.yaml:6:17 ASSESS_DUPLICATE_TICKET',
    ]);
    expect(bad.diagnostics[0]!.message.zh).toBe('2025-09的满意度数据重复出现（首次在 a.csv:2）');
  });

  it('an unknown extension is an error', () => {
    expect(where(check('x.txt', 'x').diagnostics)).toEqual(['1:1 ASSESS_INPUT_FORMAT']);
  });
});

describe('loadAssessmentInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-input-'));

  it('throws ASSESS_INPUT_INVALID carrying the diagnostics', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'month,unit,satisfaction\n2025-09,甲,x\n');
    try {
      loadAssessmentInput(file, { displayRoot: dir });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HotlineError);
      const err = e as HotlineError;
      expect(err.code).toBe('ASSESS_INPUT_INVALID');
      expect(err.text).toEqual({ zh: '输入文件 bad.csv 有 1 处错误', en: 'input bad.csv has 1 error(s)' });
      const ds = (err.details as { diagnostics: Diagnostic[] }).diagnostics;
      expect(ds.map((d) => formatDiagnostic(d, 'en'))).toEqual([
        'bad.csv:2:11: error CSV_NOT_A_NUMBER: column "satisfaction": "x" is not a number (a percentage such as 92.5 or 92.5%)',
      ]);
    }
  });

  it('throws ASSESS_INPUT_UNREADABLE for a missing file', () => {
    expect(() => loadAssessmentInput(join(dir, 'missing.yaml'), { displayRoot: dir })).toThrow(
      expect.objectContaining({ code: 'ASSESS_INPUT_UNREADABLE' }),
    );
  });
});
