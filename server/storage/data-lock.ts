/**
 * One writer per data folder: `data/.lock` is created with `wx` and holds the owner's pid. A lock
 * whose pid is no longer running is stale and taken over; a live one refuses the start with a
 * clear zh/en message (lowdb has no locking: two writers on one file lose data).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { HotlineError } from '../../engine/index.ts';

export interface DataLock {
  readonly file: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another host's pid cannot be checked from here: assume it runs. */
function isLive(other: Partial<LockInfo>, host: string): boolean {
  if (typeof other.pid !== 'number') return false;
  if (other.host !== undefined && other.host !== host) return true;
  return alive(other.pid);
}

/** An unreadable lock younger than 5 s may be one being written right now. */
function justWritten(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function readLock(file: string): Partial<LockInfo> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
  } catch {
    return null;
  }
}

function tryCreate(file: string, info: LockInfo): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, JSON.stringify(info));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

export function acquireDataLock(dataDir: string, startedAt: string): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, '.lock');
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt, token: randomUUID() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file, info)) {
      return {
        file,
        release() {
          if (readLock(file)?.token !== info.token) return; // not ours any more
          try {
            unlinkSync(file);
          } catch {}
        },
      };
    }
    const other = readLock(file);
    const live = other === null ? justWritten(file) : isLive(other, info.host);
    if (live || attempt > 0) {
      throw new HotlineError(
        'DATA_DIR_LOCKED',
        {
          zh: `数据目录 ${dataDir} 正由另一个服务进程使用（主机 ${other?.host ?? '?'}，pid ${other?.pid ?? '?'}，自 ${other?.startedAt ?? '?'} 起）；同一数据目录只能运行一个服务。请先停止该进程，或用 HOTLINE_DATA_DIR 指定其他目录。${
            other?.host !== undefined && other.host !== info.host
              ? `该锁来自另一台主机，本机无法判断其是否仍在运行：确认主机 ${other.host} 上的 pid ${other.pid ?? '?'} 已停止后，删除 ${file} 即可接管。`
              : `确认 pid ${other?.pid ?? '?'} 已停止后，删除 ${file} 即可接管。`
          }`,
          en: `the data folder ${dataDir} is in use by another server process (host ${other?.host ?? '?'}, pid ${other?.pid ?? '?'}, since ${other?.startedAt ?? '?'}); one server per data folder. Stop that process or set HOTLINE_DATA_DIR to another folder. ${
            other?.host !== undefined && other.host !== info.host
              ? `The lock comes from another host, so this one cannot tell whether it still runs: once pid ${other.pid ?? '?'} on ${other.host} is stopped, delete ${file} to take over.`
              : `Once pid ${other?.pid ?? '?'} is stopped, delete ${file} to take over.`
          }`,
        },
        { lock: file, pid: other?.pid },
      );
    }
    // Stale: the owner is gone. Take it over.
    try {
      unlinkSync(file);
    } catch {}
  }
  throw new Error('unreachable');
}
