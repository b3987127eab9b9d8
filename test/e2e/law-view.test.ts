/**
 * The law-beside-the-rules tab (issue 14) in a real browser against the real server: what the page
 * shows is what `GET /v1/rulesets/{id}/{version}/law` answers — the clause count, the rules citing
 * clause 3.2.1 with their file:line, exactly the uncited clauses under the filter, a reading's clause
 * link landing on that clause; English after the switch with no Chinese in the page's own labels;
 * another office (Daning) with its own clauses; no sideways scroll on a 375 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LawView } from '../../engine/explain/law-types.ts';
import { buildPage, launchChromium, requireChromium, type Served, screenshotPath, serve } from './helpers.ts';

const SHESHAN = 'sheshan-12345/2025-04-14';
const DANING = 'daning-12345/2019-12-02';
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

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

async function api(version: string, lang: 'zh' | 'en'): Promise<LawView> {
  const res = await fetch(`${server.url}/v1/rulesets/${version}/law`, { headers: { 'accept-language': lang } });
  expect(res.status).toBe(200);
  return (await res.json()) as LawView;
}

async function openLaw(page: Page, office: string, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  await page.goto(`${server.url}/?lang=${lang}#law`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#law-office').selectOption(office.split('/')[0]!);
  await page.waitForSelector(`#law-body[data-loaded="${office}/${lang}"]`);
}

/** The clause ids of the clause entries the page shows (not hidden by the filter). */
const shownClauses = (page: Page) =>
  page.$$eval('#law-clauses > li.law-clause', (lis) =>
    (lis as HTMLElement[]).filter((li) => !li.hidden).map((li) => li.dataset.clause ?? ''),
  );

describe('the law-beside-the-rules tab', () => {
  it('shows Sheshan clause by clause as the API answers: counts, citing rules, the uncited filter, reading links, English', async () => {
    requireChromium();
    const law = await api(SHESHAN, 'zh');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await openLaw(page, SHESHAN);

    // The source document and its counts, each the API's number.
    expect(await page.locator('#law-doc-title').textContent()).toBe(law.source.document);
    const count = (k: string) => page.locator(`#law-counts [data-count="${k}"] dd`).textContent();
    expect(await count('clauses')).toBe(String(law.counts.clauses));
    expect(await count('cited')).toBe(String(law.counts.cited));
    expect(await count('uncited')).toBe(String(law.counts.uncited));
    expect(await count('readings')).toBe(String(law.counts.readings));
    expect(await page.locator('#law-counts [data-count="clauses"] dt').textContent()).toBe('条款');
    // Every clause, in the API's (the document's) order.
    expect(await shownClauses(page)).toEqual(law.clauses.map((c) => c.id));
    expect(law.clauses.length).toBe(law.counts.clauses);

    // 3.2.1 (紧急/次紧急): its cite and heading, its words (quoted by the rules, the catalogue has
    // none), and the urgent ticket type citing it at the file:line the API names.
    const c321 = law.clauses.find((c) => c.id === '3.2.1')!;
    const urgent = c321.citedBy.find((x) => x.id === 'urgent')!;
    expect(urgent).toBeDefined();
    const entry = page.locator('#law-clauses > li[data-clause="3.2.1"]');
    expect(await entry.locator('.law-cite').textContent()).toBe(c321.cite);
    expect(await entry.locator('.law-heading').textContent()).toBe(c321.heading);
    expect(c321.textFrom).toBe('rules');
    expect(await entry.locator('.law-text-from').textContent()).toBe('原文（条款目录未收录，据规则文件中的引文）');
    expect(await entry.locator('.law-text p').allTextContents()).toEqual(c321.text);
    const row = entry.locator('li.law-citation[data-id="urgent"]');
    expect(await row.locator('.law-kind').textContent()).toBe(urgent.kindName);
    expect(await row.locator('.law-name').textContent()).toBe(urgent.name);
    expect(await row.locator('.law-where').textContent()).toBe(`${urgent.file}:${urgent.line}`);
    expect(await entry.locator('li.law-citation').count()).toBe(c321.citedBy.length);
    expect(await entry.locator('.law-tag.uncited').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('law-zh-1280.png'), fullPage: false });

    // 只看未引用: exactly the API's uncited clauses remain, each marked.
    await page.locator('#law-uncited-only').check();
    expect(await shownClauses(page)).toEqual(law.uncited);
    expect(law.uncited.length).toBeGreaterThan(0);
    for (const id of law.uncited)
      expect(await page.locator(`li[data-clause="${id}"] .law-tag.uncited`).textContent()).toBe('未被规则引用');
    expect(await page.locator('#law-shown').textContent()).toBe(
      `显示 ${law.uncited.length} / ${law.clauses.length} 条`,
    );

    await page.locator('#law-clauses').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('law-uncited-zh.png'), fullPage: false });

    // A reading's clause link (from the readings section) lands on that clause, even with the
    // filter hiding it: the filter is lifted, the clause scrolled to the top and focused.
    const ri = law.readings.findIndex((r) => r.clauses.length > 0 && !law.uncited.includes(r.clauses[0]!));
    const reading = law.readings[ri]!;
    const target = reading.clauses[0]!;
    expect(await page.locator(`li[data-clause="${target}"]`).isHidden()).toBe(true);
    await page.locator(`#law-reading-${ri} a.law-clause-link[data-clause="${target}"]`).click();
    expect(await page.locator('#law-uncited-only').isChecked()).toBe(false);
    const landed = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { clause: el.dataset.clause, top: el.getBoundingClientRect().top };
    });
    expect(landed.clause).toBe(target);
    expect(landed.top).toBeGreaterThanOrEqual(0);
    expect(landed.top).toBeLessThan(100);
    // …and that clause lists the reading, its value and whether the rules state it.
    const ref = page.locator(`li[data-clause="${target}"] li.law-reading-ref`).first();
    expect(await ref.locator('a').textContent()).toBe(reading.name);
    expect(await ref.locator('.law-tag').textContent()).toBe(reading.stated ? '规则写明' : '默认值');

    // English: the service's English cites and kinds; none of the page's own labels is Chinese
    // (the document's title, headings and words stay in Chinese, marked lang="zh-CN").
    const en = await api(SHESHAN, 'en');
    await page.locator('#lang-switch').click();
    await page.waitForSelector(`#law-body[data-loaded="${SHESHAN}/en"]`);
    expect(await page.locator('#tab-law').textContent()).toBe('Law beside the rules');
    expect(await page.locator('#law-clauses .law-cite').allTextContents()).toEqual(en.clauses.map((c) => c.cite));
    expect(await entry.locator('.law-cite').textContent()).toBe('clause 3.2.1');
    expect(await entry.locator('li.law-citation[data-id="urgent"] .law-kind').textContent()).toBe(
      en.clauses.find((c) => c.id === '3.2.1')!.citedBy.find((x) => x.id === 'urgent')!.kindName,
    );
    const chrome = await page.$$eval(
      [
        '.tabs [role="tab"]',
        '#view-law [data-i18n]',
        '#law-counts dt',
        '#law-body h2:not([lang])',
        '#law-body h4',
        '#law-body dt',
        '#law-body .law-text-from',
        '#law-body .law-tag',
        '#law-body .law-kind',
        '#law-body .law-cite',
        '#law-shown',
        '#law-body .hint',
      ].join(','),
      (els) => els.map((e) => e.textContent ?? ''),
    );
    expect(chrome.length).toBeGreaterThan(100);
    expect(chrome.filter((s) => CJK.test(s))).toEqual([]);
    // The reading's link in English, and the clause it leads to listing it by its English name.
    await page.locator(`#law-reading-${ri} a.law-clause-link[data-clause="${target}"]`).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clause)).toBe(target);
    expect(await page.locator(`li[data-clause="${target}"] li.law-reading-ref a`).first().textContent()).toBe(
      en.readings[ri]!.name,
    );
    await page.screenshot({ path: screenshotPath('law-en-1280.png'), fullPage: false });
    await context.close();
  }, 120_000);

  it('is reached by keyboard like the other tabs and loads when shown', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/law')) asked.push(r.url());
    });
    await page.goto(`${server.url}/#agenda`);
    await page.waitForSelector('body[data-ready="true"]');
    // Not asked for until the tab is shown.
    expect(asked).toEqual([]);
    await page.locator('#tab-agenda').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-law').getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector(`#law-body[data-loaded="${SHESHAN}/zh"]`);
    expect(asked).toHaveLength(1);
    expect(await page.evaluate(() => location.hash)).toBe('#law');
    await context.close();
  }, 60_000);

  it('renders another office (Daning) with its own clauses and citations', async () => {
    const law = await api(DANING, 'zh');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await openLaw(page, DANING);
    expect(await shownClauses(page)).toEqual(law.clauses.map((c) => c.id));
    expect(await page.locator('#law-counts [data-count="clauses"] dd').textContent()).toBe(String(law.counts.clauses));
    expect(await page.locator('#law-doc-title').textContent()).toBe(law.source.document);
    // Daning's catalogue quotes its clauses itself: each entry says so and shows the words.
    const quoted = law.clauses.find((c) => c.textFrom === 'vocabulary' && c.citedBy.length > 0)!;
    const entry = page.locator(`#law-clauses > li[data-clause="${quoted.id}"]`);
    expect(await entry.locator('.law-text-from').textContent()).toBe('原文（据条款目录）');
    expect(await entry.locator('.law-text p').allTextContents()).toEqual(quoted.text);
    const first = quoted.citedBy[0]!;
    expect(await entry.locator(`li.law-citation[data-id="${first.id}"] .law-where`).textContent()).toBe(
      `${first.file}:${first.line}`,
    );
    // Nothing of Sheshan's is left on screen.
    expect(await page.locator('#law-clauses > li[data-clause="3.2.1"]').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('lists citations of clauses the catalogue lacks, shows every word as text, and a failed answer once with nothing stale', async () => {
    // A valid rule set has no unknown citations (the loader refuses them), so the answer is the
    // real one with one added, whose words try to be markup: the page must show them as text.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const hostile = '<img src=x onerror="window.__law=1">';
    await page.route(`**/v1/rulesets/${SHESHAN}/law*`, async (route) => {
      const law = (await (await route.fetch()).json()) as LawView;
      const urgent = law.clauses.find((c) => c.id === '3.2.1')!.citedBy[0]!;
      law.unknownCitations = [{ ...urgent, clause: '9.9', id: 'ghost', name: hostile }];
      law.clauses[0]!.heading = `<b>${law.clauses[0]!.heading}</b>`;
      await route.fulfill({ json: law });
    });
    // Daning's answer is the service's real 404 for a version it does not have (as after a reload
    // that dropped the version the picker still offers).
    await page.route(`**/v1/rulesets/${DANING}/law*`, async (route) => {
      const gone = await route.fetch({ url: `${server.url}/v1/rulesets/daning-12345/1999-01-01/law?lang=zh` });
      expect(gone.status()).toBe(404);
      await route.fulfill({ response: gone });
    });
    await openLaw(page, SHESHAN);
    expect(await page.locator('#law-unknown-title').textContent()).toBe('引用了条款目录中没有的条款（1）');
    const unknown = page.locator('#law-unknown li.law-citation');
    expect(await unknown.count()).toBe(1);
    expect(await unknown.locator('.law-clause-id').textContent()).toBe('9.9');
    expect(await unknown.locator('.law-name').textContent()).toBe(hostile);
    expect(await page.locator('#law-clauses > li').first().locator('.law-heading').textContent()).toMatch(/^<b>/);
    expect(await page.locator('#law-body img, #law-body b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __law?: number }).__law)).toBeUndefined();

    await page.locator('#law-office').selectOption('daning-12345');
    await page.waitForSelector('#law-error:not([hidden])');
    const text = await page.locator('#law-error').textContent();
    expect(text).toMatch(/^出错了：.*\(VERSION_UNKNOWN\)$/);
    expect(text?.match(/VERSION_UNKNOWN/g)).toHaveLength(1);
    expect(await page.locator('#law-body li.law-clause').count()).toBe(0);
    expect(await page.locator('#law-status').textContent()).toBe('');
    // Back to Sheshan: its answer again, the error gone.
    await page.locator('#law-office').selectOption('sheshan-12345');
    await page.waitForSelector(`#law-body[data-loaded="${SHESHAN}/zh"] li.law-clause`);
    expect(await page.locator('#law-error').isHidden()).toBe(true);
    await context.close();
  }, 60_000);

  it('fits a 375 px phone: no sideways scroll', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await openLaw(page, SHESHAN);
    await page.locator('#law-clauses > li[data-clause="3.2.1"]').scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('law-375.png'), fullPage: false });
    // The readings section too (long setting names and file paths).
    await page.locator('#law-readings').scrollIntoViewIfNeeded();
    const sideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    // In English too, whose tab names and labels are longer.
    await page.locator('#lang-switch').click();
    await page.waitForSelector(`#law-body[data-loaded="${SHESHAN}/en"]`);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('law-375-en.png'), fullPage: false });
    await context.close();
  }, 60_000);
});
