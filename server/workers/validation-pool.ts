/**
 * Validation off the event loop. Checking a large draft or YAML body takes long enough (about
 * 16 µs per key, linear) to stall every other request, so jobs over `inlineBytes` run in one
 * worker thread, started on first use; small ones run inline, where a round trip would cost more.
 * If the worker cannot start or dies, the job runs inline: an answer is never lost. A rule set
 * that comes back from the worker is frozen again (structured clone drops freezing).
 */
import { Worker } from 'node:worker_threads';
import { deepFreeze } from '../../engine/index.ts';
import { jobSize, runValidationJob, type ValidationJob, type ValidationResult } from './validation-jobs.ts';

const ENTRY = new URL('./validation-bootstrap.mjs', import.meta.url);

interface Pending {
  resolve: (r: unknown) => void;
  reject: (e: Error) => void;
}

export interface ValidationPool {
  run<J extends ValidationJob>(job: J): Promise<ValidationResult<J>>;
  close(): Promise<void>;
}

export function createValidationPool(o: { inlineBytes: number }): ValidationPool {
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const fail = (e: Error) => {
    broken = true;
    worker = undefined;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(ENTRY);
    w.unref();
    w.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => fail(new Error(`validation worker exited (code ${code})`)));
    return w;
  };
  return {
    async run<J extends ValidationJob>(job: J): Promise<ValidationResult<J>> {
      if (broken || jobSize(job) <= o.inlineBytes) return runValidationJob(job);
      worker ??= start();
      const w = worker;
      const id = nextId++;
      try {
        const result = await new Promise<unknown>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          w.postMessage({ id, job });
        });
        const r = result as { ruleset?: unknown; input?: unknown };
        if (r.ruleset) deepFreeze(r.ruleset);
        return result as ValidationResult<J>;
      } catch {
        return runValidationJob(job);
      }
    },
    async close() {
      const w = worker;
      worker = undefined;
      broken = true;
      if (w) await w.terminate();
    },
  };
}
