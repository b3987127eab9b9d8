/**
 * Request examples for `/docs` (try-it starts from them) — the tickets are the first shipped
 * fixtures, so no office's data is written here; the lint checks each example against its schema.
 */
import { fixtureTickets } from '../runs/resolve-tickets.ts';

type Examples = Record<string, { summary: string; value: unknown }>;

const AS_OF = '2025-10-10T12:00:00+08:00';
const GENERATE = { count: 5, seed: 1, from: '2025-09-01', to: '2025-09-30' };

export function requestExamples(): Record<string, Examples> {
  const [first, second] = fixtureTickets();
  return {
    DecisionRequest: {
      one: { summary: '一张工单 / one ticket', value: { ticket: first, asOf: AS_OF } },
      batch: { summary: '批量 / a batch', value: { tickets: [first, second], asOf: AS_OF } },
    },
    DeadlineRequest: {
      workdays: {
        summary: '5 个工作日 / 5 working days',
        value: { from: '2025-09-30T10:00:00+08:00', period: '5个工作日' },
      },
    },
    GeneratedTicketRequest: { first: { summary: '第 0 张 / ticket 0', value: { generate: GENERATE, index: 0 } } },
    AgendaRequest: {
      day: {
        summary: '两张工单某日的待办 / two tickets, one day',
        value: { tickets: [first, second], date: '2025-10-13' },
      },
    },
    SimulationRequest: {
      fixtures: { summary: '全部示例工单 / every fixture ticket', value: { fixtures: true, asOf: AS_OF } },
      generate: { summary: '生成的工单 / generated tickets', value: { generate: GENERATE, asOf: AS_OF } },
    },
  };
}
