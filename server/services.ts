/** What the routes share: resolved options, the rules holder, the runs, and when the service started. */
import type { ResolvedOptions } from './options.ts';
import type { DraftCheck, DraftFiles } from './rules/draft.ts';
import type { RulesHolder } from './rules/rules-holder.ts';
import type { RunManager } from './runs/run-manager.ts';
import type { ValidationPool } from './workers/validation-pool.ts';

export interface Services {
  readonly options: ResolvedOptions;
  readonly rules: RulesHolder;
  readonly runs: RunManager;
  /** Large validations run here, off the event loop. */
  readonly validation: ValidationPool;
  /** A draft's check, from the bounded draft cache or the validation pool. */
  checkDraft(files: DraftFiles): Promise<DraftCheck>;
  /** Epoch ms, by the app's clock. */
  readonly startedAt: number;
}
