/** Every HotlineError code the engine raises has an HTTP status in the one table (the CLI's own codes aside). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { HOTLINE_STATUS } from '../../server/http/status-table.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'cli' ? [] : sources(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

/** Codes given to `new HotlineError(` (also `cond ? 'A' : 'B'`) or to generate-tickets' `bad(`. */
function engineCodes(): Map<string, string> {
  const out = new Map<string, string>();
  const patterns = [
    /new HotlineError\(\s*(?:[^,'()]*\?\s*)?'([A-Z][A-Z0-9_]+)'(?:\s*:\s*'([A-Z][A-Z0-9_]+)')?/g,
    /\bbad\(\s*'([A-Z][A-Z0-9_]+)'/g,
  ];
  for (const file of sources(join(PACKAGE_ROOT, 'engine'))) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns)
      for (const m of text.matchAll(re)) for (const c of m.slice(1)) if (c) out.set(c, relative(PACKAGE_ROOT, file));
  }
  return out;
}

describe('status table', () => {
  it('maps every engine error code', () => {
    const codes = engineCodes();
    expect(codes.size).toBeGreaterThan(15);
    const missing = [...codes].filter(([c]) => HOTLINE_STATUS[c] === undefined).map(([c, f]) => `${c} (${f})`);
    expect(missing).toEqual([]);
  });

  it('only client problems are 4xx', () => {
    for (const [code, status] of Object.entries(HOTLINE_STATUS))
      expect([400, 404, 409, 413, 422, 500], code).toContain(status);
  });
});
