/**
 * `/docs` on a phone (issue 14: "cut off on a phone, fixed 300 px sidebar, no examples or try-it"):
 * at 375×812 the reference fits the screen, every request stays on this server (the renderer is
 * served from node_modules, no CDN, no fonts or telemetry from elsewhere), the operation shows its
 * request example, and try-it sends the example to this server and gets a decision back.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium, type Served, screenshotPath, serve } from './helpers.ts';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  server = await serve();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('/docs on a phone', () => {
  it('fits 375 px, stays offline, shows the example and tries it against this server', async () => {
    requireChromium();
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await page.goto(`${server.url}/docs`);
    const tryIt = page.getByRole('button', { name: /Test Request.*post \/v1\/decisions/ }).first();
    await tryIt.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The request example of server/openapi/examples.ts, named as it is there.
    expect(await page.getByText('一张工单 / one ticket').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('docs-phone.png') });

    await tryIt.scrollIntoViewIfNeeded();
    await tryIt.click();
    const answered = page.waitForResponse((r) => r.url().startsWith(`${server.url}/v1/decisions`));
    await page.getByRole('button', { name: /^Send/ }).first().click();
    const res = await answered;
    expect(res.request().method()).toBe('POST');
    expect(res.status()).toBe(200);
    const decision = (await res.json()) as { ticketId: string; deadlines: unknown[] };
    expect(decision.ticketId).toMatch(/\S/);
    expect(decision.deadlines.length).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('docs-phone-try-it.png') });
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 90_000);
});
