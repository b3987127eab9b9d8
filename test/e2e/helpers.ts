/**
 * Shared by the end-to-end tests: a Chromium driven by playwright-core (never a browser downloaded
 * at test time: Debian's, `CHROMIUM_PATH`, or the one packaged in `@sparticuz/chromium`, see
 * `chromium.ts`), the page built by Vite into server/web/dist exactly as `npm run build:web` does, the
 * real server (`startServer` on port 0, a temp data folder), and the draft files the tests paste.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { type RunningServer, startServer } from '../../server/main.ts';
import { chooseChromium, packagedArgs, packagedChromium } from './chromium.ts';

export { ticketTypesWith } from '../server/runs-helpers.ts';

export const SCREENSHOTS = join(PACKAGE_ROOT, 'test', 'e2e', 'screenshots');

/** Always true now that a browser ships with the dev dependencies (kept for the tests that ask). */
export const hasChromium = (): boolean => true;

/** Throws when `CHROMIUM_PATH` names a binary that does not exist (tests fail, never skip). */
export function requireChromium(): void {
  chooseChromium();
}

/** Builds the page as `npm run build:web` does (into server/web/dist, which the server serves). */
export async function buildPage(): Promise<void> {
  await build({ configFile: join(PACKAGE_ROOT, 'server', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const choice = chooseChromium();
  // launch() gives every run a new, empty user data directory of its own (removed on close).
  if (choice.path) return chromium.launch({ executablePath: choice.path, args: ['--headless=new', ...ARGS] });
  const packaged = await packagedChromium();
  return chromium.launch({
    executablePath: packaged.executablePath,
    env: packaged.env,
    args: [...packagedArgs(), ...ARGS],
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
