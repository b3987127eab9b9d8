import { describe, expect, it } from 'vitest';
import { isHotlineError } from '../../engine/errors.ts';
import { resolveRules, resolveVersion } from '../../engine/simulate/resolve-rules.ts';

// What `simulate --rules` and `compare --base/--candidate` accept, with three offices loaded.
describe('naming the rules of a batch', () => {
  it('a bare version is the default office’s; <office>/<version> names another office', () => {
    expect(resolveVersion('2025-04-14').id).toBe('sheshan-12345');
    expect(resolveVersion('xiayang-12345/2022-06-08')).toMatchObject({ id: 'xiayang-12345', version: '2022-06-08' });
    expect(resolveVersion('2019-12-02', { rulesetId: 'daning-12345' }).id).toBe('daning-12345');
    expect(resolveRules(undefined).kind).toBe('catalog');
  });

  it('an unknown version of a named office says which versions it has', () => {
    try {
      resolveVersion('xiayang-12345/2030-01-01');
      expect.unreachable();
    } catch (e) {
      expect(isHotlineError(e) && e.code).toBe('RULESET_VERSION_UNKNOWN');
      expect(isHotlineError(e) && e.text.zh).toContain('xiayang-12345 的版本（已有：2022-06-08）');
    }
  });
});
