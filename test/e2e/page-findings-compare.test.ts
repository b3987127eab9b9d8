/**
 * Issue 14's findings on the page's comparison tab, in a real browser (Chromium via playwright-core,
 * the real server): invalid tickets listed with field and reason; colours that mean better or worse
 * for the handling unit (not new or old), with a legend; change summaries summed by kind and size.
 *
 * The comparison followed: the shipped Sheshan rules against a draft whose normal completion limit
 * is 4 working days instead of 5 (ticket-types.yaml), over three pasted tickets as of 2026-01-20
 * 12:00, on the official calendar (rules/calendars/cn-mainland.yaml; 2026 New Year 01-01…01-03 off,
 * Sun 01-04 a make-up working day):
 *  1. SIM-N-1210, accepted Wed 2025-12-10, completed Wed 12-17 10:00. Counting from the next day:
 *     12-11=1, 12-12=2, 12-15=3, 12-16=4, 12-17=5 → due 12-17 under 5, 12-16 under 4: one working
 *     day earlier, and on time becomes late. The deadline a full extension would give moves from
 *     12-24 to 12-23 (Tue; (12-23, 12-24] holds Wed 12-24 only): one working day earlier.
 *  2. SIM-N-1226, accepted Fri 12-26, completed after 01-05: 12-29=1, 12-30=2, 12-31=3, 01-04 (班)=4,
 *     01-05=5 → due 01-05 under 5, 01-04 under 4: one working day earlier, on time becomes late. The
 *     extended deadline moves from Mon 01-12 to Fri 01-09 ((01-09, 01-12] holds Mon 01-12 only): −1.
 *  3. An invalid ticket (a received time that is no date): not compared, listed with its field.
 * So the extension group has two different pairs of dates of one size: "提前1个工作日 ×2".
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { pasteDraft } from './draft-editor-helpers.ts';
import {
  buildPage,
  hasChromium,
  launchChromium,
  requireChromium,
  type Served,
  screenshotPath,
  serve,
  ticketTypesWith,
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

const simTicket = (name: string) =>
  parse(readFileSync(join(PACKAGE_ROOT, 'test/fixtures/sim-tickets', name), 'utf8')) as Record<string, unknown>;
const late = simTicket('05-normal-2025-12-10-completed.yaml');
const newYear = simTicket('06-normal-2025-12-26-new-year.yaml');
const TICKETS = [late, newYear, { ...late, id: 'BAD-0003', received: '2025-12-99T08:30:00+08:00' }];

async function runComparison(page: Page): Promise<void> {
  await page.locator('#tab-compare').click();
  await page.locator('#cmp-base').selectOption('sheshan-12345/2025-04-14');
  await page.locator('#draft-file').selectOption('ticket-types.yaml');
  await pasteDraft(page, ticketTypesWith('normal.complete', '4个工作日').text);
  await page.locator('#draft-status.good').waitFor();
  await page.locator('input[name="src"][value="paste"]').check();
  await page.locator('#paste-tickets').fill(JSON.stringify(TICKETS));
  await page.locator('#cmp-asof').fill('2026-01-20T12:00');
  await page.locator('#cmp-run').click();
  await page.locator('#cmp-results:not([hidden])').waitFor();
}

/** The cells of the grouped-changes row of a rule and change kind (the outcome cell's items joined by " | "). */
async function groupRow(page: Page, ruleId: string, kind: string): Promise<string[]> {
  const rows = await page
    .locator('#groups-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].map((c) =>
          c.querySelector('ul.sizes')
            ? [...c.querySelectorAll('li')].map((li) => li.textContent).join(' | ')
            : (c.textContent ?? ''),
        ),
      ),
    );
  return rows.find((r) => r[1] === ruleId && r[2] === kind) ?? [];
}

describe('comparison tab findings (issue 14)', () => {
  it('lists the invalid tickets, colours by better/worse with a legend, sums changes by size — zh and en', async () => {
    requireChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/#compare`);
    await page.waitForSelector('body[data-ready="true"]');
    await runComparison(page);

    // 1. The invalid ticket is counted and listed: its place, id, field and reason.
    expect(await page.locator('.total.bad dd').textContent()).toBe('1');
    const rejected = page.locator('#cmp-rejected');
    expect(await rejected.isVisible()).toBe(true);
    expect(await rejected.locator('h2').textContent()).toBe('无效工单（1 张，未比较）');
    const cells = await rejected.locator('tbody tr').first().locator('th, td').allTextContents();
    // Its place in the batch, and where the service says it was (the request's `tickets[2]`).
    expect(cells[0]).toBe('第 3 张 · tickets[2]');
    expect(cells[1]).toBe('BAD-0003');
    expect(cells[2]).toBe('received');
    expect(cells[3]).toMatch(/[\u4e00-\u9fff]/u);
    expect(cells[3]).toContain('2025-12-99');

    // 3. Summaries by kind and size: two pairs of extension dates, one size.
    expect(await groupRow(page, 'extension.normal', '可办事项')).toEqual([
      '第四条第（四）项',
      'extension.normal',
      '可办事项',
      '延期·延期后办结期限',
      '2',
      '提前1个工作日 ×2',
    ]);
    expect((await groupRow(page, 'normal.complete', '期限变动'))[5]).toBe('提前1个工作日 ×2');
    expect((await groupRow(page, 'normal.complete', '期限状态'))[5]).toBe('已按时完成 → 逾期完成 ×2');
    expect(await page.locator('#groups-table').textContent()).not.toContain('24时 →');

    // 2. Colours: an earlier deadline and on time → late are worse for the unit: red, not green.
    const red = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bad').trim());
    const green = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--good').trim(),
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const row = page.locator('#tickets-table tr[data-ticket="SIM-N-1210"]');
    const status = row.locator('.changes li', { hasText: '期限状态' });
    expect(await status.locator('ins').textContent()).toBe('逾期完成');
    expect(await status.getAttribute('class')).toBe('tone-worse');
    expect(await status.getAttribute('title')).toBe('更严格');
    expect(await status.locator('ins').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(red));
    expect(await status.locator('ins').evaluate((el) => getComputedStyle(el).color)).not.toBe(rgb(green));
    const moved = row.locator('.changes li', { hasText: '期限变动' });
    expect(await moved.locator('del').textContent()).toBe('2025-12-17');
    expect(await moved.locator('ins').textContent()).toBe('2025-12-16');
    expect(await moved.locator('ins').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(red));
    // The old value is no longer red: it is only struck through.
    expect(await moved.locator('del').evaluate((el) => getComputedStyle(el).color)).not.toBe(rgb(red));
    const sizeItem = page.locator('#groups-table ul.sizes li', { hasText: '已按时完成 → 逾期完成' });
    expect(await sizeItem.evaluate((el) => getComputedStyle(el).color)).toBe(rgb(red));
    const legend = page.locator('#cmp-groups .tone-legend');
    expect(await legend.textContent()).toContain('颜色表示对承办单位的影响');
    expect(await legend.locator('.tone-key.tone-better').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(green));
    expect(await legend.locator('.tone-key.tone-worse').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(red));
    expect(await page.locator('#cmp-tickets .tone-legend').count()).toBe(1);

    await page.locator('#sum-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('findings-compare-summary.png'), fullPage: false });
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: screenshotPath('findings-compare-tickets.png') });

    // English: the same lists in English only.
    await page.locator('#lang-switch').click();
    await page.waitForFunction(() => document.getElementById('rejected-title')?.textContent?.startsWith('Invalid'));
    expect(await rejected.locator('h2').textContent()).toBe('Invalid tickets (1, not compared)');
    const en = await rejected.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(en[0]).toBe('No. 3 · tickets[2]');
    expect(en[3]).not.toMatch(/[\u4e00-\u9fff]/u);
    expect((await groupRow(page, 'extension.normal', 'action'))[5]).toBe('1 working day earlier ×2');
    expect((await groupRow(page, 'normal.complete', 'deadline status'))[5]).toBe('met → done late ×2');
    expect(await page.locator('#cmp-groups .tone-legend').textContent()).not.toMatch(/[\u4e00-\u9fff]/u);
    await rejected.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('findings-compare-rejected-en.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('fits a phone (375×812): the legend, the summaries and the invalid tickets without page scrolling', async () => {
    requireChromium();
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#compare`);
    await page.waitForSelector('body[data-ready="true"]');
    await runComparison(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const sel of ['#cmp-groups .tone-legend', '#rejected-title', '#cmp-tickets .tone-legend']) {
      const box = (await page.locator(sel).boundingBox())!;
      expect(box.x, sel).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, sel).toBeLessThanOrEqual(375);
    }
    await page.locator('#sum-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('findings-compare-375.png') });
    await context.close();
  }, 120_000);

  it('shows both explanations as paragraphs and lists, no "- " as text, the differing lines marked', async () => {
    requireChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/#compare`);
    await page.waitForSelector('body[data-ready="true"]');
    await runComparison(page);
    const row = page.locator('#tickets-table tr[data-ticket="SIM-N-1210"]');
    const expander = row.locator('button.expander');
    await expander.click();
    const detail = page.locator(`#${await expander.getAttribute('aria-controls')}`);
    await detail.locator('.expl-col.cand .expl').waitFor();
    for (const side of ['base', 'cand']) {
      const col = detail.locator(`.expl-col.${side}`);
      const items = await col.locator('ul.expl-list li').allTextContents();
      const paras = await col.locator('.expl > p').allTextContents();
      expect(items.length, side).toBeGreaterThanOrEqual(3);
      expect(paras.length, side).toBeGreaterThanOrEqual(1);
      expect(
        [...items, ...paras].filter((l) => l.startsWith('- ')),
        side,
      ).toEqual([]);
      expect((await col.locator('.expl').textContent())?.includes('\n- '), side).toBe(false);
    }
    // 12-17 under 5 working days, 12-16 under 4 (the file's comment): the completion line differs
    // and is marked on both sides; the lines both versions share are not.
    const marked = async (side: string) =>
      (await detail.locator(`.expl-col.${side} mark`).allTextContents()).join('\n');
    expect(await marked('base')).toMatch(/办结[^\n]*12月17日[^\n]*按时完成/);
    expect(await marked('cand')).toMatch(/办结[^\n]*12月16日[^\n]*逾期/);
    const candItems = await detail.locator('.expl-col.cand ul.expl-list li').count();
    expect(await detail.locator('.expl-col.cand ul.expl-list li mark').count()).toBeLessThan(candItems);
    await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('findings-compare-explanations.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
