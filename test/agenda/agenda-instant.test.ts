import { describe, expect, it } from 'vitest';
import { agendaInstants } from '../../engine/index.ts';
import { calendar } from './helpers.ts';

describe('agenda instants', () => {
  it('decides at 08:30 Shanghai and looks back to the previous working day', () => {
    // Mon 2025-10-13: the previous working day is Sat 10-11, a make-up day for 国庆/中秋.
    expect(agendaInstants(calendar, '2025-10-13')).toEqual({
      date: '2025-10-13',
      asOf: '2025-10-13T08:30:00+08:00',
      since: '2025-10-11T08:30:00+08:00',
    });
    // Thu 2025-10-09, the first day after the holiday (10-01…10-08 off): back to Tue 09-30.
    expect(agendaInstants(calendar, '2025-10-09').since).toBe('2025-09-30T08:30:00+08:00');
    // Mon 2025-10-20: an ordinary weekend, back to Fri 10-17.
    expect(agendaInstants(calendar, '2025-10-20').since).toBe('2025-10-17T08:30:00+08:00');
  });

  it('takes another clock time', () => {
    expect(agendaInstants(calendar, '2025-10-13', '14:00')).toMatchObject({
      asOf: '2025-10-13T14:00:00+08:00',
      since: '2025-10-11T14:00:00+08:00',
    });
  });

  it('refuses a bad date or time with a bilingual error', () => {
    expect(() => agendaInstants(calendar, '2025-02-29')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => agendaInstants(calendar, '13/10/2025')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => agendaInstants(calendar, '2025-10-13', '24:00')).toThrow(
      expect.objectContaining({ code: 'INSTANT_INVALID' }),
    );
    expect(() => agendaInstants(calendar, '2025-10-13', '8:30')).toThrow(
      expect.objectContaining({ text: expect.objectContaining({ zh: '时刻“8:30”无效，应为 HH:MM' }) }),
    );
  });
});
