/**
 * Every `HotlineError` code the engine raises, mapped to an HTTP status in one table. A test reads
 * the engine's sources and fails when a code is missing here; an unmapped code at run time is a
 * 500 (logged), so a new engine error cannot silently become a client error or vice versa.
 */
export const HOTLINE_STATUS: Readonly<Record<string, number>> = Object.freeze({
  // The request is malformed.
  TICKET_INVALID: 400,
  INSTANT_INVALID: 400,
  PERIOD_INVALID: 400,
  DATE_INVALID: 400,
  MONTH_INVALID: 400,
  ASSESS_INPUT_INVALID: 400,
  SIMULATE_OPTION_INVALID: 400,
  GENERATE_OPTION_INVALID: 400,
  GENERATE_AS_OF_INVALID: 400,
  GENERATE_COUNT_INVALID: 400,
  GENERATE_DATE_INVALID: 400,
  GENERATE_RANGE_INVALID: 400,
  GENERATE_SEED_INVALID: 400,
  RULESET_AMBIGUOUS: 400,
  RULESET_NOT_A_VERSION: 400,
  COMPARE_DIFFERENT_RULESETS: 400,
  // Something named does not exist.
  RULESET_UNKNOWN: 404,
  RULESET_VERSION_UNKNOWN: 404,
  // Well-formed, but the rules or the calendar cannot answer it.
  RULESET_NOT_IN_FORCE: 422,
  RULESET_INVALID: 422,
  TICKET_OFFICE_MISMATCH: 422,
  TICKET_VALUE_UNKNOWN: 422,
  TICKETS_UNREADABLE: 422,
  RULESET_NO_TICKET_TYPE: 422,
  DATE_OUT_OF_RANGE: 422,
  CALENDAR_NOT_COVERED: 422,
  // Generated tickets of an office that ships no population profile.
  PROFILE_MISSING: 422,
  // Server-side files and configuration (never caused by a request).
  RULES_INVALID: 500,
  PROFILE_INVALID: 500,
  GENERATE_PROFILE_INVALID: 500,
  RULES_DIR_MISSING: 500,
  CALENDAR_INVALID: 500,
  CALENDAR_UNREADABLE: 500,
  TICKET_UNREADABLE: 500,
  TICKETS_NOT_FOUND: 500,
  ASSESS_INPUT_UNREADABLE: 500,
  CASES_DIR_NOT_FOUND: 500,
  TEST_NO_CASES: 500,
});

export function statusOfCode(code: string): number | undefined {
  return HOTLINE_STATUS[code];
}
