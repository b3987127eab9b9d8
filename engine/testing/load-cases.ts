import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import { type TicketIssue, ticketIssues } from '../evaluate/parse-ticket.ts';
import type { Ticket } from '../evaluate/types.ts';
import type { Text } from '../i18n.ts';
import { type Diagnostic, sortDiagnostics } from '../rules/diagnostic.ts';
import { schemaDiagnostics } from '../rules/schema-check.ts';
import { validatorFor } from '../rules/schemas.ts';
import { type PathSegment, parseYamlSource, positionOf, type YamlSource } from '../rules/yaml-source.ts';
import type { CaseExpectation, TicketCase } from './types.ts';

export interface LoadCasesResult {
  /** Every valid case, in file order (files sorted by path). */
  cases: TicketCase[];
  /** Problems of invalid case files and ticket files (`file:line:col`); their cases are left out. */
  diagnostics: Diagnostic[];
  /** The case files read. */
  files: string[];
}

export interface LoadCasesOptions {
  /** Paths in diagnostics are shown relative to this (default: the working directory). */
  displayRoot?: string;
}

const CASE_EXT = /\.(ya?ml|json)$/;

/**
 * Case files under `dir`: `*.yaml`, `*.yml`, `*.json`, recursively, skipping files and folders whose
 * name starts with `_` or `.` (`_tickets/` holds shared ticket files, not cases).
 */
export function caseFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new HotlineError('CASES_DIR_NOT_FOUND', {
      zh: `测试用例目录 ${dir} 不存在`,
      en: `the test case folder ${dir} does not exist`,
    });
  }
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (CASE_EXT.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Loads and validates the test cases of a folder. Each file holds one case or a list of cases
 * (`rules/schema/case.schema.json`); a case's ticket is inline (`ticket`) or in a file
 * (`ticketFile`, relative to the case file). A file or case with problems yields diagnostics with
 * `file:line:col` and is left out; the others load.
 */
export function loadCases(dir: string, options: LoadCasesOptions = {}): LoadCasesResult {
  const root = options.displayRoot ?? process.cwd();
  const shown = (p: string) => relative(root, p) || p;
  const files = caseFiles(dir);
  const cases: TicketCase[] = [];
  const diagnostics: Diagnostic[] = [];
  const ticketCache = new Map<string, { ticket?: Ticket; diagnostics: Diagnostic[] }>();
  // The case schema refers to the ticket schema by its relative id: compile that one first.
  validatorFor('ticket.schema.json');
  const validate = validatorFor('case.schema.json');
  const names = new Map<string, string>();

  for (const file of files) {
    const src = parseYamlSource(readFileSync(file, 'utf8'), shown(file));
    if (src.diagnostics.length > 0) {
      diagnostics.push(...src.diagnostics);
      continue;
    }
    // Schema problems inside an inline ticket are reported by `ticketIssues` below (clearer messages,
    // plus the order checks); the others belong to the file (root) or to one case of a list.
    const isList = Array.isArray(src.value);
    const schema = readableTimes(
      schemaDiagnostics(validate, src).filter((d) => !/^(\/\d+)?\/ticket(\/|$)/.test(d.pointer)),
    );
    const itemOf = (d: Diagnostic) => (isList ? /^\/(\d+)(\/|$)/.exec(d.pointer)?.[1] : '0');
    if (schema.some((d) => itemOf(d) === undefined)) {
      diagnostics.push(...schema);
      continue;
    }
    const list = isList ? (src.value as unknown[]) : [src.value];
    list.forEach((raw, i) => {
      const at: PathSegment[] = isList ? [i] : [];
      const problems: Diagnostic[] = schema.filter((d) => itemOf(d) === String(i));
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        diagnostics.push(...problems);
        return;
      }
      const c = raw as Record<string, unknown>;
      const report = (path: PathSegment[], code: string, message: Text, key = false) => {
        const pos = positionOf(src, [...at, ...path], { key });
        problems.push({
          file: src.file,
          ...pos,
          severity: 'error',
          code,
          message,
          pointer: pointerOf([...at, ...path]),
        });
      };
      if (typeof c.asOf === 'string' && !problems.some((d) => d.pointer.endsWith('/asOf'))) {
        try {
          parseInstant(c.asOf);
        } catch {
          report(['asOf'], 'CASE_ASOF_INVALID', {
            zh: `asOf 的值“${c.asOf}”不是有效时间`,
            en: `asOf "${c.asOf}" is not a valid timestamp`,
          });
        }
      }
      let ticket: Ticket | undefined;
      let ticketFile: string | undefined;
      if ((c.ticket === undefined) === (c.ticketFile === undefined)) {
        report([], 'CASE_TICKET_SOURCE', {
          zh: '用例须有且只有 ticket（内联工单）或 ticketFile（工单文件）之一',
          en: 'a case needs exactly one of ticket (inline) or ticketFile (a ticket file)',
        });
      } else if (c.ticket !== undefined) {
        for (const issue of ticketIssues(c.ticket, { source: src, at: [...at, 'ticket'] })) {
          problems.push(issueDiagnostic(src, issue, [...at, 'ticket']));
        }
        ticket = c.ticket as Ticket;
      } else if (typeof c.ticketFile === 'string') {
        const target = resolve(dirname(file), c.ticketFile);
        ticketFile = shown(target);
        let loaded = ticketCache.get(target);
        if (!loaded) {
          loaded = readTicketDiagnostics(target, ticketFile);
          ticketCache.set(target, loaded);
          diagnostics.push(...loaded.diagnostics);
        }
        if (loaded.ticket) ticket = loaded.ticket;
        else if (loaded.diagnostics.length === 0) {
          report(['ticketFile'], 'CASE_TICKET_FILE_UNREADABLE', {
            zh: `无法读取工单文件 ${ticketFile}`,
            en: `cannot read the ticket file ${ticketFile}`,
          });
        } else {
          report(['ticketFile'], 'CASE_TICKET_FILE_INVALID', {
            zh: `工单文件 ${ticketFile} 无效（见该文件的诊断）`,
            en: `the ticket file ${ticketFile} is invalid (see its diagnostics)`,
          });
        }
      }
      const name = String(c.name);
      const start = positionOf(src, at);
      const before = names.get(name);
      if (before) {
        report(['name'], 'CASE_DUPLICATE_NAME', {
          zh: `用例名称“${name}”重复（另见 ${before}）`,
          en: `case name "${name}" is used twice (also at ${before})`,
        });
      } else if (typeof c.name === 'string') names.set(name, `${src.file}:${start.line}`);
      if (problems.length > 0 || !ticket) {
        diagnostics.push(...problems);
        return;
      }
      cases.push({
        name,
        ...(typeof c.description === 'string' ? { description: c.description } : {}),
        clauses: (c.clauses as string[] | undefined) ?? [],
        file: src.file,
        line: start.line,
        col: start.col,
        asOf: c.asOf as string,
        ticket,
        ...(ticketFile ? { ticketFile } : {}),
        expect: c.expect as CaseExpectation,
      });
    });
  }
  return { cases, diagnostics: sortDiagnostics(dedupe(diagnostics)), files: files.map(shown) };
}

const INSTANT_KEYS = /\/(asOf|dueAt|fromAt|doneAt|windowEndsAt|resultingDueAt|redoDueAt|revisitAt)$/;
const DATE_KEYS = /\/(dueDate|redoDueDate|resultingDueDate)$/;

/** Pattern and format errors of times and dates, said plainly (once per value). */
function readableTimes(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const isTime = d.code === 'SCHEMA_PATTERN' || d.code === 'SCHEMA_FORMAT';
    const field = d.pointer.slice(d.pointer.lastIndexOf('/') + 1);
    if (isTime && INSTANT_KEYS.test(d.pointer)) {
      if (seen.has(d.pointer)) continue;
      seen.add(d.pointer);
      out.push({
        ...d,
        code: 'CASE_TIME_INVALID',
        message: {
          zh: `${field} 应为 ISO 8601 日期时间，如 2025-10-15T00:00:00+08:00`,
          en: `${field} must be an ISO 8601 date-time such as 2025-10-15T00:00:00+08:00`,
        },
      });
    } else if (isTime && DATE_KEYS.test(d.pointer)) {
      if (seen.has(d.pointer)) continue;
      seen.add(d.pointer);
      out.push({
        ...d,
        code: 'CASE_DATE_INVALID',
        message: {
          zh: `${field} 应为真实日期 YYYY-MM-DD，如 2025-10-14`,
          en: `${field} must be a real date written YYYY-MM-DD, such as 2025-10-14`,
        },
      });
    } else out.push(d);
  }
  return out;
}

function pointerOf(path: PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function issueDiagnostic(src: YamlSource, issue: TicketIssue, at: PathSegment[]): Diagnostic {
  const pos = issue.line !== undefined ? { line: issue.line, col: issue.col ?? 1 } : positionOf(src, at);
  const pointer = `${pointerOf(at)}${issue.pointer}`;
  return { file: src.file, ...pos, severity: 'error', code: issue.code, message: issue.message, pointer };
}

function readTicketDiagnostics(path: string, shownPath: string): { ticket?: Ticket; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { diagnostics: [] };
  }
  const src = parseYamlSource(text, shownPath);
  if (src.diagnostics.length > 0) return { diagnostics: src.diagnostics };
  const issues = ticketIssues(src.value, { source: src });
  if (issues.length > 0) return { diagnostics: issues.map((i) => issueDiagnostic(src, i, [])) };
  return { ticket: src.value as Ticket, diagnostics: [] };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.col}:${d.code}:${d.message.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
