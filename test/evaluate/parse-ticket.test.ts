import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HotlineError } from '../../engine/errors.ts';
import { parseTicket, readTicketFile, type TicketIssue, ticketIssues } from '../../engine/evaluate/parse-ticket.ts';
import { parseYamlSource } from '../../engine/rules/yaml-source.ts';

const minimal = {
  id: 'SS-2025-0930-001',
  received: '2025-09-30T08:30:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: [],
};

const full = {
  ...minimal,
  dispatched: '2025-09-30T09:00:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  flags: { mediaExposed: false, sensitive: true },
  units: { primary: '佘山镇城市建设管理中心', secondary: ['佘山镇农业农村办公室'] },
  contacts: [{ at: '2025-10-09T09:00:00+08:00', answered: true }],
  returnRequests: [
    { at: '2025-09-30T15:00:00+08:00', disputeKind: 'territory', reason: true, basis: '属地', outcome: 'pending' },
  ],
  extensionRequests: [{ at: '2025-10-10T10:00:00+08:00', workdays: 3, reason: true, approved: true }],
  completed: '2025-10-14T16:00:00+08:00',
  closingReport: { factsReasonable: true, replyFormatCompliant: false, submittedAt: '2025-10-14T16:00:00+08:00' },
  revisits: [{ at: '2025-10-15T10:00:00+08:00', result: '不满意', resolved: false, level: 'town' }],
  redos: [{ at: '2025-10-16T10:00:00+08:00' }],
};

/** The TICKET_INVALID error of a bad ticket. */
function errorOf(value: unknown): HotlineError {
  try {
    parseTicket(value);
  } catch (e) {
    expect(e).toBeInstanceOf(HotlineError);
    return e as HotlineError;
  }
  throw new Error('expected parseTicket to throw');
}

function issuesOf(value: unknown): TicketIssue[] {
  const e = errorOf(value);
  expect(e.code).toBe('TICKET_INVALID');
  return (e.details as { issues: TicketIssue[] }).issues;
}

describe('parseTicket', () => {
  it('accepts a minimal ticket (no optional history) and returns it', () => {
    expect(parseTicket(minimal)).toEqual(minimal);
  });

  it('accepts a ticket with every optional field', () => {
    expect(parseTicket(full).id).toBe(full.id);
  });

  it('accepts instants without an offset (Shanghai time) and with Z', () => {
    expect(() =>
      parseTicket({ ...minimal, received: '2025-09-30T08:30', accepted: '2025-09-30T02:00:00Z' }),
    ).not.toThrow();
  });

  it('names a missing `received`, in Chinese and English', () => {
    const { id, received, ...rest } = minimal;
    void received;
    const e = errorOf({ id, ...rest });
    const issues = (e.details as { issues: TicketIssue[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'received', code: 'SCHEMA_REQUIRED' });
    expect(issues[0]?.message.zh).toContain('received');
    expect(issues[0]?.message.zh).toContain('缺少必填字段');
    expect(issues[0]?.message.en).toContain('the required field received is missing');
    expect(e.text.zh).toContain('工单 SS-2025-0930-001 无效');
    expect(e.text.en).toContain('received');
  });

  it('rejects events out of order (accepted before dispatched), naming both fields', () => {
    const issues = issuesOf({
      ...minimal,
      dispatched: '2025-09-30T10:00:00+08:00',
      accepted: '2025-09-30T09:00:00+08:00',
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'accepted', code: 'TICKET_ORDER' });
    expect(issues[0]?.message.en).toMatch(/accepted .* is before dispatched/);
    expect(issues[0]?.message.zh).toContain('早于 dispatched');
  });

  it('checks the whole chain received ≤ dispatched ≤ accepted ≤ completed', () => {
    const issues = issuesOf({
      ...minimal,
      dispatched: '2025-09-30T08:00:00+08:00', // before received
      accepted: '2025-09-30T10:00:00+08:00',
      completed: '2025-09-30T09:30:00+08:00', // before accepted
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['dispatched', 'TICKET_ORDER'],
      ['completed', 'TICKET_ORDER'],
    ]);
  });

  it('rejects history before acceptance and revisits before completion, by item', () => {
    const issues = issuesOf({
      ...full,
      contacts: [
        { at: '2025-10-09T09:00:00+08:00', answered: false },
        { at: '2025-09-30T09:30:00+08:00', answered: true }, // before accepted 10:00
      ],
      revisits: [{ at: '2025-10-13T10:00:00+08:00', result: '满意', resolved: true, level: 'town' }], // before completed
    });
    expect(issues.map((i) => i.path)).toEqual(['contacts[1].at', 'revisits[0].at']);
    expect(issues[1]?.message.en).toContain('before completed');
  });

  it('rejects history without the event it follows', () => {
    const { accepted, completed, ...rest } = full;
    void accepted;
    void completed;
    const issues = issuesOf({ ...rest, contacts: full.contacts, revisits: full.revisits });
    expect(issues.map((i) => [i.path, i.code])).toContainEqual(['contacts', 'TICKET_MISSING_ANCHOR']);
    expect(issues.map((i) => [i.path, i.code])).toContainEqual(['revisits', 'TICKET_MISSING_ANCHOR']);
  });

  it('rejects an unknown field such as citizenPhone, naming it and clause 2.10', () => {
    const issues = issuesOf({ ...minimal, citizenPhone: '13800000000' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'citizenPhone', code: 'SCHEMA_UNKNOWN_KEY' });
    expect(issues[0]?.message.zh).toContain('citizenPhone');
    expect(issues[0]?.message.zh).toContain('个人信息');
    expect(issues[0]?.message.en).toContain('field citizenPhone is not allowed');
    expect(issues[0]?.message.en).toContain('2.10');
  });

  it('rejects personal data nested anywhere (name in a contact, phone in flags)', () => {
    const issues = issuesOf({
      ...full,
      contacts: [{ at: '2025-10-09T09:00:00+08:00', answered: true, name: '张三' }],
      flags: { phone: '13800000000' },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['contacts[0].name', 'flags.phone']);
  });

  it('rejects a timestamp that is not a timestamp (accepted: "yesterday")', () => {
    const issues = issuesOf({ ...minimal, accepted: 'yesterday' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'accepted', code: 'TICKET_TIMESTAMP_INVALID' });
    expect(issues[0]?.message.zh).toContain('“yesterday” 不是有效时间');
    expect(issues[0]?.message.en).toContain('"yesterday" is not a valid timestamp');
  });

  it('rejects impossible dates that match the pattern (2025-02-30)', () => {
    const issues = issuesOf({ ...minimal, received: '2025-02-30T10:00:00+08:00' });
    expect(issues).toEqual([expect.objectContaining({ path: 'received', code: 'TICKET_TIMESTAMP_INVALID' })]);
  });

  it('reports every issue at once', () => {
    const issues = issuesOf({
      id: 'has space',
      received: 'yesterday',
      channel: 42,
      urgency: '一般',
      tags: ['这是一个超过二十个字的标签这是一个超过二十个字的标签'],
      citizenName: '张三',
      closingReport: { replyComplete: 'yes', mood: true },
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'id',
        'received',
        'channel',
        'tags[0]',
        'citizenName',
        'closingReport.replyComplete',
        'closingReport.mood',
      ]),
    );
  });

  it('limits closingReport to the eight review points and submittedAt', () => {
    expect(() =>
      parseTicket({
        ...full,
        closingReport: {
          firstContactRecordCorrect: true,
          factsReasonable: true,
          demandsComplete: true,
          siteInspectionGenuine: true,
          outcomeConsistent: true,
          satisfactionFilled: true,
          replyComplete: true,
          replyFormatCompliant: true,
          submittedAt: '2025-10-14T16:00:00+08:00',
        },
      }),
    ).not.toThrow();
    expect(issuesOf({ ...full, closingReport: { citizenComment: true } })[0]?.path).toBe(
      'closingReport.citizenComment',
    );
  });

  it('rejects a value that is not an object', () => {
    expect(issuesOf('ticket')[0]).toMatchObject({ path: '(root)', code: 'SCHEMA_TYPE' });
    expect(issuesOf(null)[0]?.path).toBe('(root)');
  });

  it('gives line and column when the value comes from YAML', () => {
    const text = [
      'id: SS-1',
      'received: 2025-09-30T08:30:00+08:00',
      'dispatched: 2025-09-30T10:00:00+08:00',
      'accepted: 2025-09-30T09:00:00+08:00',
      'channel: hotline',
      'urgency: 一般',
      'tags: []',
      'citizenPhone: "138"',
      '',
    ].join('\n');
    const source = parseYamlSource(text, 't.yaml');
    const issues = ticketIssues(source.value, { source });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'citizenPhone', file: 't.yaml', line: 8, col: 1 }),
      expect.objectContaining({ path: 'accepted', file: 't.yaml', line: 4, col: 11 }),
    ]);
  });
});

describe('readTicketFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-ticket-'));

  it('reads a valid YAML ticket', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(
      file,
      'id: SS-1\nreceived: 2025-09-30T08:30:00+08:00\nchannel: hotline\nurgency: 紧急\ntags: [扬言]\n',
    );
    expect(readTicketFile(file)).toEqual({
      id: 'SS-1',
      received: '2025-09-30T08:30:00+08:00',
      channel: 'hotline',
      urgency: '紧急',
      tags: ['扬言'],
    });
  });

  it('reads JSON, with line and column in issues', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          id: 'SS-2',
          received: '2025-09-30T08:30:00+08:00',
          channel: 'hotline',
          urgency: '一般',
          tags: [],
          accepted: 'yesterday',
        },
        null,
        2,
      ),
    );
    try {
      readTicketFile(file, { displayRoot: dir });
      expect.unreachable();
    } catch (e) {
      const issues = ((e as HotlineError).details as { issues: TicketIssue[] }).issues;
      expect(issues).toEqual([expect.objectContaining({ path: 'accepted', file: 'bad.json', line: 7, col: 15 })]);
      expect((e as HotlineError).text.en).toContain('bad.json:7:15');
    }
  });

  it('reports YAML syntax errors and unreadable files', () => {
    const file = join(dir, 'syntax.yaml');
    writeFileSync(file, 'id: [unclosed\n');
    expect(() => readTicketFile(file)).toThrow(/TICKET_INVALID.*YAML syntax error/);
    expect(() => readTicketFile(join(dir, 'missing.yaml'))).toThrow(/TICKET_UNREADABLE/);
  });
});
