/**
 * What an older reader on a phone sees first, measured in Chromium at
 * 390×844 (a common phone) with 特大 text: the header stays one compact row,
 * so a plan's title starts within the first half screen and its first
 * requirement within three screens, and a search's first result within one
 * and a half. Navigation, search and reading settings open from the 菜单
 * button, which works without JavaScript.
 *
 * Positions are page coordinates in CSS pixels, read from the laid-out page;
 * nothing here depends on the clock or the machine's speed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildSite, serveStatic, type Served } from '../support/site';

if (browserUnavailable) console.warn(`tests/site/phone.test.ts skipped: ${browserUnavailable}`);

const PHONE = { width: 390, height: 844 };
const SCREEN = PHONE.height;
const PLANS = ['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx'];

/** Top of the first element matching `selector`, in page coordinates, or null. */
const TOP = `(selector) => { const e = document.querySelector(selector); return e ? Math.round(e.getBoundingClientRect().top + window.scrollY) : null; }`;

describe.skipIf(browserUnavailable !== null)('on a phone with 特大 text', () => {
  let browser: Browser;
  let server: Served;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveStatic(buildSite(), '/');
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(() => window.localStorage.setItem('fengong.textSize', 'xlarge'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Loads `path` in one tab the file's tests share (going from page to page keeps its renderer: tests/support/browser.ts
   * `inTabs`) and reads where `selectors` start; the tab is left on the page for more checks.
   */
  let tab: Page | undefined;
  const topOf = async (path: string, selectors: string[], waitFor?: string) => {
    tab ??= await context.newPage();
    const page = tab;
    await page.goto(server.url + path);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('xlarge');
    const tops: Array<number | null> = [];
    for (const selector of selectors) tops.push((await page.evaluate(`(${TOP})(${JSON.stringify(selector)})`)) as number | null);
    const header = (await page.evaluate(`Math.round(document.querySelector('.site-header').getBoundingClientRect().bottom)`)) as number;
    return { tops, header, page };
  };

  it.each(PLANS)('%s: the title within the first half screen, the first requirement within three screens', async (id) => {
    // One load for both.
    const { tops: [title, first], header } = await topOf(`plans/${id}/`, ['main h1', 'main .requirement']);
    expect(header).toBeLessThanOrEqual(SCREEN / 6);
    expect(title).toBeLessThanOrEqual(SCREEN / 2);
    expect(first).toBeLessThanOrEqual(3 * SCREEN);
  });

  it.each(['', 'units/', 'themes/', 'years/', 'regions/', 'data/', 'accessibility/', 'search/'])('/%s: the page heading within the first half screen', async (path) => {
    const { tops: [top] } = await topOf(path, ['main h1']);
    expect(top).toBeLessThanOrEqual(SCREEN / 2);
  });

  it('the search page has one search box and its first result within one and a half screens', async () => {
    const { tops: [top], page } = await topOf(`search/?q=${encodeURIComponent('政策解读')}`, ['.search-result-list > li'], '.search-result-list > li');
    expect(await page.locator('input[name="q"]:visible').count()).toBe(1);
    expect(top).toBeLessThanOrEqual(1.5 * SCREEN);
  });

  it('navigation, search and text size open from the 菜单 button', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}plans/2022-leizhou/`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.isVisible()).toBe(false);
    await page.locator('summary', { hasText: '菜单' }).click();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['首页', '年度', '地区', '责任单位', '主题', '数据下载']);
    expect(await page.locator('input[name="q"]:visible').count()).toBe(1);
    await page.getByRole('button', { name: '标准' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBeUndefined();
    // The open menu fits on the screen, so nothing in it is out of reach.
    const bottom = (await page.evaluate(`Math.round(document.querySelector('.menu-panel').getBoundingClientRect().bottom)`)) as number;
    expect(bottom).toBeLessThanOrEqual(SCREEN);
    await page.close();
  });

  it('the 菜单 button opens without JavaScript', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}units/`);
    await page.locator('summary', { hasText: '菜单' }).click();
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '责任单位' }).isVisible()).toBe(true);
    await page.locator('input[name="q"]:visible').fill('卫健委');
    await page.locator('input[name="q"]:visible').press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('卫健委');
    await noScript.close();
  });

  it('on a wide screen the navigation and search box show without a button', async () => {
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await wide.newPage();
    await page.goto(`${server.url}plans/2022-leizhou/`);
    expect(await page.locator('summary', { hasText: '菜单' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '责任单位' }).isVisible()).toBe(true);
    expect(await page.locator('input[name="q"]:visible').count()).toBe(1);
    // One header at both widths: the menu is shown open, not copied (docs/pages.md).
    expect(await page.locator('nav[aria-label="主导航"], input[name="q"], [data-prefs], [data-text-size-option="xlarge"]').count()).toBe(4);
    expect(await page.getByRole('button', { name: '特大' }).isVisible()).toBe(true);
    await wide.close();
  });
});
