/** Command line and environment → options; an unexpected error → a generic, logged 500. */
import { describe, expect, it } from 'vitest';
import { optionsFromArgs, parseTokens } from '../../server/cli-options.ts';
import { disposeApp, errorBody, testApp } from './helpers.ts';

describe('optionsFromArgs', () => {
  it('flags over environment over defaults', () => {
    expect(optionsFromArgs([], {})).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: 'data', strict: false });
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      HOTLINE_DATA_DIR: '/srv/d',
      HOTLINE_STRICT: '1',
      HOTLINE_API_TOKEN: 'tok',
      HOTLINE_LOG: 'off',
    };
    expect(optionsFromArgs([], env)).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/srv/d',
      strict: true,
      apiToken: 'tok',
      logger: false,
    });
    expect(optionsFromArgs(['--port', '0', '--host', '::1', '--data-dir', 'x'], env)).toMatchObject({
      port: 0,
      host: '::1',
      dataDir: 'x',
    });
    expect(() => optionsFromArgs(['--port', 'http'], {})).toThrow(/port/);
    expect(() => optionsFromArgs(['--bogus'], {})).toThrow();
  });

  it('labelled tokens', () => {
    expect(parseTokens('abc')).toBe('abc');
    expect(parseTokens('alice:a1, bob:b:2')).toEqual({ alice: 'a1', bob: 'b:2' });
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a generic message and are logged without the request body', async () => {
    const app = testApp();
    try {
      app.post('/v1/boom', async (c) => {
        await c.req.text();
        throw new TypeError('kaboom');
      });
      const res = await app.request('/v1/boom', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"secret":"身份证 310101"}',
      });
      expect(res.status).toBe(500);
      const e = await errorBody(res);
      expect(e.code).toBe('INTERNAL');
      expect(e.message).not.toContain('kaboom');
      const logged = app.logs.lines.find((l) => l.msg === 'unhandled error')!;
      expect(logged).toMatchObject({
        route: '/v1/boom',
        method: 'POST',
        error: { name: 'TypeError', message: 'kaboom' },
      });
      expect(JSON.stringify(app.logs.lines)).not.toContain('310101');
    } finally {
      await disposeApp(app);
    }
  });
});
