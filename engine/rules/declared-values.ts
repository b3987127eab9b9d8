import type { FactDef } from './catalogues.ts';
import { isObject } from './rule-diagnostics.ts';
import { TICKET_VALUE_FACTS } from './vocabulary.ts';

/**
 * The fact catalogue as this version reads it: a fact whose values the version declares (its
 * vocabulary's `values`, its ticket types for `ticketType`) takes that closed list.
 */
export function factsOfVersion(
  facts: ReadonlyMap<string, FactDef>,
  values: unknown,
  definedTypes: Iterable<string> | undefined,
): Map<string, FactDef> {
  const out = new Map(facts);
  const set = (name: string, list: string[]) => {
    const f = out.get(name);
    if (f) out.set(name, { ...f, values: list });
  };
  if (isObject(values))
    for (const [key, names] of Object.entries(TICKET_VALUE_FACTS)) {
      const list = values[key];
      if (Array.isArray(list)) for (const n of names) set(n, list.map(String));
    }
  if (definedTypes) set('ticketType', [...definedTypes]);
  return out;
}
