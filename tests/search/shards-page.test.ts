// A sharded index in a real Chromium: the bundled site's index rewritten in
// four shards by year (as a large site's is), searched progressively. The
// first search loads only the newest shard and says which years are left; the
// reader continues shard by shard and ends with the same results as the
// unsharded index; a year filter loads only the shard of that year.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe } from '../support/axe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { planQuery } from '../../src/lib/search/query';
import type { ShardManifest } from '../../src/lib/search/shards';
import { commonFile, commonListFile, type CommonList } from '../../src/lib/search/stored';
import { writeShardedIndex } from '../../src/lib/search/write-index';
import { urls } from '../../src/lib/urls';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { searchSettled } from '../support/search-page';
import { buildSite, ROOT, serveStatic, type Served } from '../support/site';

describe.skipIf(browserUnavailable)('search over a sharded index', () => {
  let browser: Browser;
  let site: Served;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fengong-shards-'));
    cpSync(buildSite(), dir, { recursive: true });
    // Shards: units, themes and 江门 2022 | 雷州 2022 | 梅州 2021 | 揭阳 2018 (see integration.test.ts).
    await writeShardedIndex(loadCatalog(join(ROOT, 'src', 'content')), urls('/'), join(dir, 'pagefind'), { budget: 7000 });
    site = await serveStatic(dir);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const status = (page: Page) => page.locator('[data-search-status]');
  const resultLinks = (page: Page) => page.locator('[data-search-results] a.result-link');
  const older = (page: Page) => page.locator('[data-search-older]');

  it('searches the newest shard first and continues year by year on request, ending with every result', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    const entries: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      requested.push(url.pathname);
      if (url.pathname.endsWith('pagefind-entry.json')) entries.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('卫健委')}`);
    // First shard: the four unit pages (雷州, 梅州, 江门 市卫生健康局, 揭阳 市卫生计生局); 江门 2022 names none.
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('在2022年的部分方案中找到 4 条与“卫健委”相关的结果。2022年的其余方案和2018年、2021年的方案尚未搜索。');
    // The status is written before the counts beside the filters: read those once the page is settled
    // (read at once, the note was still empty in one run at load 10).
    await searchSettled(page);
    expect(requested.filter((p) => p.includes('/shard-'))).toEqual([]);
    await expect(older(page).textContent()).resolves.toBe('继续搜索2022年的其余方案');
    await expect(page.locator('[data-search-more]').isHidden()).resolves.toBe(true);
    // Counts beside the filters cover the years searched, and say so; the years not searched get none.
    await expect(page.locator('[data-search-counts-note]').textContent()).resolves.toBe('括号中的数量只计2022年的部分方案的结果；2022年的其余方案和2018年、2021年的方案尚未搜索。');
    await expect(page.locator('label[for^="filter-kind-"]', { hasText: '责任单位' }).textContent()).resolves.toBe('责任单位（4）');
    await expect(page.locator('label[for^="filter-year-"] .facet-count').count()).resolves.toBe(0);
    const checked = await axe(page).analyze();
    expect(checked.violations.map((v) => v.id)).toEqual([]);

    await older(page).click();
    await searchSettled(page);
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBe(7);
    // Focus moves to the first new result (雷州 r22).
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('雷州市2022年政务公开工作要点分工方案 第22项');
    await expect(older(page).textContent()).resolves.toBe('继续搜索2021年的方案');
    await older(page).click();
    await searchSettled(page);
    // 梅州 2021: r10–r12, r30, r37.
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBe(12);
    await expect(status(page).textContent()).resolves.toBe('在2021–2022年的方案中找到 12 条与“卫健委”相关的结果。2018年的方案尚未搜索。');
    await expect(older(page).textContent()).resolves.toBe('继续搜索2018年的方案');
    await older(page).click();
    await searchSettled(page);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('找到 13 条与“卫健委”相关的结果。');
    await expect(older(page).isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-search-counts-note]').isHidden()).resolves.toBe(true);
    expect((await resultLinks(page).allTextContents()).filter((t) => t.startsWith('揭阳市2018年'))).toHaveLength(1);
    // Pagefind starts in each shard where a word looked up has no stored answer (stored.ts): in 梅州 2021's
    // shard every word of 卫健委 is common, so its stored answers are read and its Pagefind never starts.
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
    const cover = planQuery('卫健委').cover;
    const stored = (path: string) => new Set((JSON.parse(readFileSync(join(dir, 'pagefind', path, commonListFile), 'utf8')) as CommonList).tokens);
    const started = manifest.shards.filter((s) => !cover.every((t) => stored(s.path).has(t)));
    expect(started.map((s) => s.path)).toEqual(['', 'shard-2/', 'shard-4/']);
    expect(new Set(requested.filter((p) => p.endsWith('pagefind-entry.json')))).toEqual(new Set(started.map((s) => `/pagefind/${s.path}pagefind-entry.json`)));
    expect(requested).toEqual(expect.arrayContaining(cover.map((t) => `/pagefind/shard-3/${commonFile(t)}`)));
    // Each entry file under one URL per index (its cache tag from shards.json), not a new timestamp per page load.
    expect(new Set(entries)).toEqual(new Set(started.map((s) => `/pagefind/${s.path}pagefind-entry.json?ts=${s.tag ?? ''}`)));
    // Four shards searched, one WebAssembly file: the first shard's.
    expect(new Set(requested.filter((p) => p.endsWith('.pagefind')))).toEqual(new Set(['/pagefind/wasm.unknown.pagefind']));
    await context.close();
  });

  it('a year filter loads only the shards of that year', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}search/?q=${encodeURIComponent('市财政局')}&year=2018`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^找到 \d+ 条与“市财政局”相关的结果。$/);
    const titles = await resultLinks(page).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith('揭阳市2018年'))).toBe(true);
    const indexFiles = requested.filter((p) => /\.(pf_meta|pf_index|pf_filter)$|entry\.json$|\/items\/[^/]+\.json\.gz$/.test(p));
    // The results' block files too.
    expect(indexFiles.some((p) => p.includes('/items/'))).toBe(true);
    expect(indexFiles.length).toBeGreaterThan(0);
    expect(indexFiles.every((p) => p.startsWith('/pagefind/shard-4/'))).toBe(true);
    // Pagefind's WebAssembly is the one file all shards share.
    expect(requested.filter((p) => p.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.unknown.pagefind']);
    await context.close();
  });

  it('units and themes are searched in the first shard only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('卫健委')}&kind=${encodeURIComponent('责任单位')}`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('找到 4 条与“卫健委”相关的结果。');
    await expect(older(page).isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('an ascending year sort starts with the oldest shard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('市财政局')}&sort=year-asc`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^在2018年的方案中找到 \d+ 条与“市财政局”相关的结果。2021–2022年的方案尚未搜索。$/);
    await expect(older(page).textContent()).resolves.toBe('继续搜索2021年的方案');
    await context.close();
  });
});
