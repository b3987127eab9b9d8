/**
 * The what-if page (issue 7) in a real browser: Debian's Chromium driven by playwright-core
 * against the real server on a free port. Calendar with a ticket's deadlines; a comparison of the
 * shipped rules with a draft that shortens normal completion from 5 to 4 working days (dates,
 * filters, both explanations, the CSV); a broken draft's diagnostic with its line number;
 * keyboard use; a long run's progress and cancel; the phone width. Screenshots of the main views
 * go to test/e2e/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftCaretLine, draftValue, pasteDraft } from './draft-editor-helpers.ts';
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
const contexts: BrowserContext[] = [];
/** Every URL the pages asked for: all must be the service's own (or data:/blob:). */
const requested: string[] = [];

beforeAll(async () => {
  await buildPage();
  server = await serve();
  // Without Chromium every test below fails with requireChromium's message (none is skipped).
  if (hasChromium()) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(hash = '', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  requireChromium();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const AS_OF = '2025-10-10T12:00';

// The ticket every check below follows: fixtures/tickets/_tickets/normal-2025-09-30.yaml, a normal
// ticket accepted Tue 2025-09-30 10:00. rules/calendars/cn-mainland.yaml, 2025: 10-01 … 10-08 off
// (National Day and Mid-Autumn), Sat 10-11 a make-up working day. Counting starts the next day:
//   10-09 Thu = 1, 10-10 Fri = 2, 10-11 Sat (班) = 3, [10-12 Sun off], 10-13 Mon = 4, 10-14 Tue = 5.
// Shipped rule normal.complete (3.1) "5个工作日" → due 2025-10-14 (24:00);
// the draft's "4个工作日" → due 2025-10-13, one working day earlier.
const TICKET = 'SS-2025-0930-001';

async function runDraftComparison(page: Page): Promise<void> {
  await page.locator('#tab-compare').click();
  await page.locator('#cmp-base').selectOption('sheshan-12345/2025-04-14');
  await page.locator('#draft-file').selectOption('ticket-types.yaml');
  const draft = ticketTypesWith('normal.complete', '4个工作日');
  await pasteDraft(page, draft.text);
  await page.locator('#draft-status.good').waitFor();
  await page.locator('#cmp-asof').fill(AS_OF);
  await page.locator('input[name="src"][value="fixtures"]').check();
  await page.locator('#cmp-run').click();
  await page.locator('#cmp-results:not([hidden])').waitFor();
}

describe('the what-if page', () => {
  it('shows the working-day calendar with a ticket’s deadlines and the explanation, in Chinese and English', async () => {
    const { page, errors } = await open();
    expect(await page.locator('h1').textContent()).toBe('12345 热线规则推演');
    await page.locator('#cal-fixture').selectOption(TICKET);
    await page.locator('#cal-asof').fill(AS_OF);
    await page.locator('#cal-decide').click();
    await page.locator('#cal-explanation-text').waitFor();
    await page.waitForFunction(() => document.getElementById('cal-month')?.textContent === '2025年10月');

    const cell = (date: string) => page.locator(`#cal-table td[data-date="${date}"]`);
    expect(await cell('2025-10-01').locator('.badge.off').textContent()).toBe('休');
    expect(await cell('2025-10-08').locator('.badge.off').textContent()).toBe('休');
    expect(await cell('2025-10-11').locator('.badge.makeup').textContent()).toBe('班');
    expect(await cell('2025-10-12').getAttribute('class')).toContain('weekend');
    expect(await cell('2025-10-14').locator('.chip.due').allTextContents()).toContain('办结截止');
    expect(await cell('2025-10-16').locator('.chip.due').allTextContents()).toContain('回访截止');
    expect(await cell('2025-10-10').getAttribute('class')).toContain('asof');
    const explanation = await page.locator('#cal-explanation-text').textContent();
    expect(explanation).toContain('依据第三条第（一）项');
    expect(await page.locator('#cal-deadlines').textContent()).toContain('2025-10-14');
    await page.screenshot({ path: screenshotPath('calendar-1280.png'), fullPage: true });

    // September: the anchor (accepted 09-30 10:00) and the make-up Sunday 09-28.
    await page.locator('#cal-prev').click();
    await page.waitForFunction(() => document.getElementById('cal-month')?.textContent === '2025年9月');
    expect(await cell('2025-09-28').locator('.badge.makeup').textContent()).toBe('班');
    expect(await cell('2025-09-30').locator('.chip.anchor').allTextContents()).toContain('▸ 接单 10:00');

    await page.locator('#lang-switch').click();
    expect(await page.locator('h1').textContent()).toBe('12345 hotline policy what-if');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForFunction(() =>
      document.getElementById('cal-explanation-text')?.textContent?.includes('working day 5 is Tuesday 14 Oct'),
    );
    expect(await page.locator('#cal-month').textContent()).toBe('September 2025');
    await page.locator('#cal-next').click();
    await page.waitForFunction(() => document.getElementById('cal-month')?.textContent === 'October 2025');
    await page.screenshot({ path: screenshotPath('calendar-en-1280.png') });
    expect(errors).toEqual([]);
  });

  it('compares the shipped rules with a draft (normal completion 5 → 4 working days): dates, filters, explanations, CSV', async () => {
    const { page, errors } = await open();
    await runDraftComparison(page);

    expect(Number(await page.locator('.total.hl dd').textContent())).toBeGreaterThan(0);
    expect(await page.locator('#groups-table').textContent()).toContain('normal.complete');
    const row = page.locator(`#tickets-table tr[data-ticket="${TICKET}"]`);
    const change = (await row.locator('.changes li').first().textContent()) ?? '';
    expect(change).toContain('第三条第（一）项');
    expect(change).toContain('办结');
    expect(await row.locator('.changes li del').first().textContent()).toBe('2025-10-14');
    expect(await row.locator('.changes li ins').first().textContent()).toBe('2025-10-13');
    expect(change).toContain('提前1个工作日');

    // Filters: clause 4.4 + "deadline moved" keeps only the tickets whose extended deadline moved
    // (extension.normal.complete), not this one; clause 3.1 + "deadline moved" brings it back.
    await page.locator('#filter-clause').selectOption('4.4');
    await page.locator('#filter-kind').selectOption('deadline');
    expect(await row.count()).toBe(0);
    expect(await page.locator('#tickets-table tbody tr[data-ticket]').count()).toBeGreaterThan(0);
    await page.locator('#filter-clause').selectOption('3.1');
    expect(await row.count()).toBe(1);
    expect(await row.locator('.changes li').count()).toBe(1);
    await page.locator('#filter-clause').selectOption('');
    await page.locator('#filter-kind').selectOption('');

    // One row opened: both explanations side by side.
    const expander = row.locator('button.expander');
    await expander.click();
    expect(await expander.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator(`#${await expander.getAttribute('aria-controls')}`);
    await detail.locator('.expl-col.cand .expl').waitFor();
    expect(await detail.locator('.expl-col.base .expl').textContent()).toContain('第5个工作日为10月14日（星期二）');
    expect(await detail.locator('.expl-col.cand .expl').textContent()).toContain('第4个工作日为10月13日（星期一）');
    await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('compare-expanded-1280.png') });
    await page.locator('#sum-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('compare-summary-1280.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('compare-form-1280.png') });

    // The CSV of the service's report, with the changed row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cmp-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^comparison_2025-04-14_2025-04-14-draft_2025-10-10\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('工单,收单时间');
    const lines = csv.split('\r\n').filter((l) => l.startsWith(TICKET) && l.includes('normal.complete'));
    expect(lines.some((l) => l.includes(',2025-10-14,2025-10-13,-1'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('picks an office: its versions only, and a comparison of its own fixtures in its own words', async () => {
    const { page, errors } = await open();
    await page.locator('#tab-compare').click();
    const offices = await page
      .locator('#cmp-office option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offices).toEqual(['daning-12345', 'sheshan-12345', 'xiayang-12345']);
    // The default office comes first selected.
    expect(await page.locator('#cmp-office').inputValue()).toBe('sheshan-12345');
    await page.locator('#cmp-office').selectOption('xiayang-12345');
    const bases = await page
      .locator('#cmp-base option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(bases).toEqual(['xiayang-12345/2022-06-08']);
    // The draft editor now holds 夏阳's files.
    await page.locator('#draft-file').selectOption('ticket-types.yaml');
    expect(await draftValue(page)).toContain('首次处置');
    // 夏阳 against itself on its own fixtures: nothing changes and no ticket is invalid.
    await page.locator('input[name="cand-mode"][value="shipped"]').check();
    await page.locator('#cmp-asof').fill(AS_OF);
    await page.locator('input[name="src"][value="fixtures"]').check();
    await page.locator('#cmp-run').click();
    await page.locator('#cmp-results:not([hidden])').waitFor();
    expect(await page.locator('#cmp-versions').textContent()).toContain(
      'xiayang-12345/2022-06-08 → xiayang-12345/2022-06-08',
    );
    expect(await page.locator('.total.bad').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a broken draft’s diagnostic with its line number and does not let it run', async () => {
    const { page, errors } = await open('#compare');
    const broken = ticketTypesWith('normal.complete', '4个工作周');
    await pasteDraft(page, broken.text);
    await page.locator('#draft-status.bad').waitFor();
    const diag = page.locator('#draft-diags li.diag.error').first();
    expect(await diag.locator('.where').textContent()).toBe(`ticket-types.yaml 第 ${broken.line} 行第 17 列`);
    expect(await diag.locator('code').textContent()).toBe('RULE_PERIOD_INVALID');
    expect(await diag.textContent()).toContain('4个工作周');
    expect(await page.locator('#cmp-run').isDisabled()).toBe(true);
    expect(await page.locator('#run-why').textContent()).toBe('草稿未通过校验，不能运行。');
    await diag.locator('button').click(); // 跳到该行: the caret goes to the line
    expect(await draftCaretLine(page)).toBe(broken.line);
    await page.locator('#draft-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('diagnostics-1280.png'), fullPage: true });

    // Fixed again: valid, run enabled.
    await pasteDraft(page, ticketTypesWith('normal.complete', '4个工作日').text);
    await page.locator('#draft-status.good').waitFor();
    expect(await page.locator('#cmp-run').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('runs from the keyboard: Tab to the run button, Enter', async () => {
    const { page, errors } = await open('#compare');
    await page.locator('#draft-status.good').waitFor(); // the shipped file as the draft: valid
    await page.locator('#cmp-asof').fill(AS_OF);
    await page.locator('#cmp-asof').focus();
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'cmp-run') {
      await page.keyboard.press('Tab');
      if (++presses > 30) throw new Error('the run button was not reached with Tab');
    }
    const outline = await page.locator('#cmp-run').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid'); // a visible focus ring
    await page.keyboard.press('Enter');
    await page.locator('#cmp-results:not([hidden])').waitFor();
    expect(await page.locator('#cmp-progress-text').textContent()).toMatch(/^比较完成：\d+ 张工单，0 张有变化$/);
    expect(await page.locator('#cmp-groups').textContent()).toContain('两个版本对这些工单的决定相同');

    // Tabs by keyboard too: ArrowLeft from the compare tab selects the calendar.
    await page.locator('#tab-compare').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#tab-calendar').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#view-calendar').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a long run’s progress until it is done', async () => {
    const { page, errors } = await open('#compare');
    await page.locator('#draft-status.good').waitFor();
    await page.locator('input[name="src"][value="generate"]').check();
    await page.locator('#gen-count').fill('200000');
    await page.locator('#cmp-asof').fill(AS_OF);
    await page.locator('#cmp-run').click();
    await page.waitForFunction(
      () => /^已比较 [\d,]+ \/ 200,000 张工单$/.test(document.getElementById('cmp-progress-text')?.textContent ?? ''),
      undefined,
      { polling: 50 },
    );
    expect(await page.locator('#cmp-progress-text').getAttribute('role')).toBe('status');
    expect(await page.locator('#cmp-progress-text').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#cmp-progress').getAttribute('max')).toBe('200000');
    expect(await page.locator('#cmp-run').isDisabled()).toBe(true);
    expect(await page.locator('#cmp-cancel').isVisible()).toBe(true);
    // No screenshot while it runs: on two cores the run starves the browser's renderer for seconds.
    await page.waitForFunction(
      () => document.getElementById('cmp-progress-text')?.textContent === '比较完成：200000 张工单，0 张有变化',
      undefined,
      { polling: 100 },
    );
    expect(await page.locator('#cmp-results').isVisible()).toBe(true);
    expect(await page.locator('#cmp-cancel').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  }, 40_000);

  it('cancels a long run', async () => {
    const { page, errors } = await open('#compare');
    await page.locator('#draft-status.good').waitFor();
    await page.locator('input[name="src"][value="generate"]').check();
    await page.locator('#gen-count').fill('200000');
    await page.locator('#cmp-asof').fill(AS_OF);
    await page.locator('#cmp-run').click();
    // Cancel at once: asked before the service has answered 202, the page sends the DELETE as soon
    // as it knows the run's id (the run takes a few seconds here, so it is still running then).
    await page.locator('#cmp-cancel').click();
    await page.waitForFunction(
      () => document.getElementById('cmp-progress-text')?.textContent === '已取消运行',
      undefined,
      {
        polling: 50,
      },
    );
    expect(await page.locator('#cmp-cancel').isHidden()).toBe(true);
    expect(await page.locator('#cmp-run').isDisabled()).toBe(false);
    expect(await page.locator('#cmp-error').isHidden()).toBe(true);
    const runs = (await (await fetch(`${server.url}/v1/simulations`)).json()) as { runs: { status: string }[] };
    expect(runs.runs[0]!.status).toBe('cancelled');
    expect(errors).toEqual([]);
  }, 40_000);

  it('fits a phone (375×812): the main controls are visible without horizontal scrolling', async () => {
    const { page, errors } = await open('', { width: 375, height: 812 });
    await page.locator('#cal-explanation-text').waitFor();
    const fits = async (ids: string[]) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      for (const id of ids) {
        const el = page.locator(`#${id}`);
        expect(await el.isVisible(), id).toBe(true);
        const box = (await el.boundingBox())!;
        expect(box.x, id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, id).toBeLessThanOrEqual(375);
      }
    };
    await fits(['tab-calendar', 'tab-compare', 'lang-switch', 'cal-fixture', 'cal-asof', 'cal-decide', 'cal-table']);
    await page.locator('#cal-month').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('calendar-375.png') });
    await runDraftComparison(page);
    await fits(['cmp-base', 'draft-file', 'draft-text', 'cmp-asof', 'cmp-run', 'cmp-download', 'filter-clause']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('compare-form-375.png') });
    await page.locator('#sum-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('compare-summary-375.png') });
    await page.locator('#changed-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('compare-tickets-375.png') });
    expect(errors).toEqual([]);
  });

  it('loaded nothing from outside the service', () => {
    requireChromium();
    const origin = new URL(server.url).origin;
    const outside = requested.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
    expect(requested.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
