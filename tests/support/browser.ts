/**
 * Shared browser launch for tests that need a real browser (axe, keyboard,
 * layout). Uses the system Chromium (Debian package `chromium`) through
 * playwright-core; tests skip with a clear message when it is absent.
 *
 *   const browser = await launchBrowser();
 *   const page = await (await browser.newContext()).newPage();
 *   …
 *   await browser.close();
 *
 * In a vitest worker the Chromium is shared: vitest runs file after file in
 * one worker (`isolate: false`, vitest.config.ts), and the first call starts
 * one Chromium there (a Playwright browser server); every call, in that file
 * or a later one, gets its own connection to it. Closing that connection
 * closes the contexts it opened and leaves the Chromium to the next file;
 * the Chromium ends with the worker. Four starts in a suite instead of one
 * per browser test file (17), each about 0.5 s of CPU and 1.5 s of waiting.
 * Elsewhere (the benchmark script) each call launches a Chromium of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. Pass to `describe.skipIf`. */
export const browserUnavailable: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y --no-install-recommends chromium fonts-noto-cjk" (or set CHROMIUM_PATH)`;

/** Headless Chromium, isolated from the network services a desktop browser would call. */
const options: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** This worker's Chromium, started at the first `launchBrowser()`. */
let shared: Promise<BrowserServer> | undefined;

async function sharedServer(): Promise<BrowserServer> {
  const server = shared ? await shared.catch(() => undefined) : undefined;
  // Start again if the last one failed to start or has died (a test crashed it).
  if (!server || server.process().exitCode !== null || server.process().signalCode !== null) shared = chromium.launchServer(options);
  return shared!;
}

/**
 * A headless Chromium: in a vitest worker, a connection of its own to the
 * worker's shared Chromium; elsewhere, a Chromium of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!process.env['VITEST']) return chromium.launch(options);
  return chromium.connect((await sharedServer()).wsEndpoint());
}
