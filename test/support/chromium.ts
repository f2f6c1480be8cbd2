import { chromium, type Browser } from 'playwright-core';
import settings from './chromium.json' with { type: 'json' };

/** Debian's Chromium; npm never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? settings.executablePath;

/**
 * Flags for headless Chromium as root on a machine without internet (no sandbox as root, no
 * background networking that would stall). Playwright gives every launch a fresh, temporary
 * profile directory of its own.
 */
export const chromiumArgs = settings.args;

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return { browser, close: () => browser.close() };
}
