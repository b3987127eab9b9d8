/** Shared inputs of the simulation tests. */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../engine/rules/paths.ts';

/** The 4-working-day draft (also used by test/rules/versions.test.ts). */
export const DRAFT_DIR = join(PACKAGE_ROOT, 'test/fixtures/rules/draft-normal-4wd/sheshan-12345/2025-12-01');
export const SIM_TICKETS = join(PACKAGE_ROOT, 'test/fixtures/sim-tickets');
export const AS_OF = '2026-01-20T12:00:00+08:00';

/** A result without its timings (the only part that differs between runs). */
export const withoutStats = <T extends { stats: unknown }>(r: T) => ({ ...r, stats: null });
