/**
 * Shared by the end-to-end tests: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the page built by Vite into server/web/dist exactly as `npm run build:web` does, the
 * real server (`startServer` on port 0, a temp data folder), and the draft files the tests paste.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/index.ts';
import { type RunningServer, startServer } from '../../server/main.ts';

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

const SHIPPED = join(RULES_DIR, 'sheshan-12345', '2025-04-14', 'ticket-types.yaml');

/**
 * The shipped ticket-types.yaml with the period of one rule replaced: the `period:` line of the
 * rule `ruleId` (the first after its `- id:` line) gets `period`. Returns the text and that line.
 */
export function ticketTypesWith(ruleId: string, period: string): { text: string; line: number } {
  const lines = readFileSync(SHIPPED, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.trim() === `- id: ${ruleId}`);
  const p = lines.findIndex((l, i) => i > at && /^\s+period: /.test(l));
  if (at < 0 || p < 0) throw new Error(`no rule ${ruleId} with a period in ${SHIPPED}`);
  lines[p] = lines[p]!.replace(/period: .*/, `period: ${period}`);
  return { text: lines.join('\n'), line: p + 1 };
}
