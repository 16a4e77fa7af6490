// Every page type this area adds, in a real Chromium: zero axe violations in
// normal and high-contrast modes, charts exposed as images with their
// numbers, and no sideways scrolling on a small phone with the largest text.
// The index pages (/units/, /themes/, /years/, /regions/) are checked by
// tests/site/a11y.test.ts, in every reading mode and at every phone width:
// the same pages, there under a sub-path (it asserts they are among its
// samples). This file checks the unit, theme, year and region pages whose
// content differs in kind: a unit with aliases, a successor, a predecessor,
// a collective designation, an internal office.
import { axe } from '../support/axe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildSite, serveStatic, type Served } from '../support/site';

const pages = [
  '/units/leizhou-shiweishengjiankangju/', // department with aliases
  '/units/jieyang-shiweishengjiankangju/', // successor with an inherited line
  '/units/jieyang-shiweishengjishengju/', // predecessor
  '/units/leizhou-shizhigedanwei/', // collective designation
  '/units/jiangmen-zftzgcjsglzx-bangongshi/', // internal office
  '/themes/zhengce-jiedu/',
  '/years/2022/',
  '/regions/leizhou/',
];

describe.skipIf(browserUnavailable)('unit, theme, year and region pages in Chromium', () => {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    site = await serveStatic(buildSite());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // One tab for the file's tests, going from page to page (tests/support/browser.ts `inTabs`: it keeps its renderer
  // and axe's compiled script); each test sets the width it needs, and the load replaces the document.
  let tab: Page | undefined;
  const open = async (path: string, options: { width?: number; prefs?: Record<string, string> } = {}) => {
    tab ??= await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    const page = tab;
    await page.setViewportSize({ width: options.width ?? 1024, height: 800 });
    const response = await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
    expect(response?.status()).toBe(200);
    if (options.prefs) {
      await page.evaluate((prefs) => {
        for (const [k, v] of Object.entries(prefs)) document.documentElement.setAttribute(k, v);
      }, options.prefs);
    }
    return { page };
  };
  const violations = async (page: Page) =>
    (await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it.each(pages)('%s has no axe violations', async (path) => {
    const { page } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await violations(page)).toEqual([]);
  });

  it.each(['/themes/zhengce-jiedu/', '/units/jieyang-shiweishengjiankangju/'])('%s has no axe violations in high contrast', async (path) => {
    const { page } = await open(path, { prefs: { 'data-contrast': 'high' } });
    expect(await violations(page)).toEqual([]);
  });

  it('exposes a chart as an image whose name carries its numbers, next to a table with the same numbers', async () => {
    const { page } = await open('/themes/zhengce-jiedu/');
    const chart = page.getByRole('img', { name: /各年度要求数/ });
    await expect(chart.count()).resolves.toBe(1);
    const name = (await chart.evaluate((svg) => [...svg.querySelectorAll('title, desc')].map((n) => n.textContent).join(' ')))!;
    const rows = await page.locator('figure:has(figcaption:text-is("各年度要求数")) tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const [year, count] = row.split('\t').map((s) => s.trim());
      expect(name).toContain(`${year}：${count}项`);
    }
    // no script is needed to draw it
    expect(await page.locator('script[src*="_astro"]').count()).toBe(0);
  });

  it.each(['/units/jieyang-shiweishengjiankangju/', '/themes/zhengce-jiedu/', '/regions/leizhou/'])(
    '%s does not scroll sideways at 320px with the largest text',
    async (path) => {
      const { page } = await open(path, { width: 320, prefs: { 'data-text-size': 'xlarge' } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );
});
