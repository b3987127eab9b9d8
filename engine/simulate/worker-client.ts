/**
 * The main thread's handle on the simulation worker: posts chunks, resolves each with its result.
 * If the worker fails (it cannot start, it crashes), every chunk it still holds is rejected with
 * `WorkerFailed`, and the caller runs those chunks itself: nothing is lost, nothing counted twice.
 */
import { Worker } from 'node:worker_threads';
import type { GeneratedSpec } from './generate-tickets.ts';
import type { ChunkResult, JobSpec } from './job.ts';
import type { TicketInput } from './types.ts';

export class WorkerFailed extends Error {}

/** The worker's entry: a plain .mjs that registers tsx, then loads simulate-worker.ts. */
export const WORKER_ENTRY = new URL('./worker-bootstrap.mjs', import.meta.url);

interface Pending {
  resolve: (r: ChunkResult) => void;
  reject: (e: Error) => void;
}

export class WorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Set once the worker failed; it takes no more chunks. */
  failure: Error | null = null;

  /** `generated`: the batch's tickets are generated, and the worker makes the slices it is given. */
  constructor(spec: JobSpec, entry: URL = WORKER_ENTRY, generated?: GeneratedSpec) {
    this.worker = new Worker(entry, { workerData: { spec, generated } });
    this.worker.on('message', (m: { id: number; result?: ChunkResult; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.result) p.resolve(m.result);
      else this.fail(new Error(m.error ?? 'worker error'));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`worker exited (code ${code})`)));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  get usable(): boolean {
    return this.failure === null;
  }

  run(items: TicketInput[], offset: number): Promise<ChunkResult> {
    return this.send({ offset, items });
  }

  /** Tickets offset … offset+size−1 of the generated batch, made by the worker. */
  runSlice(offset: number, size: number): Promise<ChunkResult> {
    return this.send({ offset, size });
  }

  private send(request: { offset: number; items?: TicketInput[]; size?: number }): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(new WorkerFailed(this.failure.message));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request });
    });
  }

  private fail(e: Error): void {
    if (!this.failure) this.failure = e;
    for (const p of this.pending.values()) p.reject(new WorkerFailed(e.message));
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await this.worker.terminate();
  }
}
