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
  /** The rule sets that kept their previous rules (absent when the whole reload was refused). */
  rulesets?: string[];
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
  /** The last refused calendar file (the previous calendar stayed active), marked resolved once a later one loads. */
  lastCalendarError(): ReloadError | null;
  lastReloadAt(): string | null;
}

export function createRulesHolder(files: Omit<LoadRulesOptions, 'now'>, clock: Clock, logger: Logger): RulesHolder {
  let state = loadRulesState({ ...files, now: clock.now() });
  let failure: ReloadError | null = null;
  let calendarFailure: ReloadError | null = null;
  let reloadedAt: string | null = null;
  return {
    current: () => state,
    lastError: () => failure,
    lastCalendarError: () => calendarFailure,
    lastReloadAt: () => reloadedAt,
    reload(): ReloadResult {
      const now = clock.now();
      reloadedAt = formatInstant(now);
      try {
        const next = loadRulesState({ ...files, now }, state);
        const changed = next.revision !== state.revision || next.calendar.revision !== state.calendar.revision;
        if (changed || next.kept.length !== state.kept.length) state = next;
        if (next.calendarKept) {
          const k = next.calendarKept;
          calendarFailure = {
            at: reloadedAt,
            code: k.code,
            message: {
              zh: `新日历文件有 ${k.diagnostics.length} 处错误，仍使用上一次有效的日历（${state.calendarLoadedAt}载入）：${k.message.zh}`,
              en: `the new calendar file has ${k.diagnostics.length} error(s); the last valid calendar (loaded ${state.calendarLoadedAt}) stays active: ${k.message.en}`,
            },
            diagnostics: k.diagnostics,
            resolvedAt: null,
          };
          logger.error({ level: 'warn', msg: 'calendar reload rejected', code: k.code, kept: state.calendar.revision });
          if (next.kept.length === 0) {
            failure = calendarFailure;
            return { ok: false, changed, revision: state.revision, error: failure };
          }
        } else if (calendarFailure && calendarFailure.resolvedAt === null) {
          calendarFailure = { ...calendarFailure, resolvedAt: reloadedAt };
        }
        if (next.kept.length > 0) {
          // One office's broken edit: the others took their new files; this one keeps its last good rules.
          const diagnostics = next.kept.flatMap((k) => k.diagnostics);
          const ids = next.kept.map((k) => k.id);
          failure = {
            at: reloadedAt,
            code: 'RULES_INVALID',
            message: {
              zh: `规则集 ${ids.join('、')} 的新文件有 ${diagnostics.length} 处错误，仍使用其上一次有效的规则；其他规则集已重新载入`,
              en: `the new files of rule set(s) ${ids.join(', ')} have ${diagnostics.length} error(s); their last valid rules stay active, the others were reloaded`,
            },
            diagnostics,
            resolvedAt: null,
            rulesets: ids,
          };
          logger.error({ level: 'warn', msg: 'rules reload partly rejected', kept: ids, revision: state.revision });
          return { ok: false, changed, revision: state.revision, error: failure };
        }
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
