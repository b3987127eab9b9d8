/**
 * `startServer(options)` serves `createApp` on a port (default 127.0.0.1:8787; `port: 0` picks a
 * free one) and returns how to reach and stop it. Run as a script (`tsx server/main.ts`), it reads
 * `--port/--host/--rules/--data-dir/--strict` (or PORT, HOST, HOTLINE_RULES_DIR,
 * HOTLINE_DATA_DIR, HOTLINE_API_TOKEN, HOTLINE_STRICT), prints a Chinese + English start line and
 * stops gracefully on SIGINT/SIGTERM: no new connections, in-flight requests finish, the running
 * simulation is stopped and recorded, the catalogue is flushed, the lock released.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { isHotlineError } from '../engine/index.ts';
import { createApp, type HotlineApp } from './app.ts';
import { optionsFromArgs } from './cli-options.ts';
import type { AppOptions } from './options.ts';

export interface StartOptions extends AppOptions {
  port?: number;
  host?: string;
}

export interface RunningServer {
  app: HotlineApp;
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', ...appOptions } = options;
  const app = createApp(appOptions);
  let server: Server;
  const info = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port, hostname: host }, resolve) as Server;
    server.once('error', reject);
  }).catch(async (e) => {
    await app.close();
    throw e;
  });
  const url = `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    url,
    port: info.port,
    host: info.address,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => app.close());
      return closing;
    },
  };
}

async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer(optionsFromArgs(process.argv.slice(2), process.env));
  } catch (e) {
    const msg = isHotlineError(e) ? `${e.text.zh}\n${e.text.en}` : String(e instanceof Error ? e.message : e);
    process.stderr.write(`无法启动 / cannot start: ${msg}\n`);
    const diagnostics = isHotlineError(e)
      ? ((
          e.details as {
            diagnostics?: { file: string; line: number; col: number; code: string; message: { zh: string } }[];
          }
        )?.diagnostics ?? [])
      : [];
    for (const d of diagnostics) process.stderr.write(`${d.file}:${d.line}:${d.col}: ${d.code}: ${d.message.zh}\n`);
    process.exitCode = 1;
    return;
  }
  const { app, url } = running;
  const state = app.services.rules.current();
  const rev = state.revision.slice(0, 12);
  process.stdout.write(
    `12345 热线决策服务已启动：${url}（规则版本 ${rev}，日历 ${state.calendar.revision.slice(0, 12)}，数据目录 ${app.services.options.dataDir}；接口说明 ${url}/docs）\n` +
      `hotline decision service listening on ${url} (rules ${rev}; API reference at ${url}/docs)\n`,
  );
  const stop = (signal: string) => {
    process.stdout.write(`收到 ${signal}，正在停止… / ${signal} received, shutting down…\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.close().then(
      () => process.stdout.write('已停止 / stopped\n'),
      (e) => {
        process.stderr.write(`停止时出错 / error while stopping: ${String(e)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
