/**
 * Shared by the end-to-end tests: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the page built by Vite into server/web/dist exactly as `npm run build:web` does, the
 * real server (`startServer` on port 0, a temp data folder), and the draft files the tests paste.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { type RunningServer, startServer } from '../../server/main.ts';

export { ticketTypesWith } from '../server/runs-helpers.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(PACKAGE_ROOT, 'test', 'e2e', 'screenshots');

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Fails (never skips) when the browser is missing: CI installs it. */
export function requireChromium(): void {
  if (!hasChromium()) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the end-to-end tests need Debian's Chromium ` +
        '(apt-get install -y chromium fonts-noto-cjk) or CHROMIUM_PATH pointing to a Chromium binary.',
    );
  }
}

/** Builds the page as `npm run build:web` does (into server/web/dist, which the server serves). */
export async function buildPage(): Promise<void> {
  await build({ configFile: join(PACKAGE_ROOT, 'server', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export function launchChromium(): Promise<Browser> {
  requireChromium();
  // launch() gives every run a new, empty user data directory of its own (removed on close).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Served extends RunningServer {
  dataDir: string;
  stop(): Promise<void>;
}

export async function serve(): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotline-e2e-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, watch: false, logger: false });
  return Object.assign(server, {
    dataDir,
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
