/** The validation worker thread: runs each job it is sent and posts back the result (or the error's message). */
import { parentPort } from 'node:worker_threads';
import { runValidationJob, type ValidationJob } from './validation-jobs.ts';

const port = parentPort;
if (!port) throw new Error('validation-worker.ts runs only as a worker thread');
port.on('message', (m: { id: number; job: ValidationJob }) => {
  try {
    port.postMessage({ id: m.id, result: runValidationJob(m.job) });
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
