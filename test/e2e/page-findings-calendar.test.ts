/**
 * Issue 14's calendar-tab findings in a real browser (Chromium via playwright-core, the real
 * server): the samples are the named test cases, each decided as of its own `asOf`; a failed
 * request shows each error once and leaves no earlier decision on screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, launchChromium, requireChromium, type Served, screenshotPath, serve } from './helpers.ts';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  await buildPage();
  server = await serve();
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const CASE = '动态汇报·敏感性投诉第一时间报告镇主要领导';

describe('calendar tab findings (issue 14)', () => {
  it('lists the fixture cases by name and decides each as of its own asOf', async () => {
    requireChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    const labels = await page.locator('#cal-fixture option').allTextContents();
    expect(labels).toContain(`${CASE} · SS-2025-0930-070`);
    await page.locator('#cal-fixture').selectOption({ label: `${CASE} · SS-2025-0930-070` });
    // The case (fixtures/tickets/2.2-2.5-4.5-4.6-notices-reports.yaml) is as of 2025-09-30T10:30+08:00.
    expect(await page.locator('#cal-asof').inputValue()).toBe('2025-09-30T10:30');
    await page.locator('#cal-decide').click();
    await page.waitForFunction(() =>
      document.querySelector('#cal-explanation .meta')?.textContent?.includes('SS-2025-0930-070'),
    );
    // Accepted Tue 09-30 10:00; completion due 10-14 (10-01…10-08 off; 10-09, 10-10, 10-11 Sat
    // make-up, 10-13, 10-14), so half an hour after acceptance nothing can be overdue.
    const statuses = await page.locator('#cal-deadlines td .pill').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses).not.toContain('已逾期');
    expect(await page.locator('#cal-deadlines tbody tr', { hasText: '2025-10-14' }).count()).toBeGreaterThan(0);
    await page.locator('#view-calendar').screenshot({ path: screenshotPath('findings-calendar-case.png') });
    await context.close();
  }, 60_000);

  it('shows a personal-data error once and clears the earlier decision', async () => {
    requireChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#cal-deadlines');
    await page.locator('.ticket-json summary').click();
    const ticket = JSON.parse(await page.locator('#cal-ticket').inputValue()) as Record<string, unknown>;
    await page.locator('#cal-ticket').fill(JSON.stringify({ ...ticket, citizenPhone: '13800000000' }, null, 2));
    await page.locator('#cal-decide').click();
    await page.waitForSelector('#cal-error:not([hidden])');
    const msg = (await page.locator('#cal-error').textContent()) ?? '';
    expect(msg).toContain('citizenPhone');
    expect(msg.split('不允许的字段').length - 1).toBe(1);
    expect(await page.locator('#cal-deadlines').count()).toBe(0);
    expect(((await page.locator('#cal-explanation').textContent()) ?? '').trim()).toBe('');
    expect(await page.locator('#cal-grid .chip.due').count()).toBe(0);
    await page.locator('#view-calendar').screenshot({ path: screenshotPath('findings-calendar-error.png') });
    await context.close();
  }, 60_000);
});
