import { describe, expect, it } from 'vitest';
import { isHotlineError } from '../../engine/errors.ts';
import { evaluate } from '../../engine/evaluate/evaluate.ts';
import type { Ticket } from '../../engine/evaluate/types.ts';
import { loadCalendar } from '../../engine/rules/load-calendar.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';

// A ticket is checked against its office's values (vocabulary.yaml `values`): Sheshan lists its
// channels, urgencies and 4.7's four revisit results, and leaves tags open (3.2.4 “等”).
const ruleset = loadCatalog().rulesets['sheshan-12345']![0]!;
const calendar = loadCalendar();
const base: Ticket = {
  id: 'V-1',
  received: '2025-09-30T08:30:00+08:00',
  accepted: '2025-09-30T10:00:00+08:00',
  channel: 'hotline',
  urgency: '一般',
  tags: ['某个新标签'],
};
const asOf = '2025-10-01T12:00:00+08:00';

async function refusal(t: Ticket) {
  try {
    await evaluate(ruleset, calendar, t, { asOf });
    return null;
  } catch (e) {
    if (!isHotlineError(e)) throw e;
    return { code: e.code, details: e.details, zh: e.text.zh, en: e.text.en };
  }
}

describe('ticket values of the office', () => {
  it('a ticket with the office’s values (and any tag) is decided', async () => {
    expect(await refusal(base)).toBeNull();
  });

  it('an urgency the office does not use is refused, naming the field and the choices, not the value', async () => {
    const r = await refusal({ ...base, urgency: '很急' });
    expect(r).toMatchObject({
      code: 'TICKET_VALUE_UNKNOWN',
      details: { field: 'urgency', allowed: ['一般', '紧急', '次紧急'] },
    });
    expect(r?.zh).toContain('可选：一般、紧急、次紧急');
    expect(r?.en).toContain('it is one of 一般, 紧急, 次紧急');
    expect(`${r?.zh}${r?.en}`).not.toContain('很急');
  });

  it('a revisit result outside 4.7’s four is refused at its index', async () => {
    const r = await refusal({
      ...base,
      completed: '2025-10-09T10:00:00+08:00',
      revisits: [
        { at: '2025-10-10T10:00:00+08:00', result: '满意', resolved: true, level: 'town' },
        { at: '2025-10-11T10:00:00+08:00', result: '不满倾向', resolved: true, level: 'town' },
      ],
    });
    expect(r).toMatchObject({ code: 'TICKET_VALUE_UNKNOWN', details: { field: 'revisits[1].result' } });
  });

  it('a channel outside the list is refused', async () => {
    expect(await refusal({ ...base, channel: 'fax' })).toMatchObject({ details: { field: 'channel' } });
  });
});
