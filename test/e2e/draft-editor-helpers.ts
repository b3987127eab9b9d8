/**
 * Driving the page's draft editor (CodeMirror 6, server/web/src/draft-editor.ts) from Playwright.
 * Its host `#draft-text` keeps the textarea's `value` and `selectionStart` (read-only), so a test
 * reads the text and the caret as it read the textarea's.
 */
import type { Page } from 'playwright-core';

/**
 * Replaces the draft the way a policy officer pastes a file: select all (Ctrl+A), paste. (Not
 * `fill`: Chromium's own editing of a whole selection tries inline style attributes, which the
 * page's CSP refuses — a console error, though CodeMirror redraws its lines anyway.)
 */
export async function pasteDraft(page: Page, text: string): Promise<void> {
  const content = page.locator('#draft-text .cm-content');
  await content.focus();
  await page.keyboard.press('Control+A');
  await content.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The draft's whole text (not only the lines the editor has drawn). */
export const draftValue = (page: Page): Promise<string> =>
  page.locator('#draft-text').evaluate((el) => (el as HTMLTextAreaElement).value);

/** The line (1-based) the caret is on. */
export const draftCaretLine = (page: Page): Promise<number> =>
  page.locator('#draft-text').evaluate((el) => {
    const t = el as HTMLTextAreaElement;
    return t.value.slice(0, t.selectionStart).split('\n').length;
  });
