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
  // Plain loops: this runs for every decision of a batch.
  if (values.channel && t.channel !== undefined && !values.channel.includes(t.channel))
    return { field: 'channel', allowed: values.channel };
  if (values.urgency && t.urgency !== undefined && !values.urgency.includes(t.urgency))
    return { field: 'urgency', allowed: values.urgency };
  if (values.category && t.category !== undefined && !values.category.includes(t.category))
    return { field: 'category', allowed: values.category };
  if (values.tags)
    for (let i = 0; i < t.tags.length; i++)
      if (!values.tags.includes(t.tags[i]!)) return { field: `tags[${i}]`, allowed: values.tags };
  const revisits = t.revisits;
  if (values.revisitResult && revisits)
    for (let i = 0; i < revisits.length; i++)
      if (!values.revisitResult.includes(revisits[i]!.result))
        return { field: `revisits[${i}].result`, allowed: values.revisitResult };
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
