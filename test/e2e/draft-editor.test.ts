/**
 * Issue 14's draft editor in a real browser (Chromium via playwright-core, the real server): the
 * comparison tab's draft is a CodeMirror 6 editor with line numbers, YAML highlighting and the
 * service's diagnostics inline at their line, in Chinese (English after the language switch).
 *
 * The broken draft is test/fixtures/rules/yaml-errors/ticket-types.yaml: the shipped Sheshan
 * 2025-04-14 file with line 203 (`obligation: complete` of normal.complete) indented 7 spaces
 * instead of 8 — the finding "a YAML syntax error on line 203 is reported at 204–206".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, RULES_DIR } from '../../engine/rules/paths.ts';
import { draftCaretLine, draftValue, pasteDraft } from './draft-editor-helpers.ts';
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

const SHIPPED = readFileSync(join(RULES_DIR, 'sheshan-12345', '2025-04-14', 'ticket-types.yaml'), 'utf8');
const BROKEN = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/rules/yaml-errors/ticket-types.yaml'), 'utf8');
// The mistake's line and column, read off the fixture: line 203 is `       obligation: complete`, its key
// starts after the 7 spaces, so col 8.
const BAD_LINE = 203;
/** The fixture with line 203 given its eighth space back (its trailing comment line stays). */
const FIXED = BROKEN.replace('\n       obligation: complete\n', '\n        obligation: complete\n');

beforeAll(async () => {
  await buildPage();
  server = await serve();
  if (hasChromium()) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openCompare(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  requireChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}/#compare`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#draft-file').selectOption('ticket-types.yaml');
  return { page, errors, close: () => context.close() };
}

/** The line number shown in the gutter beside the (first) element matching `selector` in the editor. */
const gutterLineOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const target = document.querySelector(`#draft-text ${sel}`);
    if (!target) return null;
    const line = target.closest('.cm-line') ?? target;
    const mid = (r: DOMRect) => r.top + r.height / 2;
    const y = mid(line.getBoundingClientRect());
    const numbers = [...document.querySelectorAll('#draft-text .cm-lineNumbers .cm-gutterElement')];
    const hit = numbers.find((n) => {
      const r = n.getBoundingClientRect();
      return r.height > 0 && r.top <= y && y <= r.bottom;
    });
    return hit ? Number(hit.textContent) : null;
  }, selector);

describe('the draft editor (issue 14)', () => {
  it('shows the shipped file with line numbers and YAML highlighting', async () => {
    const { page, errors, close } = await openCompare();
    await page.locator('#draft-status.good').waitFor();
    expect(await draftValue(page)).toBe(SHIPPED);
    // Line numbers: the gutter starts at 1 and counts up, one per line.
    const numbers = await page.locator('#draft-text .cm-lineNumbers .cm-gutterElement:visible').allTextContents();
    expect(numbers.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    expect(await gutterLineOf(page, '.cm-line:nth-child(3)')).toBe(3);
    // Highlighting: keys, strings and comments are separate tokens with their own classes.
    const keys = await page.locator('#draft-text .cm-content .tok-definition').allTextContents();
    expect(keys).toContain('ticketTypes');
    expect(await page.locator('#draft-text .cm-content .tok-comment').count()).toBeGreaterThan(0);
    expect(await page.locator('#draft-text .cm-content .tok-string').count()).toBeGreaterThan(0);
    const keyColour = await page
      .locator('#draft-text .cm-content .tok-definition')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const lineColour = await page
      .locator('#draft-text .cm-content .cm-line')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(keyColour).not.toBe(lineColour);
    // The editor is labelled like the textarea was.
    expect(await page.locator('#draft-text .cm-content').getAttribute('aria-labelledby')).toBe('draft-text-label');
    await page.locator('#draft-box').screenshot({ path: screenshotPath('draft-editor-1280.png') });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('marks a YAML syntax error inline at its line, once, in Chinese; English after switching', async () => {
    const { page, errors, close } = await openCompare();
    await page.locator('#draft-status.good').waitFor();
    await pasteDraft(page, BROKEN);
    await page.locator('#draft-status.bad').waitFor();
    expect(await draftValue(page)).toBe(BROKEN);
    // The list below the editor: exactly one diagnostic, at 203:8, in Chinese.
    const diags = page.locator('#draft-diags li.diag');
    expect(await diags.count()).toBe(1);
    expect(await diags.locator('.where').textContent()).toBe(`ticket-types.yaml 第 ${BAD_LINE} 行第 8 列`);
    expect(await diags.locator('code').textContent()).toBe('YAML_SYNTAX');
    expect(await diags.locator('.msg').textContent()).toMatch(/^YAML 语法错误：缩进不对：这一行缩进 7 格/);
    // 跳到该行: the caret goes to line 203 and the line scrolls into view, underlined and marked.
    await diags.locator('button').click();
    expect(await draftCaretLine(page)).toBe(BAD_LINE);
    const mark = page.locator('#draft-text .cm-lintRange-error');
    await mark.first().waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('obligation: complete');
    expect(await gutterLineOf(page, '.cm-lintRange-error')).toBe(BAD_LINE);
    expect(await page.locator('#draft-text .cm-lint-marker-error').count()).toBe(1);
    // Hovering the mark shows the message, in Chinese.
    await mark.hover();
    const tip = page.locator('.cm-tooltip-lint .cm-diagnostic');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/YAML 语法错误：缩进不对：这一行缩进 7 格/);
    await page.locator('#draft-box').screenshot({ path: screenshotPath('draft-editor-error-1280.png') });

    // English: the draft is checked again and the inline message is English, at the same line.
    await page.mouse.move(0, 0);
    await page.locator('#lang-switch').click();
    await page.waitForFunction(() =>
      document.querySelector('#draft-diags li.diag .msg')?.textContent?.startsWith('YAML syntax error'),
    );
    await page.locator('#draft-diags li.diag button').click();
    expect(await gutterLineOf(page, '.cm-lintRange-error')).toBe(BAD_LINE);
    await page.locator('#draft-text .cm-lintRange-error').hover();
    await page.waitForFunction(() =>
      document.querySelector('.cm-tooltip-lint .cm-diagnostic')?.textContent?.includes('bad indentation'),
    );
    expect(await page.locator('.cm-tooltip-lint .cm-diagnostic').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('checks the draft again as it is typed: one space fixes line 203', async () => {
    const { page, errors, close } = await openCompare();
    await page.locator('#draft-status.good').waitFor();
    await pasteDraft(page, BROKEN);
    await page.locator('#draft-status.bad').waitFor();
    await page.locator('#draft-diags li.diag button').click(); // caret on 203, from col 8
    await page.keyboard.press('Home');
    await page.keyboard.type(' ');
    await page.locator('#draft-status.good').waitFor();
    expect(FIXED).not.toBe(BROKEN);
    expect(await draftValue(page)).toBe(FIXED);
    expect(await page.locator('#draft-diags li.diag').count()).toBe(0);
    expect(await page.locator('#draft-text .cm-lintRange-error').count()).toBe(0);
    expect(await page.locator('#cmp-run').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});
