import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../engine/rules/diagnostic.ts';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';
import { caseFiles, loadCases } from '../../engine/testing/load-cases.ts';

const FIXTURES = join(PACKAGE_ROOT, 'fixtures/tickets');

/** Clauses the ticket fixtures must cover (the evaluable clauses that concern a single ticket). */
const TICKET_CLAUSES = [
  '2.1',
  '2.2',
  '2.4',
  '2.5',
  '3.1',
  '3.2.1',
  '3.2.2',
  '3.2.3',
  '3.2.4',
  '3.2.5',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
];

const TICKET = `
    id: SS-1
    received: 2025-09-30T08:30:00+08:00
    dispatched: 2025-09-30T09:00:00+08:00
    accepted: 2025-09-30T10:00:00+08:00
    channel: hotline
    urgency: 一般
    tags: []`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-cases-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

describe('the shipped ticket fixtures', () => {
  const loaded = loadCases(FIXTURES, { displayRoot: PACKAGE_ROOT });

  it('all load without a diagnostic', () => {
    expect(loaded.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([]);
  });

  it('hold at least 40 cases with Chinese names, each naming its clauses', () => {
    expect(loaded.cases.length).toBeGreaterThanOrEqual(40);
    for (const c of loaded.cases) {
      expect(c.name, c.name).toMatch(/[\u4e00-\u9fff]/);
      expect(c.clauses.length, c.name).toBeGreaterThan(0);
    }
  });

  it('cover every evaluable single-ticket clause', () => {
    const covered = new Set(loaded.cases.flatMap((c) => c.clauses));
    expect(TICKET_CLAUSES.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('cover the calendar edges: National Day 2025, Spring Festival 2026, a weekend acceptance, 2027', () => {
    const accepted = loaded.cases.map((c) => c.ticket.accepted ?? '');
    expect(accepted.some((a) => a.startsWith('2025-09-30'))).toBe(true);
    expect(accepted.some((a) => a.startsWith('2026-02-14'))).toBe(true);
    expect(accepted.some((a) => a.startsWith('2025-11-22'))).toBe(true); // an ordinary Saturday
    const provisional = loaded.cases.filter((c) => c.expect.provisional === true);
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((c) => c.expect.warnings !== undefined && c.expect.warnings !== 0)).toBe(true);
  });

  it('skip `_tickets/` (shared ticket files, not cases)', () => {
    expect(caseFiles(FIXTURES).some((f) => f.includes('_tickets'))).toBe(false);
    expect(loaded.cases.some((c) => c.ticketFile?.startsWith('fixtures/tickets/_tickets/'))).toBe(true);
  });
});

describe('loadCases', () => {
  it('loads one case per file or a list of cases, with file and line', () => {
    const dir = folder({
      'one.yaml': `name: 单个用例\nasOf: 2025-10-01T00:00:00+08:00\nticket:${TICKET}\nexpect: { ticketType: normal }\n`,
      'list.yaml': `- name: 第一个\n  asOf: 2025-10-01T00:00:00+08:00\n  ticketFile: _t/t.yaml\n  expect: {}\n- name: 第二个\n  asOf: 2025-10-02T00:00:00+08:00\n  ticketFile: _t/t.yaml\n  expect: { escalation: null }\n`,
      '_t/t.yaml': TICKET.replace(/\n {4}/g, '\n').trimStart(),
      'notes.txt': 'not a case',
    });
    const { cases, diagnostics, files } = loadCases(dir, { displayRoot: dir });
    expect(diagnostics).toEqual([]);
    expect(files).toEqual(['list.yaml', 'one.yaml']);
    expect(cases.map((c) => [c.name, c.file, c.line])).toEqual([
      ['第一个', 'list.yaml', 1],
      ['第二个', 'list.yaml', 5],
      ['单个用例', 'one.yaml', 1],
    ]);
    expect(cases[0]?.ticket.id).toBe('SS-1');
    expect(cases[0]?.ticketFile).toBe('_t/t.yaml');
    expect(cases[1]?.expect).toEqual({ escalation: null });
  });

  it('reports bad cases as file:line:col diagnostics and keeps the good ones', () => {
    const dir = folder({
      'a-unknown.yaml': [
        '- name: 好用例',
        '  asOf: 2025-10-01T00:00:00+08:00',
        `  ticket:${TICKET.replace(/\n {4}/g, '\n    ')}`,
        '  expect: {}',
        '- name: 坏用例',
        '  asOf: 2025-10-01T00:00:00+08:00',
        `  ticket:${TICKET.replace(/\n {4}/g, '\n    ')}`,
        '  expect:',
        '    deadline: { complete: { dueDate: 2025-10-14 } }',
        '',
      ].join('\n'),
      'b-phone.yaml': `name: 含个人信息\nasOf: 2025-10-01T00:00:00+08:00\nticket:${TICKET}\n    citizenPhone: "13800000000"\nexpect: {}\n`,
      'c-order.yaml': `name: 顺序错误\nasOf: 2025-10-01T00:00:00+08:00\nticket:${TICKET}\n    completed: 2025-09-30T09:30:00+08:00\nexpect: {}\n`,
      'd-source.yaml': `name: 两种来源\nasOf: 2025-10-01T00:00:00+08:00\nticketFile: _t/none.yaml\nticket:${TICKET}\nexpect: {}\n`,
      'e-missing.yaml': 'name: 缺文件\nasOf: 2025-10-01T00:00:00+08:00\nticketFile: _t/none.yaml\nexpect: {}\n',
      'f-badfile.yaml': 'name: 坏工单文件\nasOf: 2025-10-01T00:00:00+08:00\nticketFile: _t/bad.yaml\nexpect: {}\n',
      '_t/bad.yaml': 'id: SS-2\nreceived: yesterday\nchannel: hotline\nurgency: 一般\ntags: []\n',
      'g-syntax.yaml': 'name: [unclosed\n',
      'h-asof.yaml': `name: 坏时间\nasOf: 2025-02-30T00:00:00+08:00\nticket:${TICKET}\nexpect: {}\n`,
      'i-dup.yaml': `name: 好用例\nasOf: 2025-10-01T00:00:00+08:00\nticket:${TICKET}\nexpect: {}\n`,
    });
    const { cases, diagnostics } = loadCases(dir, { displayRoot: dir });
    // the good first case of a-unknown.yaml loads; its bad sibling and every other file do not
    expect(cases.map((c) => [c.name, c.file])).toEqual([['好用例', 'a-unknown.yaml']]);
    const lines = diagnostics.map((d) => formatDiagnostic(d, 'en'));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^a-unknown\.yaml:23:5: error SCHEMA_UNKNOWN_KEY: .*"deadline"/),
        expect.stringMatching(
          /^b-phone\.yaml:11:5: error SCHEMA_UNKNOWN_KEY: field citizenPhone is not allowed.*2\.10/,
        ),
        expect.stringMatching(/^c-order\.yaml:11:16: error TICKET_ORDER: completed .* is before accepted/),
        expect.stringMatching(/^d-source\.yaml:1:1: error CASE_TICKET_SOURCE: /),
        expect.stringMatching(/^e-missing\.yaml:3:13: error CASE_TICKET_FILE_UNREADABLE: .*_t\/none\.yaml/),
        expect.stringMatching(/^_t\/bad\.yaml:2:11: error TICKET_TIMESTAMP_INVALID: received: "yesterday"/),
        expect.stringMatching(/^f-badfile\.yaml:3:13: error CASE_TICKET_FILE_INVALID: /),
        expect.stringMatching(/^g-syntax\.yaml:\d+:\d+: error YAML_SYNTAX: /),
        expect.stringMatching(/^h-asof\.yaml:2:7: error CASE_ASOF_INVALID: /),
        expect.stringMatching(/^i-dup\.yaml:1:7: error CASE_DUPLICATE_NAME: .*a-unknown\.yaml:1/),
      ]),
    );
    expect(diagnostics.every((d) => d.message.zh.length > 0 && d.message.en.length > 0)).toBe(true);
  });

  it('says plainly when a time or a date of a case is malformed', () => {
    const dir = folder({
      'a.yaml': `name: 坏时间\nasOf: now\nticket:${TICKET}\nexpect:\n  deadlines:\n    complete: { dueDate: 2025-02-30, dueAt: tomorrow }\n`,
    });
    const lines = loadCases(dir, { displayRoot: dir }).diagnostics.map((d) => formatDiagnostic(d, 'en'));
    expect(lines).toEqual([
      'a.yaml:2:7: error CASE_TIME_INVALID: asOf must be an ISO 8601 date-time such as 2025-10-15T00:00:00+08:00',
      'a.yaml:13:26: error CASE_DATE_INVALID: dueDate must be a real date written YYYY-MM-DD, such as 2025-10-14',
      'a.yaml:13:45: error CASE_TIME_INVALID: dueAt must be an ISO 8601 date-time such as 2025-10-15T00:00:00+08:00',
    ]);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => loadCases(join(tmpdir(), 'no-such-hotline-cases'))).toThrow(/CASES_DIR_NOT_FOUND/);
  });
});
