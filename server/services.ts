/** What the routes share: resolved options, the rules holder, the runs, and when the service started. */
import type { ResolvedOptions } from './options.ts';
import type { RulesHolder } from './rules/rules-holder.ts';
import type { RunManager } from './runs/run-manager.ts';

export interface Services {
  readonly options: ResolvedOptions;
  readonly rules: RulesHolder;
  readonly runs: RunManager;
  /** Epoch ms, by the app's clock. */
  readonly startedAt: number;
}
