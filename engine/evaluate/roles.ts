import type { Text } from '../i18n.ts';
import type { Role } from '../rules/types.ts';
import { ROLE_TEXT } from '../rules/vocabulary.ts';

/** Name of a role of clauses 1.1–1.3 and 2.1–2.4 (the same text the schema's hover shows). */
export function roleName(role: Role): Text {
  return ROLE_TEXT[role] ?? { zh: role, en: role };
}
