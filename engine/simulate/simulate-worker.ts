/**
 * The second thread of a large batch (started through worker-bootstrap.mjs): rebuilds the job from
 * its plain-data spec, then runs each chunk it is sent, one at a time, and posts the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCalendar } from '../calendar/calendar.ts';
import { GeneratedSlices, type GeneratedSpec } from './generate-tickets.ts';
import { chunkRunner, type JobSpec } from './job.ts';
import type { TicketInput } from './types.ts';

export interface ChunkRequest {
  id: number;
  offset: number;
  /** The tickets; without them, `size` tickets of the generated batch from `offset` on. */
  items?: TicketInput[];
  size?: number;
}

const port = parentPort;
if (!port) throw new Error('simulate-worker.ts runs only as a worker thread');
const data = workerData as { spec: JobSpec; generated?: GeneratedSpec };
const calendar = createCalendar(data.spec.calendar);
const run = chunkRunner(data.spec, calendar);
// The generated batch's slices, made here (the worker is given increasing offsets).
const slices = data.generated ? new GeneratedSlices(data.generated, calendar) : null;
let queue: Promise<void> = Promise.resolve();

port.on('message', (m: ChunkRequest) => {
  queue = queue.then(async () => {
    try {
      const items = m.items ?? (slices as GeneratedSlices).take(m.offset, m.offset + (m.size ?? 0));
      port.postMessage({ id: m.id, result: await run(items, m.offset) });
    } catch (e) {
      port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
});
