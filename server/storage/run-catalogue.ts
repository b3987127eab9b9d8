/**
 * The catalogue of simulation and comparison runs, in `data/catalogue.json` through lowdb
 * (`Low` + `JSONFile`; `JSONFilePreset` would switch to memory under NODE_ENV=test). Writes are
 * serialised through one queue and coalesced: changes made while a write is in flight go out in
 * the next one, and each caller's promise resolves once a write containing its change is done.
 * Bulk per-ticket results live in `runs/<id>.jsonl`, never here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { HotlineError } from '../../engine/index.ts';
import type { RunRecord } from './run-record.ts';

interface CatalogueData {
  format: 1;
  runs: RunRecord[];
}

export class RunCatalogue {
  readonly file: string;
  readonly #db: Low<CatalogueData>;
  #tail: Promise<void> = Promise.resolve();
  #next: Promise<void> | null = null;
  readonly #byId = new Map<string, RunRecord>();

  /** Reads the catalogue synchronously (so `createApp` can stay synchronous); a corrupt file refuses the start. */
  constructor(dataDir: string) {
    this.file = join(dataDir, 'catalogue.json');
    this.#db = new Low<CatalogueData>(new JSONFile(this.file), { format: 1, runs: [] });
    if (existsSync(this.file)) {
      try {
        const data = JSON.parse(readFileSync(this.file, 'utf8')) as CatalogueData;
        if (!Array.isArray(data.runs)) throw new Error('runs is not a list');
        this.#db.data = data;
      } catch (e) {
        throw new HotlineError('CATALOGUE_UNREADABLE', {
          zh: `运行目录文件 ${this.file} 已损坏，无法读取（${String(e)}）；请修复或移走该文件`,
          en: `the run catalogue ${this.file} is corrupt (${String(e)}); repair or move it away`,
        });
      }
    }
    for (const r of this.#db.data.runs) this.#byId.set(r.id, r);
  }

  list(): readonly RunRecord[] {
    return this.#db.data.runs;
  }

  get(id: string): RunRecord | undefined {
    return this.#byId.get(id);
  }

  insert(record: RunRecord): Promise<void> {
    this.#db.data.runs.push(record);
    this.#byId.set(record.id, record);
    return this.persist();
  }

  /** Removes a run from the catalogue (and the file, once persisted). */
  remove(id: string): Promise<void> {
    this.#db.data.runs = this.#db.data.runs.filter((r) => r.id !== id);
    this.#byId.delete(id);
    return this.persist();
  }

  /** Changes a run in memory now; `persist` decides when it reaches the file. */
  patch(id: string, change: Partial<RunRecord>): RunRecord | undefined {
    const r = this.#byId.get(id);
    if (r) Object.assign(r, change);
    return r;
  }

  update(id: string, change: Partial<RunRecord>): Promise<void> {
    this.patch(id, change);
    return this.persist();
  }

  /** Writes the current data once the write in flight (if any) is done; joins a write already waiting. */
  persist(): Promise<void> {
    if (this.#next) return this.#next;
    const next = this.#tail.then(() => {
      this.#next = null;
      return this.#db.write();
    });
    this.#next = next;
    this.#tail = next.catch(() => {});
    return next;
  }

  /** Resolves when every change so far is on disk. */
  flush(): Promise<void> {
    return this.#next ?? this.#tail;
  }
}
