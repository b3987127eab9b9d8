/**
 * The second thread of a large batch (started through worker-bootstrap.mjs): rebuilds the job from
 * its plain-data spec, then runs each chunk it is sent, one at a time, and posts the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chunkRunner, type JobSpec } from './job.ts';
import type { TicketInput } from './types.ts';

export interface ChunkRequest {
  id: number;
  offset: number;
  items: TicketInput[];
}

const port = parentPort;
if (!port) throw new Error('simulate-worker.ts runs only as a worker thread');
const run = chunkRunner((workerData as { spec: JobSpec }).spec);
let queue: Promise<void> = Promise.resolve();

port.on('message', (m: ChunkRequest) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ id: m.id, result: await run(m.items, m.offset) });
    } catch (e) {
      port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
});
