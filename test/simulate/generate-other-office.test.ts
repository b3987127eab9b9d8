/**
 * Another office needs no code: a tiny rule set in memory and a profile in its own words. Tickets
 * decide without error; a topic the office lacks gives no such events; one it has, does.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseInstant, shanghaiDay } from '../../engine/calendar/instant.ts';
import { workingDaysBetweenNumbers } from '../../engine/calendar/working-days-between.ts';
import { HotlineError } from '../../engine/errors.ts';
import { evaluateSync } from '../../engine/evaluate/evaluate.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalogFrom } from '../../engine/rules/load-catalog.ts';
import { memorySource } from '../../engine/rules/rule-source.ts';
import { validatorFor } from '../../engine/rules/schemas.ts';
import type { Ruleset } from '../../engine/rules/types.ts';
import { generateTickets } from '../../engine/simulate/generate-tickets.ts';
import { type PopulationProfile, parseProfile } from '../../engine/simulate/population.ts';

const calendar = loadCalendar();
const DIR = 'demo-12345/2026-01-01';
/** In memory there is no schema file to point at: the modeline is left out (a warning only, RULE_MODELINE). */
const modeline = (_schema: string) => '';

const INDEX = (include: string[]) => `${modeline('ruleset')}id: demo-12345
version: "2026-01-01"
title: 示例镇热线办理规定
source: { document: 示例镇热线办理规定, number: 示〔2026〕1号, issued: "2026-01-01", issuer: 示例镇 }
effective: { from: "2026-01-01" }
timeZone: Asia/Shanghai
calendar: cn-mainland
settings:
  counting: { startDayCounted: false, naturalDayEndOnHoliday: keep, strict: false }
  dueSoon: { period: 1个工作日 }
include: [${include.join(', ')}]
`;

const TICKET_TYPES = `${modeline('ticket-types')}ticketTypes:
  - id: rush
    clause: "1"
    name: { zh: 加急件, en: Rush }
    priority: 1
    when: { all: [ { fact: urgency, operator: equal, value: 紧急 } ] }
    special: true
    deadlines:
      - { id: rush.complete, clause: "1", obligation: complete, period: 8小时, from: accepted, responsible: unit }
  - id: routine
    clause: "2"
    name: { zh: 常规件, en: Routine }
    priority: 2
    when: { all: [] }
    special: false
    deadlines:
      - { id: routine.complete, clause: "2", obligation: complete, period: 3个工作日, from: accepted, responsible: unit }
commonDeadlines:
  - { id: dispatch, clause: "2", obligation: dispatch, period: 1个工作日, from: received, responsible: center }
`;

const VOCABULARY = `${modeline('vocabulary')}vocabulary:
  clauses:
    - { id: "1", cite: { zh: 第一条, en: art. 1 }, heading: 加急, evaluable: true }
    - { id: "2", cite: { zh: 第二条, en: art. 2 }, heading: 常规, evaluable: true }
    - { id: "3", cite: { zh: 第三条, en: art. 3 }, heading: 退回与延期, evaluable: true }
    - { id: "4", cite: { zh: 第四条, en: art. 4 }, heading: 督办, evaluable: true }
  roles:
    - { id: unit, name: { zh: 承办单位, en: unit } }
    - { id: center, name: { zh: 中心, en: center } }
    - { id: head, name: { zh: 中心主任, en: head } }
  obligations:
    - { id: dispatch, name: { zh: 派单, en: dispatch } }
    - { id: complete, name: { zh: 办结, en: completion } }
    - { id: redo, name: { zh: 重办, en: redo } }
    - { id: returnRequest, name: { zh: 退回申请, en: return request } }
    - { id: extensionRequest, name: { zh: 延期申请, en: extension request } }
`;

/** The optional topics the fuller variant adds: returns, extensions, escalation (no first contact, no review). */
const RETURNS = `${modeline('returns')}returns:
  - id: return.routine
    clause: "3"
    appliesTo: [routine]
    window: { period: 12小时, from: accepted }
    applicant: unit
    approval: [head]
    formRequired: false
    requiredFields: [reason]
    requiredFieldsByDisputeKind: {}
    prerequisites: []
`;
const EXTENSIONS = `${modeline('extensions')}extensions:
  - id: extension.routine
    clause: "3"
    appliesTo: [routine]
    window: { period: 2个工作日, from: accepted }
    approvedBy: head
    cap: 3个工作日
    becomes: routine
    requiredFields: [reason, workdays]
    notifyCitizen: false
`;
const ESCALATION = `${modeline('escalation')}escalation:
  id: escalation
  clause: "4"
  from: accepted
  mode: consecutive-unsatisfied
  trigger:
    any:
      - { fact: revisitResult, operator: equal, value: 差评 }
  levels:
    - { level: 1, clause: "4", supervisor: head, redo: 1个工作日 }
    - { level: 2, clause: "4", supervisor: head, redo: 1个工作日 }
`;

function rulesetOf(files: Record<string, string>): Ruleset {
  const include = Object.keys(files);
  const map = new Map(
    Object.entries({ 'index.yaml': INDEX(include), ...files }).map(([name, text]) => [`${DIR}/${name}`, text]),
  );
  const catalog = loadCatalogFrom(memorySource(map, (p) => `mem/${p}`));
  expect(catalog.diagnostics.filter((d) => d.code !== 'RULE_MODELINE')).toEqual([]);
  return catalog.rulesets['demo-12345']?.[0] as Ruleset;
}

const MINIMAL = rulesetOf({ 'ticket-types.yaml': TICKET_TYPES, 'vocabulary.yaml': VOCABULARY });
const FULLER = rulesetOf({
  'ticket-types.yaml': TICKET_TYPES,
  'vocabulary.yaml': VOCABULARY,
  'returns.yaml': RETURNS,
  'extensions.yaml': EXTENSIONS,
  'escalation.yaml': ESCALATION,
});

/** A profile in the office's own words, written as YAML and read through the schema like a shipped one. */
const PROFILE: PopulationProfile = parseProfile(
  stringify({
    office: 'demo-12345',
    defaultUrgency: '一般',
    kinds: [
      {
        id: 'routine',
        weight: 9,
        ticketType: 'routine',
        category: [{ value: '投诉', chance: 0.6 }, { value: '求助' }],
        lateRate: 0.1,
        completion: { earliest: 0.2, lateBy: 2 },
        extension: { rate: 0.3, apply: { onTime: [0.1, 0.9] }, days: { range: [1, 3] } },
      },
      {
        id: 'rush',
        weight: 1,
        ticketType: 'rush',
        roundTheClock: true,
        urgency: [{ value: '紧急' }],
        tags: [{ value: ['加急'] }],
        lateRate: 0.1,
        completion: { earliest: 1, lateBy: 4 },
      },
    ],
    channels: [
      { value: 'hotline', weight: 3 },
      { value: 'web', weight: 1 },
    ],
    flags: [{ flag: 'sensitive', rate: 0.02 }],
    units: [
      { name: '综合办', weight: 3 },
      { name: '片区({n})', weight: 1, count: 4 },
    ],
    secondaryUnitRate: 0.1,
    returns: {
      rate: 0.2,
      onTimeShare: 0.8,
      disputeKinds: [{ value: 'other', weight: 1 }],
      fields: { reason: 0.9 },
      fieldsByDisputeKind: {},
      specialFields: {},
      outcomes: { first: [{ value: 'approved', weight: 1 }], again: [{ value: 'approved', weight: 1 }] },
      againRate: 0,
    },
    extensions: { fields: { reason: 0.95 }, approvedRate: 0.8 },
    closingReport: { failRate: 0.1, singleFailureShare: 1 },
    revisits: {
      results: [
        { value: '好评', first: 6, later: 5, resolvedRate: 0.95 },
        { value: '中评', first: 2, later: 3, resolvedRate: 0.7 },
        { value: '差评', first: 2, later: 2, resolvedRate: 0.2 },
      ],
      redoRate: 0.8,
    },
  }),
  'mem/demo-12345/population.yaml',
);

const OPTIONS = { count: 2_000, seed: 7, from: '2026-03-02', to: '2026-04-30', asOf: '2026-06-30', calendar };
const minimal = [...generateTickets({ ...OPTIONS, ruleset: MINIMAL, profile: PROFILE })];
const fuller = [...generateTickets({ ...OPTIONS, ruleset: FULLER, profile: PROFILE })];
const count = (tickets: Ticket[], has: (t: Ticket) => boolean) => tickets.filter(has).length;

describe('tickets of an office with its own rule set and profile', () => {
  it('carry the office (not the default one), its words and its units, and pass the ticket schema', () => {
    const validate = validatorFor('ticket.schema.json');
    const units = new Set(['综合办', '片区(1)', '片区(2)', '片区(3)', '片区(4)']);
    for (const t of minimal) {
      expect(t.office).toBe('demo-12345');
      expect(validate(t), JSON.stringify(validate.errors)).toBe(true);
      if (t.units) expect(units.has(t.units.primary as string), t.units.primary).toBe(true);
      for (const r of t.revisits ?? []) expect(['好评', '中评', '差评']).toContain(r.result);
    }
    expect(new Set(minimal.map((t) => t.category ?? t.tags.join()))).toEqual(new Set(['投诉', '求助', '加急']));
    expect(count(minimal, (t) => t.urgency === '紧急')).toBeGreaterThan(100);
    // With the office named as the default, tickets leave `office` out.
    const asDefault = [
      ...generateTickets({ ...OPTIONS, count: 5, ruleset: MINIMAL, profile: PROFILE, defaultOffice: 'demo-12345' }),
    ];
    expect(asDefault.every((t) => !('office' in t))).toBe(true);
  });

  it('decide without error under the rule set', () => {
    const asOf = '2026-06-30T12:00:00+08:00';
    for (const [ruleset, tickets] of [
      [MINIMAL, minimal],
      [FULLER, fuller],
    ] as const) {
      const types = new Set<string>();
      for (const t of tickets) {
        const d = evaluateSync(ruleset, calendar, t, { asOf });
        types.add(d.ticketType.id);
        // The kind's ticket type is the one the rule set decides (rush iff 紧急).
        expect(d.ticketType.id, t.id).toBe(t.urgency === '紧急' ? 'rush' : 'routine');
      }
      expect(types).toEqual(new Set(['routine', 'rush']));
    }
  });

  it('give no events of an absent topic: no contacts, returns, extensions, closing reports or redos', () => {
    expect(count(minimal, (t) => t.contacts !== undefined)).toBe(0);
    expect(count(minimal, (t) => t.returnRequests !== undefined)).toBe(0);
    expect(count(minimal, (t) => t.extensionRequests !== undefined)).toBe(0);
    expect(count(minimal, (t) => t.closingReport !== undefined)).toBe(0);
    expect(count(minimal, (t) => t.redos !== undefined)).toBe(0);
    // Revisits need no topic of their own.
    expect(count(minimal, (t) => t.revisits !== undefined)).toBeGreaterThan(1_500);
  });

  it('give the events of a topic the office has, within its limits', () => {
    const returns = fuller.filter((t) => t.returnRequests);
    expect(returns.length).toBeGreaterThan(200);
    // Only routine tickets have a return rule and an extension rule.
    expect(returns.every((t) => t.urgency === '一般')).toBe(true);
    const extended = fuller.filter((t) => t.extensionRequests);
    expect(extended.length).toBeGreaterThan(300);
    expect(extended.every((t) => t.urgency === '一般')).toBe(true);
    // Applied within the 2 working days of the rule (onTime fractions 0.1–0.9 of the window).
    for (const t of extended) {
      const e = t.extensionRequests?.[0] as NonNullable<Ticket['extensionRequests']>[number];
      const wd = workingDaysBetweenNumbers(
        calendar,
        shanghaiDay(parseInstant(t.accepted as string)),
        shanghaiDay(parseInstant(e.at)),
      );
      expect(wd).toBeLessThanOrEqual(2);
    }
    // Two escalation levels: up to two redos, after a 差评 revisit only.
    const redone = fuller.filter((t) => t.redos);
    expect(redone.length).toBeGreaterThan(50);
    expect(Math.max(...redone.map((t) => t.redos?.length ?? 0))).toBe(2);
    for (const t of redone) {
      for (const i of (t.redos ?? []).keys()) expect(t.revisits?.[i]?.result).toBe('差评');
    }
    // Still no first-contact calls and no closing reports: those topics are absent here too.
    expect(count(fuller, (t) => t.contacts !== undefined || t.closingReport !== undefined)).toBe(0);
  });

  it('refuses a profile of another office or naming an unknown ticket type', () => {
    const codeOf = (profile: PopulationProfile) => {
      try {
        generateTickets({ ...OPTIONS, ruleset: MINIMAL, profile });
        return null;
      } catch (e) {
        expect(e).toBeInstanceOf(HotlineError);
        return (e as HotlineError).code;
      }
    };
    expect(codeOf({ ...PROFILE, office: 'sheshan-12345' })).toBe('GENERATE_PROFILE_INVALID');
    expect(
      codeOf({
        ...PROFILE,
        kinds: [{ ...(PROFILE.kinds[0] as PopulationProfile['kinds'][number]), ticketType: 'nope' }],
      }),
    ).toBe('GENERATE_PROFILE_INVALID');
    expect(() => parseProfile('office: demo-12345\nkinds: []\n', 'bad.yaml')).toThrow(/PROFILE_INVALID/);
  });
});
