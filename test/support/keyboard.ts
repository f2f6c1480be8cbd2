import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * What a screen reader would call the focused control, roughly: a field's label, else its
 * accessible label, else its text.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const input = element as HTMLInputElement | null;
    return (
      input?.labels?.[0]?.textContent ??
      element?.getAttribute('aria-label') ??
      element?.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused control's name starts with `name`,
 * at most `limit` times; fails if it never does.
 */
export async function tabTo(
  page: Page,
  name: string,
  { backwards = false, limit = 30 }: { backwards?: boolean; limit?: number } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedName(page);
    if (focused.startsWith(name)) return;
    seen.push(focused.slice(0, 40));
  }
  assert.fail(`Tab never reached "${name}"; passed: ${JSON.stringify(seen)}`);
}
