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
 * one worker (`isolate: false`, vitest.config.ts), and the first call
 * launches one Chromium there; every call, in that file or a later one, gets
 * a handle to it whose `close()` closes only the contexts opened through
 * that handle, leaving the Chromium to the next file; the Chromium ends with
 * the worker (and is launched again if a test crashed it). One launch per
 * worker (three here) instead of one per browser test file (17), each about
 * 0.5 s of CPU and 1.5 s of waiting. The handle talks to Chromium directly: a Playwright
 * browser server shared the same way cost more CPU than it saved, every
 * message passing through a second connection.
 * Elsewhere (the benchmark script) each call launches a Chromium of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';

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

/** This worker's Chromium, launched at the first `launchBrowser()`. */
let shared: Promise<Browser> | undefined;

async function workerBrowser(): Promise<Browser> {
  const browser = shared ? await shared.catch(() => undefined) : undefined;
  // Launch again if the last one failed to start or has gone (a test crashed or closed it).
  if (!browser?.isConnected()) shared = chromium.launch(options);
  return shared!;
}

/** A handle to `browser` whose `close()` closes the contexts opened through it, not the browser. */
function handle(browser: Browser): Browser {
  const contexts = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    contexts.add(context);
    context.once('close', () => contexts.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') return async (...args: Parameters<Browser['newContext']>) => track(await target.newContext(...args));
      if (property === 'newPage')
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          track(page.context());
          return page;
        };
      if (property === 'close') return async () => void (await Promise.all([...contexts].map((c) => c.close().catch(() => undefined))));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A headless Chromium: in a vitest worker, a handle to the worker's shared
 * Chromium; elsewhere, a Chromium of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!process.env['VITEST']) return chromium.launch(options);
  return handle(await workerBrowser());
}

/**
 * Runs `fn(page, item)` over `items` in `tabs` tabs of `context` at a time,
 * each tab going on to the next item when done with one (`fn` navigates it:
 * `await page.goto(…)`), instead of a new tab for each item. A new tab costs
 * Chromium a renderer process and Playwright its set-up, and the renderer
 * compiles axe's 650 KB script afresh (@axe-core/playwright evaluates it
 * twice per check); a tab navigated within the site keeps its renderer,
 * whose V8 reuses the compiled script. Measured on the sub-path build's 15
 * page kinds with axe: 15.6 s of CPU in new tabs, 10.2 s in four reused ones.
 * Each navigation replaces the document; what a tab keeps is what the
 * context keeps anyway (storage, cache), plus its history and
 * sessionStorage, which the site does not use.
 */
export async function inTabs<T>(context: BrowserContext, items: readonly T[], tabs: number, fn: (page: Page, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    try {
      while (next < items.length) await fn(page, items[next++]!);
    } catch (error) {
      next = items.length; // the other tabs stop after their current item
      throw error;
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, worker));
}
