/**
 * Issue 14's page findings in a real browser (Chromium via playwright-core, the real server).
 * So far: the explanation's deadline lines are a real list, with readable dates.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPage,
  hasChromium,
  launchChromium,
  requireChromium,
  type Served,
  screenshotPath,
  serve,
} from './helpers.ts';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  await buildPage();
  server = await serve();
  if (hasChromium()) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('page findings (issue 14)', () => {
  it('shows the explanation’s deadlines as a list, with dates as 10月9日 24时', async () => {
    requireChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#cal-fixture').selectOption('SS-2025-0930-001');
    // Accepted Tue 09-30 10:00; dispatch due 1 working day after received: 10-01…10-08 off → 10-09, 24:00.
    await page.locator('#cal-asof').fill('2025-09-30T12:00');
    await page.locator('#cal-decide').click();
    await page.waitForFunction(() =>
      document.querySelector('#cal-explanation-text')?.textContent?.includes('截至2025年9月30日'),
    );
    const items = await page.locator('#cal-explanation-text ul.expl-list li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items[0]).toBe('派单（依据第四条第（一）项）：期限10月9日 24时，9月30日 09:00完成，已按时完成。');
    expect(items.some((i) => i.startsWith('- '))).toBe(false);
    await page.locator('#cal-explanation-text').screenshot({ path: screenshotPath('findings-explanation-list.png') });
    await context.close();
  }, 60_000);
});
