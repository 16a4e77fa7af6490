/**
 * Shared browser launch for tests that need a real browser (axe, keyboard,
 * layout). Uses the system Chromium (Debian package `chromium`) through
 * playwright-core; tests skip with a clear message when it is absent.
 *
 *   const browser = await launchBrowser();
 *   const page = await (await browser.newContext()).newPage();
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. Pass to `describe.skipIf`. */
export const browserUnavailable: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y --no-install-recommends chromium fonts-noto-cjk" (or set CHROMIUM_PATH)`;

/** Headless Chromium, isolated from the network services a desktop browser would call. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
