/**
 * Holds the current `RulesState` and swaps it atomically on a valid reload. An invalid change is
 * rejected with its diagnostics and the previous state stays active; the failure is kept for
 * `/v1/rulesets` until a later reload succeeds (then it is marked resolved).
 */
import { type Diagnostic, formatInstant, isHotlineError, type Text } from '../../engine/index.ts';
import type { Clock, Logger } from '../options.ts';
import { type LoadRulesOptions, loadRulesState, type RulesState } from './rules-state.ts';

export interface ReloadError {
  at: string;
  code: string;
  message: Text;
  diagnostics: Diagnostic[];
  /** When a later reload succeeded. */
  resolvedAt: string | null;
}

export interface ReloadResult {
  ok: boolean;
  /** Whether the active revision changed. */
  changed: boolean;
  revision: string;
  error: ReloadError | null;
}

export interface RulesHolder {
  current(): RulesState;
  reload(): ReloadResult;
  lastError(): ReloadError | null;
  lastReloadAt(): string | null;
}

export function createRulesHolder(files: Omit<LoadRulesOptions, 'now'>, clock: Clock, logger: Logger): RulesHolder {
  let state = loadRulesState({ ...files, now: clock.now() });
  let failure: ReloadError | null = null;
  let reloadedAt: string | null = null;
  return {
    current: () => state,
    lastError: () => failure,
    lastReloadAt: () => reloadedAt,
    reload(): ReloadResult {
      const now = clock.now();
      reloadedAt = formatInstant(now);
      try {
        const next = loadRulesState({ ...files, now });
        const changed = next.revision !== state.revision || next.calendar.revision !== state.calendar.revision;
        if (changed) state = next;
        if (failure && failure.resolvedAt === null) failure = { ...failure, resolvedAt: reloadedAt };
        logger.info({ msg: 'rules reloaded', revision: state.revision, changed });
        return { ok: true, changed, revision: state.revision, error: null };
      } catch (e) {
        failure = {
          at: reloadedAt,
          code: isHotlineError(e) ? e.code : 'RELOAD_FAILED',
          message: isHotlineError(e) ? e.text : { zh: `重新载入失败：${String(e)}`, en: `reload failed: ${String(e)}` },
          diagnostics: isHotlineError(e) ? ((e.details as { diagnostics?: Diagnostic[] })?.diagnostics ?? []) : [],
          resolvedAt: null,
        };
        logger.error({ level: 'warn', msg: 'rules reload rejected', code: failure.code, kept: state.revision });
        return { ok: false, changed: false, revision: state.revision, error: failure };
      }
    },
  };
}
