import { fileURLToPath } from 'node:url';

/** Where the shipped rules, calendars and schemas live (relative to this package). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../../rules/schema/', import.meta.url));
export const DEFAULT_CALENDAR_FILE = fileURLToPath(new URL('../../rules/calendars/cn-mainland.yaml', import.meta.url));

/** Where an office's own schemas live: `rules/<office>/schema/` (its files point there). */
export function officeSchemaDir(office: string): string {
  return fileURLToPath(new URL(`../../rules/${office}/schema/`, import.meta.url));
}
