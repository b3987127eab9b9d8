/**
 * Runs simulations and comparisons in the background, one at a time, in order of arrival. A run is
 * in the catalogue (persisted) before its 202 is sent; its status, progress and summary follow it;
 * its per-ticket rows and report go to `runs/<id>.*`. Cancelling stops it before its next ticket.
 * Runs a previous process left queued or running are marked `interrupted` at start.
 */
import { randomBytes } from 'node:crypto';
import { formatInstant, isHotlineError, type Text } from '../../engine/index.ts';
import type { Clock, Logger } from '../options.ts';
import type { RunCatalogue } from '../storage/run-catalogue.ts';
import type { RunFiles } from '../storage/run-files.ts';
import { FINISHED, type RunRecord } from '../storage/run-record.ts';

export interface JobIO {
  /** Wraps the tickets so that the run stops at the next one once cancelled. */
  guard<T>(items: Iterable<T>): Iterable<T>;
  progress(p: { done: number; total?: number }): void;
  row(row: unknown): Promise<void>;
}

export type JobBody = (io: JobIO) => Promise<{ report: unknown; summary: unknown }>;

export type NewRun = Omit<RunRecord, 'id' | 'createdAt' | 'status' | 'progress'> & { total?: number };

class Cancelled extends Error {}

function* guarded<T>(items: Iterable<T>, stopped: () => boolean): Generator<T> {
  for (const item of items) {
    if (stopped()) throw new Cancelled();
    yield item;
  }
}

const INTERRUPTED: Text = { zh: '服务停止时该运行尚未完成', en: 'the service stopped before the run finished' };

export class RunManager {
  readonly #queue: { id: string; body: JobBody }[] = [];
  readonly #cancelled = new Set<string>();
  #pumping: Promise<void> | null = null;
  #closing = false;

  constructor(
    private readonly catalogue: RunCatalogue,
    private readonly files: RunFiles,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    for (const r of catalogue.list()) {
      if (FINISHED.includes(r.status)) continue;
      catalogue.patch(r.id, this.#interrupted(r.id, r.progress.total));
    }
    void catalogue.persist();
  }

  /**
   * What an interrupted run keeps: how far it got (the rows written), and those rows, readable as
   * JSON Lines and marked partial. It can be deleted like any finished run.
   */
  #interrupted(id: string, total?: number): Partial<RunRecord> {
    const done = this.files.countRows(id);
    return {
      status: 'interrupted',
      error: { code: 'RUN_INTERRUPTED', message: INTERRUPTED },
      progress: { done, ...(total !== undefined ? { total } : {}) },
      ...(done > 0 ? { files: { rows: this.files.rowsName(id), rowCount: done, partial: true } } : {}),
    };
  }

  /** Removes a finished run: its record and its files. */
  async remove(id: string): Promise<void> {
    this.files.remove(id);
    await this.catalogue.remove(id);
  }

  #now(): string {
    return formatInstant(this.clock.now());
  }

  get(id: string): RunRecord | undefined {
    return this.catalogue.get(id);
  }

  list(): readonly RunRecord[] {
    return this.catalogue.list();
  }

  report<T>(id: string): T | undefined {
    return this.files.readReport<T>(id);
  }

  rows(id: string) {
    return this.files.rows(id);
  }

  /** Records the run (on disk before this resolves) and queues it. */
  async submit(run: NewRun, body: JobBody): Promise<RunRecord> {
    const { total, ...rest } = run;
    const id = `run_${this.clock.now().toString(36)}${randomBytes(6).toString('hex')}`;
    const record: RunRecord = {
      id,
      ...rest,
      createdAt: this.#now(),
      status: 'queued',
      progress: { done: 0, ...(total !== undefined ? { total } : {}) },
    };
    await this.catalogue.insert(record);
    this.#queue.push({ id, body });
    this.#pumping ??= this.#pump();
    return record;
  }

  /** Cancels a queued or running run; resolves once it has stopped. Finished runs are returned unchanged. */
  async cancel(id: string): Promise<RunRecord | undefined> {
    const r = this.catalogue.get(id);
    if (!r || FINISHED.includes(r.status)) return r;
    this.#cancelled.add(id);
    const queued = this.#queue.findIndex((j) => j.id === id);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      await this.catalogue.update(id, { status: 'cancelled', finishedAt: this.#now() });
    } else await this.#pumping; // the running run stops at its next ticket
    return this.catalogue.get(id);
  }

  /** Stops taking work: the running run is stopped, queued ones are left as interrupted; everything is flushed. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const j of this.#queue.splice(0))
      this.catalogue.patch(j.id, this.#interrupted(j.id, this.catalogue.get(j.id)?.progress.total));
    for (const r of this.catalogue.list()) if (r.status === 'running') this.#cancelled.add(r.id);
    await this.#pumping;
    await this.catalogue.persist();
  }

  async #pump(): Promise<void> {
    try {
      // Answer the request that queued the run (202) before any ticket is evaluated.
      await new Promise((resolve) => setImmediate(resolve));
      for (let job = this.#queue.shift(); job; job = this.#queue.shift()) await this.#execute(job.id, job.body);
    } finally {
      this.#pumping = null;
    }
  }

  async #execute(id: string, body: JobBody): Promise<void> {
    void this.catalogue.update(id, { status: 'running', startedAt: this.#now() });
    const rows = this.files.rowWriter(id);
    const stopped = () => this.#cancelled.has(id);
    const io: JobIO = {
      guard: (items) => guarded(items, stopped),
      progress: (p) => this.catalogue.patch(id, { progress: p }),
      row: (row) => rows.write(row),
    };
    try {
      const { report, summary } = await body(io);
      await rows.close();
      await this.files.writeReport(id, report);
      const files = { rows: this.files.rowsName(id), report: this.files.reportName(id), rowCount: rows.count() };
      await this.catalogue.update(id, { status: 'done', finishedAt: this.#now(), summary, files });
    } catch (e) {
      await rows.close();
      if (e instanceof Cancelled || stopped()) {
        if (this.#closing) {
          const total = this.catalogue.get(id)?.progress.total;
          await this.catalogue.update(id, { ...this.#interrupted(id, total), finishedAt: this.#now() });
          return;
        }
        this.files.remove(id);
        await this.catalogue.update(id, { status: 'cancelled', finishedAt: this.#now() });
        return;
      }
      const error = isHotlineError(e)
        ? { code: e.code, message: e.text }
        : {
            code: 'RUN_FAILED',
            message: { zh: '运行失败（内部错误，已记录）', en: 'the run failed (internal error, logged)' },
          };
      if (!isHotlineError(e))
        this.logger.error({ level: 'error', msg: 'run failed', run: id, error: String(e), stack: (e as Error)?.stack });
      await this.catalogue.update(id, { status: 'failed', finishedAt: this.#now(), error });
    } finally {
      this.#cancelled.delete(id);
    }
  }
}
