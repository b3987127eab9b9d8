/**
 * The agenda tab (issue 15, part 2) in a real browser: the same agenda from the CLI, over HTTP and
 * on the page — the hand-worked fixtures of 2025-10-13 (fixtures/agenda/, each line's reasoning in
 * the files' comments) picked as files, laid out section by section and row by row exactly as
 * `hotline agenda --md` prints them; in English after the language switch; grouped by unit; a
 * broken file named with its line and no stale agenda left on screen.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../engine/index.ts';
import { readTickets, SHESHAN, XIAYANG } from '../agenda/helpers.ts';
import { buildPage, launchChromium, requireChromium, type Served, screenshotPath, serve } from './helpers.ts';

const run = promisify(execFile);
const FILES = [join(PACKAGE_ROOT, SHESHAN), join(PACKAGE_ROOT, XIAYANG)];
const DATE = '2025-10-13';

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

interface Section {
  title: string;
  header: string[];
  rows: string[][];
}

/** Splits a Markdown table row on the pipes the renderer did not escape, and unescapes the cells. */
function mdCells(row: string): string[] {
  const inner = row.trim().slice(2, -2);
  return inner.split(/(?<!\\) \| /).map((c) => c.replace(/\\\|/g, '|').replace(/\\\\/g, '\\'));
}

/** `## title` sections of a Markdown agenda with their header and rows (the `---` line skipped). */
function mdSections(md: string): Section[] {
  const out: Section[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) out.push({ title: line.slice(3), header: [], rows: [] });
    const s = out[out.length - 1];
    if (!s || !line.startsWith('| ')) continue;
    if (s.header.length === 0) s.header = mdCells(line);
    else if (!/^\| -+:? \|/.test(line)) s.rows.push(mdCells(line));
  }
  return out;
}

async function pageSections(page: Page): Promise<Section[]> {
  return page.$$eval('#agenda-body section.agenda-section', (sections) =>
    sections.map((s) => ({
      title: s.querySelector('h3')?.textContent ?? '',
      header: [...s.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...s.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ),
    })),
  );
}

async function cliMarkdown(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    'engine/cli/main.ts',
    ...args,
    'agenda',
    '--tickets',
    'fixtures/agenda',
    '--date',
    DATE,
    '--md',
  ]);
  return stdout;
}

async function makeAgenda(page: Page, by: 'action' | 'unit' = 'action'): Promise<void> {
  await page.locator('#tab-agenda').click();
  await page.locator('input[name="agenda-src"][value="file"]').check();
  await page.locator('#agenda-file').setInputFiles(FILES);
  await page.locator('#agenda-date').fill(DATE);
  await page.locator('#agenda-by').selectOption(by);
  await page.locator('#agenda-run').click();
  await page.waitForSelector('#agenda-result:not([hidden]) section.agenda-section');
}

describe('the agenda tab', () => {
  it('shows the same sections and rows as `hotline agenda --md` and POST /v1/agenda?format=md', async () => {
    requireChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/#agenda`);
    await page.waitForSelector('body[data-ready="true"]');
    await makeAgenda(page);
    const onPage = await pageSections(page);
    const tickets = [...readTickets(SHESHAN), ...readTickets(XIAYANG)];
    const [cli, http] = await Promise.all([
      cliMarkdown(),
      fetch(`${server.url}/v1/agenda?format=md`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
        body: JSON.stringify({ tickets, date: DATE }),
      }).then((r) => r.text()),
    ]);
    expect(onPage).toEqual(mdSections(cli));
    expect(onPage).toEqual(mdSections(http));
    // 22 lines over both offices (test/agenda/cli-http-agenda.test.ts), every one on the page.
    expect(onPage.reduce((n, s) => n + s.rows.length, 0)).toBe(22);
    // AG-01 (hand-worked in the fixture): dispatched Fri 10-10 10:00, to be accepted within 1
    // working day → Sat 10-11, a make-up working day (调休上班); not accepted by Mon 10-13 08:30 →
    // overdue, −1 working day left, and the not-accepted reminder (催办) is on the agenda.
    const reminders = onPage.find((s) => s.title.includes('催办提醒'));
    const ag01 = reminders?.rows.find((r) => r[1] === 'AG-01');
    expect(ag01?.[2]).toBe('已超期');
    expect(ag01?.slice(7, 9)).toEqual(['2025-10-11', '-1']);
    expect(await page.locator('#agenda-status').textContent()).toBe(`共 22 项待办（${tickets.length} 张工单）`);
    await page.screenshot({ path: screenshotPath('agenda-zh.png'), fullPage: false });

    // English: the page re-renders the same answer in English, as `hotline --lang en agenda --md`.
    await page.locator('#lang-switch').click();
    await page.waitForFunction(() => document.querySelector('#tab-agenda')?.textContent === 'Daily agenda');
    const english = await pageSections(page);
    expect(english).toEqual(mdSections(await cliMarkdown('--lang', 'en')));
    expect(english[0]?.header.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    await context.close();
  }, 90_000);

  it('groups by unit like `--by unit`, and on a phone the table scrolls inside its panel', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/#agenda`);
    await page.waitForSelector('body[data-ready="true"]');
    await makeAgenda(page, 'unit');
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'engine/cli/main.ts',
      'agenda',
      '--tickets',
      'fixtures/agenda',
      '--date',
      DATE,
      '--by',
      'unit',
      '--md',
    ]);
    expect(await pageSections(page)).toEqual(mdSections(stdout));
    // The page itself never scrolls sideways on a phone: wide tables scroll in their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('agenda-phone.png'), fullPage: false });
    await context.close();
  }, 90_000);

  it('names a broken ticket file with its line and clears the previous agenda', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/#agenda`);
    await page.waitForSelector('body[data-ready="true"]');
    await makeAgenda(page);
    // Line 3 repeats the key of line 2: the YAML parser reports the duplicate on line 3.
    const broken = Buffer.from(
      '- id: X-1\n  received: 2025-10-10T09:00:00+08:00\n  received: 2025-10-11T09:00:00+08:00\n',
    );
    await page.locator('#agenda-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: broken });
    await page.locator('#agenda-run').click();
    await page.waitForSelector('#agenda-error:not([hidden])');
    expect(await page.locator('#agenda-error').textContent()).toBe(
      '出错了：无法读取 broken.yaml 第 3 行：语法错误（DUPLICATE_KEY）',
    );
    expect(await page.locator('#agenda-result').isHidden()).toBe(true);
    expect(await page.locator('#agenda-body section').count()).toBe(0);
    await context.close();
  }, 60_000);
});
