/**
 * Watches the rules folder (recursively: `fs.watch` with `recursive` works on Linux from Node 20,
 * verified on 20.20 including folders created after the watch started) and the calendar file,
 * and calls `onChange` once things have been quiet for `debounceMs` — an editor's save is often a
 * write, a rename and a chmod.
 */
import { type FSWatcher, watch } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Logger } from '../options.ts';

export interface RulesWatcher {
  close(): void;
}

export function watchRules(
  o: { rulesDir: string; calendarFile: string; debounceMs: number; logger: Logger },
  onChange: () => void,
): RulesWatcher {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, o.debounceMs);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  const add = (path: string, recursive: boolean) => {
    try {
      const w = watch(path, { recursive, persistent: false }, fire);
      w.on('error', (e) => o.logger.error({ level: 'warn', msg: 'rules watcher error', error: String(e) }));
      watchers.push(w);
    } catch (e) {
      o.logger.error({ level: 'warn', msg: 'cannot watch', path, error: String(e) });
    }
  };
  add(o.rulesDir, true);
  if (relative(o.rulesDir, o.calendarFile).startsWith('..')) add(dirname(o.calendarFile), false);
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
