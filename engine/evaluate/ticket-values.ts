/**
 * A ticket's values against its office's declared lists (vocabulary.yaml `values`): a channel,
 * urgency, category, tag or revisit result the office does not use is refused with the field and
 * the values it may take, before anything is decided. A list the office leaves out accepts any value.
 */
import { HotlineError } from '../errors.ts';
import type { Ruleset, TicketValues } from '../rules/types.ts';
import type { Ticket } from './types.ts';

interface Found {
  field: string;
  allowed: string[];
}

function firstUnknown(values: TicketValues, t: Ticket): Found | null {
  const one = (field: string, value: string | undefined, allowed: string[] | undefined): Found | null =>
    value !== undefined && allowed && !allowed.includes(value) ? { field, allowed } : null;
  const candidates: [string, string | undefined, string[] | undefined][] = [
    ['channel', t.channel, values.channel],
    ['urgency', t.urgency, values.urgency],
    ['category', t.category, values.category],
    ...t.tags.map((tag, i): [string, string, string[] | undefined] => [`tags[${i}]`, tag, values.tags]),
    ...(t.revisits ?? []).map((r, i): [string, string, string[] | undefined] => [
      `revisits[${i}].result`,
      r.result,
      values.revisitResult,
    ]),
  ];
  for (const [field, value, allowed] of candidates) {
    const hit = one(field, value, allowed);
    if (hit) return hit;
  }
  return null;
}

/** Throws `TICKET_VALUE_UNKNOWN` (422) for the first value outside the office's lists. */
export function checkTicketValues(ruleset: Pick<Ruleset, 'id' | 'vocabulary'>, ticket: Ticket): void {
  const values = ruleset.vocabulary?.values;
  if (!values) return;
  const hit = firstUnknown(values, ticket);
  if (!hit) return;
  // The value itself is not repeated: a client may have put personal data in a free field.
  throw new HotlineError(
    'TICKET_VALUE_UNKNOWN',
    {
      zh: `工单 ${hit.field} 的值不是办公室“${ruleset.id}”的取值；可选：${hit.allowed.join('、')}`,
      en: `ticket ${hit.field}: not a value of office "${ruleset.id}"; it is one of ${hit.allowed.join(', ')}`,
    },
    { field: hit.field, allowed: hit.allowed },
  );
}
