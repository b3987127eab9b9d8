import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ErrorObject } from 'ajv';
import localize from 'ajv-i18n';
import { parseInstant } from '../calendar/instant.ts';
import { HotlineError } from '../errors.ts';
import type { Text } from '../i18n.ts';
import { validatorFor } from '../rules/schemas.ts';
import { type PathSegment, parseYamlSource, pointerToPath, positionOf, type YamlSource } from '../rules/yaml-source.ts';
import type { Ticket } from './types.ts';

/** One problem with a ticket, naming the field (`contacts[2].at`) and, from a YAML or JSON file, where it is. */
export interface TicketIssue {
  /** Field path, e.g. `accepted`, `contacts[2].at`; `(root)` for the ticket itself. */
  path: string;
  /** `SCHEMA_REQUIRED`, `SCHEMA_UNKNOWN_KEY`, `SCHEMA_TYPE`, `SCHEMA_ENUM`, `TICKET_TIMESTAMP_INVALID`, `TICKET_ORDER`, … */
  code: string;
  message: Text;
  /** JSON pointer of the field inside the ticket (`/contacts/2/at`). */
  pointer: string;
  file?: string;
  line?: number;
  col?: number;
}

export interface ParseTicketOptions {
  /** The parsed file the value came from: issues then carry line and column. */
  source?: YamlSource;
  /** Where the ticket sits inside `source` (e.g. `['ticket']` in a test case file). */
  at?: PathSegment[];
}

/** Fields whose value is an instant, at the top level and inside each list item. */
const TOP_INSTANTS = ['received', 'dispatched', 'accepted', 'completed'] as const;
const LIST_INSTANTS = ['contacts', 'returnRequests', 'extensionRequests', 'revisits', 'redos'] as const;

const FIELD_ZH: Record<string, string> = {
  received: '收单时间',
  dispatched: '派单时间',
  accepted: '接单时间',
  completed: '办结时间',
  contacts: '双呼记录',
  returnRequests: '退单申请',
  extensionRequests: '延期申请',
  revisits: '回访',
  redos: '重办',
  submittedAt: '办结报告提交时间',
};

/** `contacts[2].at` from path segments. */
export function fieldPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function isInstantPath(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  return (
    (path.length === 1 && (TOP_INSTANTS as readonly PathSegment[]).includes(last as PathSegment)) ||
    (path.length === 3 && last === 'at') ||
    (path.length === 2 && path[0] === 'closingReport' && last === 'submittedAt')
  );
}

function instantMessage(field: string, value: unknown): Text {
  const shown = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  const shownEn = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return {
    zh: `${field} 的值 ${shown} 不是有效时间，应为 ISO 8601 日期时间，如 2025-09-30T10:00:00+08:00（不带时区按北京时间）`,
    en: `${field}: ${shownEn} is not a valid timestamp; expected an ISO 8601 date-time such as 2025-09-30T10:00:00+08:00 (no offset means Asia/Shanghai)`,
  };
}

interface RawIssue {
  path: PathSegment[];
  /** Point at the key rather than the value (unknown keys). */
  key: boolean;
  code: string;
  message: Text;
}

/** Turns one ajv error into an issue with a message in both languages. */
function schemaIssue(e: ErrorObject, zhDefault: string): RawIssue | null {
  const base = pointerToPath(e.instancePath);
  const where = fieldPath(base);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
    case 'anyOf':
    case 'oneOf':
      return null;
    case 'required': {
      const missing = String(p.missingProperty);
      const field = fieldPath([...base, missing]);
      return {
        path: [...base, missing],
        key: false,
        code: 'SCHEMA_REQUIRED',
        message: {
          zh: `缺少必填字段 ${field}${FIELD_ZH[missing] ? `（${FIELD_ZH[missing]}）` : ''}`,
          en: `the required field ${field} is missing`,
        },
      };
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const field = fieldPath([...base, extra]);
      return {
        path: [...base, extra],
        key: true,
        code: 'SCHEMA_UNKNOWN_KEY',
        message: {
          zh: `不允许的字段 ${field}：工单只能包含已定义的字段，不得包含市民个人信息（第二条第（十）项）`,
          en: `field ${field} is not allowed: a ticket holds only the defined fields and never a citizen's personal data (clause 2.10)`,
        },
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        path: base,
        key: false,
        code: 'SCHEMA_ENUM',
        message: {
          zh: `${where} 的值 ${JSON.stringify(e.data)} 不在允许范围内，可选：${allowed}`,
          en: `${where}: ${JSON.stringify(e.data)} is not one of ${allowed}`,
        },
      };
    }
    case 'pattern':
    case 'type':
      if (isInstantPath(base))
        return { path: base, key: false, code: 'TICKET_TIMESTAMP_INVALID', message: instantMessage(where, e.data) };
      if (e.keyword === 'pattern' && base.length === 1 && base[0] === 'id') {
        return {
          path: base,
          key: false,
          code: 'SCHEMA_PATTERN',
          message: {
            zh: `id 的值 ${JSON.stringify(e.data)} 无效：只能包含字母、数字及 _ . : -，且以字母或数字开头`,
            en: `id ${JSON.stringify(e.data)} is not valid: letters, digits and _ . : - only, starting with a letter or digit`,
          },
        };
      }
      break;
  }
  return {
    path: base,
    key: false,
    code: `SCHEMA_${e.keyword.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
    message: { zh: `${where} ${zhDefault}`, en: `${where} ${e.message ?? e.keyword}` },
  };
}

function schemaIssues(value: unknown): RawIssue[] {
  const validate = validatorFor('ticket.schema.json');
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const zh = structuredClone(errors.map(({ schema, parentSchema, data, ...rest }) => rest)) as ErrorObject[];
  localize.zh(zh);
  const out: RawIssue[] = [];
  const seen = new Set<string>();
  errors.forEach((e, i) => {
    const issue = schemaIssue(e, zh[i]?.message ?? e.message ?? '');
    if (!issue) return;
    // A bad timestamp can fail both `type` and `pattern`; one issue per field and code is enough.
    const k = `${fieldPath(issue.path)}|${issue.code}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(issue);
  });
  return out;
}

interface TimedEvent {
  path: PathSegment[];
  ms: number;
  text: string;
}

/** Semantic checks: every timestamp parses, events are in order. Runs on whatever parts are well-formed. */
function semanticIssues(value: unknown, already: ReadonlySet<string>): RawIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const t = value as Record<string, unknown>;
  const out: RawIssue[] = [];
  const time = (path: PathSegment[], v: unknown): TimedEvent | null => {
    if (typeof v !== 'string') return null;
    try {
      return { path, ms: parseInstant(v), text: v };
    } catch {
      if (!already.has(fieldPath(path))) {
        out.push({ path, key: false, code: 'TICKET_TIMESTAMP_INVALID', message: instantMessage(fieldPath(path), v) });
      }
      return null;
    }
  };
  const top: Partial<Record<(typeof TOP_INSTANTS)[number], TimedEvent | null>> = {};
  for (const f of TOP_INSTANTS) if (f in t) top[f] = time([f], t[f]);
  const lists: Partial<Record<(typeof LIST_INSTANTS)[number], TimedEvent[]>> = {};
  for (const f of LIST_INSTANTS) {
    const list = t[f];
    if (!Array.isArray(list)) continue;
    lists[f] = [];
    list.forEach((item, i) => {
      if (item === null || typeof item !== 'object' || !('at' in item)) return;
      const ev = time([f, i, 'at'], (item as { at: unknown }).at);
      if (ev) lists[f]?.push(ev);
    });
  }
  const report = t.closingReport as Record<string, unknown> | undefined;
  const submitted =
    report && typeof report === 'object' && 'submittedAt' in report
      ? time(['closingReport', 'submittedAt'], report.submittedAt)
      : null;

  const order = (ev: TimedEvent, before: TimedEvent, beforeName: string) => {
    if (ev.ms >= before.ms) return;
    const f = fieldPath(ev.path);
    const zhName = FIELD_ZH[String(ev.path[0])] ?? f;
    out.push({
      path: ev.path,
      key: false,
      code: 'TICKET_ORDER',
      message: {
        zh: `${f}（${zhName}）${ev.text} 早于 ${beforeName}（${FIELD_ZH[beforeName] ?? beforeName}）${before.text}，时间顺序不对`,
        en: `${f} (${ev.text}) is before ${beforeName} (${before.text}); events must be in order`,
      },
    });
  };
  // received ≤ dispatched ≤ accepted ≤ completed: each is compared with the latest earlier one it precedes.
  const chain: (typeof TOP_INSTANTS)[number][] = ['received', 'dispatched', 'accepted', 'completed'];
  chain.forEach((f, i) => {
    const ev = top[f];
    if (!ev) return;
    let worst: [TimedEvent, string] | null = null;
    for (const g of chain.slice(0, i)) {
      const prev = top[g];
      if (prev && prev.ms > ev.ms && (!worst || prev.ms > worst[0].ms)) worst = [prev, g];
    }
    if (worst) order(ev, worst[0], worst[1]);
  });
  const needs = (field: string, anchor: 'accepted' | 'completed') => {
    const zh = FIELD_ZH[field] ?? field;
    out.push({
      path: [field],
      key: true,
      code: 'TICKET_MISSING_ANCHOR',
      message: {
        zh: `有 ${field}（${zh}）记录，却没有 ${anchor}（${FIELD_ZH[anchor]}）`,
        en: `${field} is present but ${anchor} is missing`,
      },
    });
  };
  const accepted = top.accepted;
  const completed = top.completed;
  for (const f of ['contacts', 'returnRequests', 'extensionRequests', 'revisits', 'redos'] as const) {
    const evs = lists[f];
    if (!evs || evs.length === 0) continue;
    if (!('accepted' in t)) needs(f, 'accepted');
    else if (accepted) for (const ev of evs) order(ev, accepted, 'accepted');
  }
  if ('completed' in t && !('accepted' in t)) needs('completed', 'accepted');
  if (submitted && accepted) order(submitted, accepted, 'accepted');
  for (const f of ['revisits', 'redos'] as const) {
    const evs = lists[f];
    if (!evs || evs.length === 0) continue;
    if (!('completed' in t)) needs(f, 'completed');
    else if (completed) for (const ev of evs) order(ev, completed, 'completed');
  }
  return out;
}

function position(issue: RawIssue, opts: ParseTicketOptions): Pick<TicketIssue, 'file' | 'line' | 'col'> {
  if (!opts.source) return {};
  const pos = positionOf(opts.source, [...(opts.at ?? []), ...issue.path], { key: issue.key });
  return { file: opts.source.file, line: pos.line, col: pos.col };
}

/** Every problem with a ticket value, schema first, then semantics; empty when it is valid. */
export function ticketIssues(value: unknown, opts: ParseTicketOptions = {}): TicketIssue[] {
  const schema = schemaIssues(value);
  const bad = new Set(schema.map((i) => fieldPath(i.path)));
  const raw = [...schema, ...semanticIssues(value, bad)];
  return raw.map((i) => ({
    path: fieldPath(i.path),
    code: i.code,
    message: i.message,
    pointer: i.path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
    ...position(i, opts),
  }));
}

export function ticketInvalid(issues: TicketIssue[], label?: string): HotlineError {
  const where = (i: TicketIssue) => (i.line !== undefined ? `${i.file ?? ''}:${i.line}:${i.col}: ` : '');
  const name = label ? ` ${label}` : '';
  return new HotlineError(
    'TICKET_INVALID',
    {
      zh: `工单${name ? `${name} ` : ''}无效（${issues.length} 处问题）：${issues.map((i) => `${where(i)}${i.message.zh}`).join('；')}`,
      en: `ticket${name} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues.map((i) => `${where(i)}${i.message.en}`).join('; ')}`,
    },
    { issues },
  );
}

/**
 * Validates a ticket (JSON Schema `rules/schema/ticket.schema.json`, then: every timestamp parses,
 * received ≤ dispatched ≤ accepted ≤ completed, contacts/returns/extensions/revisits/redos not
 * before accepted, revisits and redos not before completed). Throws `TICKET_INVALID` with every
 * issue at once (`details.issues`).
 */
export function parseTicket(value: unknown, opts: ParseTicketOptions = {}): Ticket {
  const issues = ticketIssues(value, opts);
  if (issues.length > 0) {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    throw ticketInvalid(issues, typeof id === 'string' ? id : undefined);
  }
  return value as Ticket;
}

/**
 * Reads a ticket from a YAML or JSON file (JSON is read by the YAML parser, so issues carry a line
 * and column in both). Throws `TICKET_UNREADABLE` or `TICKET_INVALID`.
 */
export function readTicketFile(path: string, opts: { displayRoot?: string } = {}): Ticket {
  const shown = relative(opts.displayRoot ?? process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new HotlineError('TICKET_UNREADABLE', {
      zh: `无法读取工单文件 ${shown}`,
      en: `cannot read the ticket file ${shown}`,
    });
  }
  const source = parseYamlSource(text, shown);
  if (source.diagnostics.length > 0) {
    const issues: TicketIssue[] = source.diagnostics.map((d) => ({
      path: '(root)',
      pointer: '',
      code: d.code,
      message: d.message,
      file: d.file,
      line: d.line,
      col: d.col,
    }));
    throw ticketInvalid(issues);
  }
  return parseTicket(source.value, { source });
}
