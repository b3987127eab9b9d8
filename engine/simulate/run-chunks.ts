/**
 * Runs a job over a stream of tickets in chunks. Small batches run on the main thread only; a batch
 * known to hold `workerFrom` tickets or more starts a worker thread (the second core) with its first
 * chunk, and one of unknown size once that many were read; the worker takes chunks too, at most
 * two at a time, while the main thread runs the others. Results are handed on strictly in chunk
 * order, so the outcome is the same as a single-threaded run, whichever thread ran which chunk.
 * At most `maxQueued` chunk results wait for an earlier one: memory stays bounded.
 *
 * Generated tickets (`generateTickets`, on the job's calendar) are not made here and sent: each
 * thread makes the slices it decides (`GeneratedSlices`), so the worker is sent two numbers per
 * chunk instead of 2,000 tickets to copy, and generating is shared by both cores.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { GENERATED, GeneratedSlices, type GeneratedSpec, type GeneratedTickets } from './generate-tickets.ts';
import { type ChunkResult, chunkRunner, type JobSpec } from './job.ts';
import type { TicketInput } from './types.ts';
import { WorkerClient, WorkerFailed } from './worker-client.ts';

export interface RunChunksOptions {
  spec: JobSpec;
  calendar: Calendar;
  items: Iterable<TicketInput> | AsyncIterable<TicketInput>;
  /** Tickets per chunk (default 2,000). */
  chunkSize?: number;
  /**
   * A batch of at least this many tickets (default 50,000) pays for a worker thread: it starts with
   * the first chunk when the size is known (`total`, or an array's length), otherwise once this
   * many tickets were read. `false`: never.
   */
  workerFrom?: number | false;
  /** How many tickets there will be, when known. */
  total?: number;
  /** The worker's entry module (tests point it at a failing one). */
  workerEntry?: URL;
  /** Called with each chunk's result, in chunk order. */
  onChunk: (result: ChunkResult, index: number, size: number) => void | Promise<void>;
}

export interface RunChunksStats {
  chunks: number;
  workerChunks: number;
  threads: number;
  /** Why the worker stopped helping, if it failed (its chunks were re-run on the main thread). */
  workerError?: string;
}

interface Slot {
  /** null: a generated slice the worker makes (made here again only if the worker fails). */
  items: TicketInput[] | null;
  offset: number;
  size: number;
  result: Promise<ChunkResult>;
  byWorker: boolean;
}

/** A chunk to run: its tickets, or (generated) only where it is in the batch. */
interface Chunk {
  offset: number;
  size: number;
  items: TicketInput[] | null;
}

/** The generated batch's spec, when its tickets can be made where they are decided. */
function generatedSpec(items: RunChunksOptions['items'], calendar: Calendar): GeneratedSpec | undefined {
  const g = (items as Partial<GeneratedTickets>)[GENERATED];
  return g && (g.calendar === calendar || g.calendar.revision === calendar.revision) ? g.spec : undefined;
}

async function* chunksOf(items: RunChunksOptions['items'], size: number): AsyncGenerator<Chunk> {
  let offset = 0;
  for await (const chunk of ticketChunks(items, size)) {
    yield { offset, size: chunk.length, items: chunk };
    offset += chunk.length;
  }
}

function* slicesOf(spec: GeneratedSpec, size: number): Generator<Chunk> {
  for (let offset = 0; offset < spec.count; offset += size) {
    yield { offset, size: Math.min(size, spec.count - offset), items: null };
  }
}

async function* ticketChunks(items: RunChunksOptions['items'], size: number): AsyncGenerator<TicketInput[]> {
  let chunk: TicketInput[] = [];
  for await (const item of items as AsyncIterable<TicketInput>) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

export async function runChunks(options: RunChunksOptions): Promise<RunChunksStats> {
  const { spec, calendar, onChunk } = options;
  const size = Math.max(1, options.chunkSize ?? 2_000);
  const workerFrom = options.workerFrom ?? 50_000;
  const maxQueued = 8;
  const run = chunkRunner(spec, calendar);
  const stats: RunChunksStats = { chunks: 0, workerChunks: 0, threads: 1 };
  const queue: Slot[] = [];
  let worker: WorkerClient | null = null;
  let delivered = 0;

  /** The chunk's result; a chunk the failed worker held is run here instead. */
  const settle = async (slot: Slot): Promise<[ChunkResult, boolean]> => {
    try {
      return [await slot.result, slot.byWorker];
    } catch (e) {
      if (!(e instanceof WorkerFailed)) throw e;
      stats.workerError ??= e.message;
      const items = slot.items ?? new GeneratedSlices(generated!, calendar).take(slot.offset, slot.offset + slot.size);
      return [await run(items, slot.offset), false];
    }
  };
  const deliver = async (slot: Slot) => {
    const [result, byWorker] = await settle(slot);
    if (byWorker) stats.workerChunks++;
    await onChunk(result, delivered++, slot.size);
  };

  const generated = generatedSpec(options.items, calendar);
  const slices = generated ? new GeneratedSlices(generated, calendar) : null;
  try {
    let read = 0;
    const total =
      generated?.count ?? options.total ?? (Array.isArray(options.items) ? options.items.length : undefined);
    const bigEnough = workerFrom !== false && total !== undefined && total >= workerFrom;
    const chunks = generated ? slicesOf(generated, size) : chunksOf(options.items, size);
    for await (const chunk of chunks) {
      if (!worker && workerFrom !== false && (bigEnough || read >= workerFrom)) {
        worker = new WorkerClient(spec, options.workerEntry, generated);
        stats.threads = 2;
      }
      const { offset, size: n } = chunk;
      read += n;
      stats.chunks++;
      if (worker?.usable && worker.inFlight < 2) {
        const result = chunk.items ? worker.run(chunk.items, offset) : worker.runSlice(offset, n);
        result.catch(() => {}); // handled when delivered
        queue.push({ items: chunk.items, offset, size: n, result, byWorker: true });
      } else {
        const items = chunk.items ?? (slices as GeneratedSlices).take(offset, offset + n);
        queue.push({ items, offset, size: n, result: Promise.resolve(await run(items, offset)), byWorker: false });
        // Let the event loop breathe between chunks: the worker's messages, and in a server the
        // other requests (polls, cancellations) — evaluation itself awaits only microtasks.
        await new Promise((resolve) => setImmediate(resolve));
      }
      while (queue.length > 0 && (queue.length > maxQueued || (await isSettled(queue[0]!.result)))) {
        await deliver(queue.shift()!);
      }
    }
    while (queue.length > 0) await deliver(queue.shift()!);
  } finally {
    await worker?.close();
  }
  if (stats.workerChunks === 0 && stats.workerError) stats.threads = 1;
  return stats;
}

const PENDING = Symbol('pending');

/** Whether a promise has settled, without waiting for it (one microtask turn). */
async function isSettled(p: Promise<unknown>): Promise<boolean> {
  const r = await Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    Promise.resolve(PENDING),
  ]);
  return r !== PENDING;
}
