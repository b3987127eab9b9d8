/**
 * The one way rule files are read. A `RulesSource` is a rules root seen as a tree of POSIX paths
 * (`<ruleset-id>/<version>/<file>.yaml`, `schema/…`): a folder on disk (`folderSource`, confined to
 * its root: `..`, absolute paths and symlinks that leave it are refused before anything is read),
 * an in-memory map of file names to texts (`memorySource`, a draft: never written anywhere), or a
 * draft mounted over a served root (`layeredSource`). Paths are normalised by `resolveInside`
 * before any read; a path that leaves the root is `outside`, and nothing about the file system
 * beyond the root is learnt from the answer.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';

/** The largest rule file read (a rule file of a real office is under 64 KiB). */
export const MAX_RULE_FILE_BYTES = 512 * 1024;

export type SourceRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'outside' | 'too-large' | 'not-a-file' };

export interface RulesSource {
  /** The text of the file at a normalised root-relative path (see `resolveInside`). */
  read(path: string): SourceRead;
  /** Whether a file is at that path (without reading it). */
  has(path: string): boolean;
  /** Names of the sub-folders (`folders`) or files of a folder (`''` is the root), sorted. */
  list(dir: string, kind: 'folders' | 'files'): string[];
  /** How a path is named in diagnostics. */
  show(path: string): string;
  /** The folder on disk of a path, when the source has one (for reports only; never read through). */
  where(path: string): string | undefined;
}

/**
 * `name` (relative to the folder `base`, both POSIX and root-relative) as a normalised path inside
 * the root, or undefined when it is absolute, uses `\`, a NUL or leaves the root.
 */
export function resolveInside(base: string, name: string): string | undefined {
  if (name === '' || name.includes('\\') || name.includes('\0') || posix.isAbsolute(name) || /^[A-Za-z]:/.test(name))
    return undefined;
  const p = posix.normalize(posix.join(base || '.', name));
  if (p === '..' || p.startsWith('../') || p === '.' || p.startsWith('/')) return undefined;
  return p;
}

const isInside = (root: string, abs: string) => abs === root || abs.startsWith(root + sep);

/** A folder on disk as a rules root. `displayRoot`: diagnostics show paths relative to it (default: cwd). */
export function folderSource(root: string, o: { displayRoot?: string; maxFileBytes?: number } = {}): RulesSource {
  const abs = resolve(root);
  let real: string | undefined;
  const realRoot = () => {
    real ??= (() => {
      try {
        return realpathSync(abs);
      } catch {
        return abs;
      }
    })();
    return real;
  };
  const max = o.maxFileBytes ?? MAX_RULE_FILE_BYTES;
  /** The real path of `path`, or undefined when it (through a symlink) leaves the root. */
  const locate = (path: string): string | undefined => {
    const target = join(abs, ...path.split('/'));
    try {
      const r = realpathSync(target);
      return isInside(realRoot(), r) ? r : undefined;
    } catch {
      return target;
    }
  };
  return {
    read(path) {
      if (resolveInside('', path) !== path) return { ok: false, reason: 'outside' };
      const r = locate(path);
      if (r === undefined) return { ok: false, reason: 'outside' };
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(r);
      } catch {
        return { ok: false, reason: 'missing' };
      }
      if (!st.isFile()) return { ok: false, reason: 'not-a-file' };
      if (st.size > max) return { ok: false, reason: 'too-large' };
      try {
        return { ok: true, text: readFileSync(r, 'utf8') };
      } catch {
        return { ok: false, reason: 'missing' };
      }
    },
    has(path) {
      if (resolveInside('', path) !== path) return false;
      const r = locate(path);
      try {
        return r !== undefined && statSync(r).isFile();
      } catch {
        return false;
      }
    },
    list(dir, kind) {
      if (dir !== '' && resolveInside('', dir) !== dir) return [];
      const r = dir === '' ? realRoot() : locate(dir);
      if (r === undefined) return [];
      try {
        return readdirSync(r, { withFileTypes: true })
          .filter((e) => !e.name.startsWith('.'))
          .filter((e) => {
            if (e.isSymbolicLink()) {
              const p = dir === '' ? e.name : `${dir}/${e.name}`;
              const t = locate(p);
              if (t === undefined) return false;
              try {
                return kind === 'folders' ? statSync(t).isDirectory() : statSync(t).isFile();
              } catch {
                return false;
              }
            }
            return kind === 'folders' ? e.isDirectory() : e.isFile();
          })
          .map((e) => e.name)
          .sort();
      } catch {
        return [];
      }
    },
    show: (path) => relative(o.displayRoot ?? process.cwd(), join(abs, ...path.split('/'))) || path,
    where: (path) => join(abs, ...path.split('/')),
  };
}

/** An in-memory tree (a draft): `files` maps normalised root-relative paths to texts. */
export function memorySource(files: ReadonlyMap<string, string>, show: (path: string) => string): RulesSource {
  return {
    read(path) {
      const text = files.get(path);
      if (text !== undefined) return { ok: true, text };
      for (const k of files.keys()) if (k.startsWith(`${path}/`)) return { ok: false, reason: 'not-a-file' };
      return { ok: false, reason: 'missing' };
    },
    has: (path) => files.has(path),
    list(dir, kind) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const out = new Set<string>();
      for (const k of files.keys()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length).split('/');
        if (kind === 'files' && rest.length === 1) out.add(rest[0]!);
        if (kind === 'folders' && rest.length > 1) out.add(rest[0]!);
      }
      return [...out].sort();
    },
    show,
    where: () => undefined,
  };
}

/** `top` over `bottom`: a path is read from `top` when it has it, else from `bottom`. */
export function layeredSource(top: RulesSource, bottom: RulesSource): RulesSource {
  return {
    read(path) {
      const r = top.read(path);
      return r.ok || r.reason !== 'missing' ? r : bottom.read(path);
    },
    has: (path) => top.has(path) || bottom.has(path),
    list: (dir, kind) => [...new Set([...top.list(dir, kind), ...bottom.list(dir, kind)])].sort(),
    show: (path) => (top.has(path) ? top.show(path) : bottom.show(path)),
    where: (path) => (top.has(path) ? top.where(path) : bottom.where(path)),
  };
}

/** `inner` seen at `prefix/` (a draft folder mounted at `<ruleset-id>/<version>` of a rules root). */
export function mountedSource(prefix: string, inner: RulesSource): RulesSource {
  const strip = (path: string) => (path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined);
  return {
    read(path) {
      const p = strip(path);
      return p === undefined ? { ok: false, reason: 'missing' } : inner.read(p);
    },
    has: (path) => {
      const p = strip(path);
      return p !== undefined && inner.has(p);
    },
    list(dir, kind) {
      if (dir === prefix) return inner.list('', kind);
      const p = strip(dir);
      if (p !== undefined) return inner.list(p, kind);
      const parts = prefix.split('/');
      const at = dir === '' ? 0 : dir.split('/').length;
      if (kind === 'folders' && (dir === '' || prefix.startsWith(`${dir}/`))) return [parts[at]!];
      return [];
    },
    show: (path) => inner.show(strip(path) ?? path),
    where: (path) => {
      const p = strip(path);
      return p === undefined ? undefined : inner.where(p);
    },
  };
}
