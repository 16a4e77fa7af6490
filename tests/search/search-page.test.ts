// The search page in a real Chromium: typing a query, following a result to
// the requirement's anchor, filters, the URL as state (back button), Chinese
// input methods, no JavaScript, axe, and large text on a narrow screen.
import { readFileSync } from 'node:fs';
import { axe } from '../support/axe';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { searchSettled, showMoreResults } from '../support/search-page';
import { buildSite, serveStatic, type Served } from '../support/site';

describe.skipIf(browserUnavailable)('search page in Chromium', () => {
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

  // `watch` sees the page before it loads: a listener added after goto would miss what the page fetches while idle.
  // Without `watch` or other options than the window's size, in one tab the file's tests share, going from page to page
  // (tests/support/browser.ts `inTabs`: a new context and renderer cost about a second of CPU each); each such test starts
  // with a load of its own and goes Back only to pages it loaded. A test that watches requests, or runs without
  // JavaScript, gets a fresh context (`context` is then set, for the test to close).
  let tab: Page | undefined;
  const open = async (path: string, options: Parameters<Browser['newContext']>[0] = {}, watch?: (page: Page) => void): Promise<{ page: Page; context: BrowserContext | undefined }> => {
    let page: Page;
    let context: BrowserContext | undefined;
    if (watch || Object.keys(options).some((k) => k !== 'viewport')) {
      context = await browser.newContext(options);
      page = await context.newPage();
      watch?.(page);
    } else {
      tab ??= await (await browser.newContext()).newPage();
      page = tab;
      await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    }
    const response = await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
    expect(response?.status()).toBe(200);
    return { page, context };
  };
  const status = (page: Page) => page.locator('[data-search-status]');
  const resultLinks = (page: Page) => page.locator('[data-search-results] a.result-link');

  it('typing an alias finds what the canonical unit leads, and a result opens the requirement anchor', async () => {
    const { page, context } = await open('/search/');
    await page.getByLabel('搜索关键词').fill('卫健委');
    await page.keyboard.press('Enter');
    // 9 requirements (雷州 r22-r24, 梅州 r10-r12 r30 r37, 揭阳 t4-r1 via the predecessor 市卫生计生局)
    // and 4 unit pages (市卫生健康局 of three regions, 揭阳 市卫生计生局).
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 13 条与“卫健委”相关的结果/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('卫健委');
    // Ten results first; the rest behind a button that moves focus to the first new one.
    expect(await resultLinks(page).count()).toBe(10);
    expect(await showMoreResults(page)).toBe(13);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('result-link');
    const titles = await resultLinks(page).allTextContents();
    expect(titles).toContain('梅州市2021年政务公开工作要点分工方案 第10项');
    // Units are shown with the result.
    const r22 = page.locator('[data-search-results] li', { hasText: '雷州市2022年政务公开工作要点分工方案 第22项' });
    await expect(r22.textContent()).resolves.toContain('市卫生健康局');
    await r22.locator('a').click();
    await page.waitForURL(/\/plans\/2022-leizhou\/#r22$/);
    await expect(page.locator(':target').getAttribute('id')).resolves.toBe('r22');
    await expect(page.locator(':target').textContent()).resolves.toContain('加强健康雷州信息公开');
    await context?.close();
  });

  it('a shared ?q= link fetches Pagefind\'s script while the page loads, once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: Array<{ path: string; type: string }> = [];
    context.on('request', (r) => requested.push({ path: new URL(r.url()).pathname, type: r.resourceType() }));
    await page.goto(new URL(`search/?q=${encodeURIComponent('卫健委')}`, site.url).href);
    await searchSettled(page);
    await expect(status(page).textContent()).resolves.toMatch(/找到 13 条与“卫健委”相关的结果/);
    await expect(page.locator('link[rel="modulepreload"]').getAttribute('href')).resolves.toBe(await page.locator('[data-search-page]').getAttribute('data-pagefind-path'));
    const scripts = requested.filter((r) => r.type === 'script').map((r) => r.path);
    expect(scripts.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
    // Requested before the page's own search script, which would otherwise start it.
    expect(scripts.findIndex((p) => p.endsWith('/pagefind/pagefind.js'))).toBeLessThan(scripts.findIndex((p) => p.includes('/_astro/search.')));
    await context.close();
  });

  it('a filter narrows the results, lives in the URL, and the back button undoes it', async () => {
    const { page, context } = await open('/search/?q=%E7%96%AB%E6%83%85%E9%98%B2%E6%8E%A7');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条与“疫情防控”相关的结果/);
    const all = await resultLinks(page).count();
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    await page.getByRole('group', { name: '年度' }).getByLabel('2021年').check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year'), { timeout: 10_000 }).toEqual(['2021']);
    // The URL changes as the search starts; the old status stays until the new results are in.
    await searchSettled(page);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条与“疫情防控”相关的结果/);
    const titles = await resultLinks(page).allTextContents();
    expect(titles.every((t) => t.startsWith('梅州市2021年'))).toBe(true);
    expect(titles.length).toBeLessThan(all);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBe(all);
    await expect(page.getByRole('group', { name: '年度' }).getByLabel('2021年').isChecked()).resolves.toBe(false);
    await context?.close();
  });

  it('filters alone browse without a query: a unit in a role, sorted by year', async () => {
    const unit = encodeURIComponent('市卫生健康局（梅州市）');
    const { page, context } = await open(`/search/?unit=${unit}&role=${encodeURIComponent('牵头')}&sort=year-desc`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 3 条符合所选条件的结果/);
    expect(await resultLinks(page).allTextContents()).toEqual([
      '梅州市2021年政务公开工作要点分工方案 第10项',
      '梅州市2021年政务公开工作要点分工方案 第11项',
      '梅州市2021年政务公开工作要点分工方案 第12项',
    ]);
    await expect(page.locator('#filter-unit').inputValue()).resolves.toBe('市卫生健康局（梅州市）');
    await context?.close();
  });

  it('readies Pagefind once the page is idle, before any keystroke, and loads the words typed before the search is committed', async () => {
    const requested: string[] = [];
    // For each index chunk requested: whether the search was still uncommitted (no q in the URL yet).
    const chunkBeforeCommit: boolean[] = [];
    const { page, context } = await open('/search/', {}, (watched) =>
      watched.on('request', (r) => {
        requested.push(new URL(r.url()).pathname);
        if (r.url().endsWith('.pf_index')) chunkBeforeCommit.push(!new URL(watched.url()).searchParams.has('q'));
      }),
    );
    // Without the reader touching the box: Pagefind's script, WebAssembly and metadata, but no word's chunk.
    await expect.poll(() => requested.some((p) => p.endsWith('.pf_meta')), { timeout: 10_000 }).toBe(true);
    expect(requested.some((p) => p.endsWith('.pagefind'))).toBe(true);
    expect(requested.filter((p) => p.endsWith('.pf_index') || p.includes('/items/'))).toEqual([]);
    // Typed (as an input method delivers a word), the word's index chunks load before the pause commits the search.
    await page.getByLabel('搜索关键词').fill('市财政局');
    await expect.poll(() => chunkBeforeCommit.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(chunkBeforeCommit[0]).toBe(true);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条与“市财政局”相关的结果/);
    await context?.close();
  });

  it('the Enter that confirms an input-method candidate does not search', async () => {
    const { page, context } = await open('/search/');
    const input = page.getByLabel('搜索关键词');
    await input.focus();
    const prevented = await input.evaluate((el: HTMLInputElement) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      el.value = 'weijianwei';
      const enter = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
      el.dispatchEvent(enter);
      return enter.defaultPrevented;
    });
    expect(prevented).toBe(true);
    await page.waitForTimeout(600);
    expect(new URL(page.url()).search).toBe('');
    await expect(status(page).textContent()).resolves.toBe('');
    // After the candidate is confirmed, Enter searches.
    await input.evaluate((el: HTMLInputElement) => {
      el.value = '卫健委';
      el.dispatchEvent(new CompositionEvent('compositionend', { data: '卫健委' }));
    });
    await page.waitForTimeout(50);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 13 条/);
    await context?.close();
  });

  it('works under the documented Content-Security-Policy (no unsafe-inline, wasm-unsafe-eval for Pagefind)', async () => {
    const conf = readFileSync(new URL('../../docs/nginx/fengong.conf', import.meta.url), 'utf8');
    const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1];
    expect(csp).toContain("'wasm-unsafe-eval'");
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp! } });
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.goto(new URL('search/?q=%E5%B8%82%E6%B0%91%E6%94%BF%E5%B1%80', site.url).href);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条与“市民政局”相关的结果/);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('ships one small external module script (no catalog or schema code in the browser)', async () => {
    const { page, context } = await open('/search/');
    const sources = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(sources).toHaveLength(1);
    const body = await (await page.request.get(sources[0]!)).body();
    // About 31 KB minified (11 KB gzip) with phrase reading, history, result marking, lookups
    // narrowed one word at a time, warming on focus and names for slips; the catalog or zod
    // would add hundreds of KB, which is what this guards against.
    expect(body.length).toBeLessThan(40_000);
    expect(body.toString()).not.toMatch(/ZodError|zod/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await context?.close();
  });

  it('without JavaScript the page explains and offers the browse pages', async () => {
    const { page, context } = await open('/search/?q=%E5%8D%AB%E5%81%A5%E5%A7%94', { javaScriptEnabled: false });
    const notice = page.locator('noscript, .search-notice:visible').first();
    await expect(page.locator('main').innerText()).resolves.toContain('搜索需要浏览器启用 JavaScript');
    for (const href of ['years/', 'regions/', 'units/', 'themes/']) {
      expect(await page.locator(`main a[href$="/${href}"]:visible`).count()).toBeGreaterThan(0);
    }
    expect(await notice.count()).toBe(1);
    await context?.close();
  });

  it('has no axe violations with results and filters shown', async () => {
    const { page, context } = await open('/search/?q=%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80&year=2021');
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context?.close();
  });

  it('reflows at 320px with the largest text setting', async () => {
    const { page, context } = await open('/search/?q=%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80', { viewport: { width: 320, height: 800 } });
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xlarge'));
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context?.close();
  });
});

describe.skipIf(browserUnavailable)('search under a sub-path', () => {
  // The a11y tests build the same sub-path, so the build is shared.
  const BASE = '/zwgk/fgfa/';
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    site = await serveStatic(buildSite({ basePath: BASE }), BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads the index from the sub-path and links results under it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('雷府办函〔2022〕316号')}`);
    const link = page.locator('[data-search-results] a.result-link');
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe(`${BASE}plans/2022-leizhou/`);
    await link.click();
    await page.waitForURL(`${site.url}plans/2022-leizhou/`);
    await context.close();
  });
});
