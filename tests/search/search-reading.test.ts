// The search page read as a reader reads it, in Chromium: phrases typed
// without spaces, partial matches labelled, which plan and which place each
// hit is, the queried unit marked, history (each committed search its own
// entry; Back and reload restore what was shown and where), and what finders
// offer: counts beside filter values, removable filter chips, "did you mean",
// and the results as CSV made in the browser.
import { buffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { moreOffered, searchSettled, showMoreResults } from '../support/search-page';
import { buildSite, serveStatic, type Served } from '../support/site';

describe.skipIf(browserUnavailable)('search page: what people type, what a hit says, history', () => {
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

  // One tab for the file's tests, going from page to page (tests/support/browser.ts `inTabs`: it keeps its renderer,
  // which keeps Pagefind's compiled WebAssembly); each test sets its width, starts with a load of its own and goes Back
  // only to pages it loaded itself.
  let tab: Page | undefined;
  const open = async (path: string, options: { viewport?: { width: number; height: number } } = {}): Promise<{ page: Page }> => {
    tab ??= await (await browser.newContext()).newPage();
    const page = tab;
    await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
    return { page };
  };
  const search = (q: string) => `/search/?q=${encodeURIComponent(q)}`;
  const status = (page: Page) => page.locator('[data-search-status]');
  const results = (page: Page) => page.locator('[data-search-results] > li');
  const links = (page: Page) => page.locator('[data-search-results] a.result-link');
  // Busy from the moment a search starts (the URL changes in the same task) until its results are in.
  const settled = async (page: Page) => {
    await searchSettled(page);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到|没有|已显示/);
  };

  describe.each([
    // [phrase, a requirement it must find: the words stand apart there]
    ['疫情信息公开', '/plans/2021-meizhou/#r21'],
    ['卫生健康信息公开', '/plans/2021-meizhou/#r10'],
    ['政务公开要点', '/plans/2022-leizhou/'],
  ])('%s typed without spaces', (q, url) => {
    it('finds records holding every word, not labelled partial', async () => {
      const { page } = await open(search(q));
      await settled(page);
      await expect(status(page).textContent()).resolves.toMatch(new RegExp(`(找到|已显示) \\d+ 条与“${q}”相关的结果`));
      // Every result, however many pages: the phrase's records may rank anywhere among them.
      while (await moreOffered(page)) {
        const before = await links(page).count();
        expect(await showMoreResults(page)).toBeGreaterThan(before);
      }
      const hrefs = await links(page).evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname + new URL((e as HTMLAnchorElement).href).hash));
      expect(hrefs).toContain(url);
      expect(await page.locator('.result-partial').count()).toBe(0);
    });
  });

  it('when no record holds every word, offers the closest ones, labelled, and not every record sharing a common pair', async () => {
    const { page } = await open(search('政府网站年度报告'));
    await settled(page);
    await expect(status(page).textContent()).resolves.toContain('没有同时包含全部词语的结果，以下结果包含其中部分词语');
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('.result-partial').count()).toBe(count);
    await expect(page.locator('.result-partial-note').first().textContent()).resolves.toMatch(/部分匹配/);
    // 年度报告 is in a few records; 政府 in nearly all 167 requirements, which must not all come back.
    await expect(status(page).textContent()).resolves.toMatch(/共 \d 条/);
  });

  it('a question is searched for what it asks about', async () => {
    const { page } = await open(search('市财政局要做什么'));
    await settled(page);
    await expect(status(page).textContent()).resolves.toMatch(/与“市财政局”相关的结果.*略去“要做什么”/);
    await expect(links(page).first().textContent()).resolves.toBe('市财政局（雷州市）');
  });

  it('each hit names its plan, issuer, year and place; 揭阳 numbers restart per task, so the task is named', async () => {
    const { page } = await open(search('信息公开 2018'));
    await settled(page);
    const titles = await links(page).allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(titles.length);
    // Numbered items as 第一部分（二）第1项; an unnumbered paragraph by its task's title.
    expect(titles.filter((t) => !/^揭阳市2018年政务公开工作要点分工方案( 第[一二三四五六七八九十]+部分（[一二三四五六七八九十]+）\S+)?$/.test(t))).toEqual([]);
    expect(titles).toContain('揭阳市2018年政务公开工作要点分工方案 第一部分（二）第1项');
    const first = results(page).nth(1);
    await expect(first.textContent()).resolves.toContain('发文机关：揭阳市人民政府办公室');
    await expect(first.locator('.result-place').textContent()).resolves.toMatch(/^位置：[一二三四五六七八九十]+、.+ › （[一二三四五六七八九十]+）/);
  });

  it('a department’s plan names its issuer, not the city government', async () => {
    const { page } = await open(search('江建管〔2022〕39号'));
    await settled(page);
    await expect(links(page).first().textContent()).resolves.toBe('2022年政务公开工作要点分工方案（江门市政府投资工程建设管理中心）');
    await expect(results(page).first().textContent()).resolves.toContain('发文机关：江门市政府投资工程建设管理中心');
  });

  it('marks the queried unit among a hit’s units, by alias too', async () => {
    const { page } = await open(search('卫健委'));
    await settled(page);
    await showMoreResults(page);
    const r22 = page.locator('[data-search-results] li', { hasText: '雷州市2022年政务公开工作要点分工方案 第22项' });
    await expect(r22.locator('.result-queried').textContent()).resolves.toBe('所查单位：市卫生健康局（负责）');
    await expect(r22.locator('mark', { hasText: '市卫生健康局' }).count()).resolves.toBe(1);
    // A unit filter marks its unit the same way.
    const { page: filtered } = await open(`/search/?q=${encodeURIComponent('公开')}&unit=${encodeURIComponent('各镇（街）（雷州市）')}`);
    await settled(filtered);
    await expect(filtered.locator('.result-queried').first().textContent()).resolves.toMatch(/^所查单位：各镇（街）（/);
  });

  it('each search committed after a pause is its own history entry', async () => {
    const { page } = await open('/search/');
    const input = page.getByLabel('搜索关键词');
    for (const q of ['疫情', '卫健委', '316号']) {
      await input.fill(q);
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe(q);
      await settled(page);
    }
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('卫健委');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/“卫健委”/);
    await expect(input.inputValue()).resolves.toBe('卫健委');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('疫情');
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('卫健委');
  });

  it('Back from result 11 after 显示更多结果 shows the same results at the same place, as does a reload', async () => {
    const { page } = await open(search('卫健委'), { viewport: { width: 390, height: 700 } });
    await settled(page);
    expect(await showMoreResults(page)).toBe(13);
    const eleventh = links(page).nth(10);
    const href = await eleventh.getAttribute('href');
    await eleventh.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await eleventh.click();
    await page.waitForURL((url) => url.pathname.includes('/plans/'));
    await page.goBack();
    await expect.poll(() => links(page).count(), { timeout: 10_000 }).toBe(13);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(scrolled);
    await expect(links(page).nth(10).getAttribute('href')).resolves.toBe(href);
    // A reload is the same entry: the page restores it on its own, not from the back-forward cache.
    await page.reload();
    await expect.poll(() => links(page).count(), { timeout: 10_000 }).toBe(13);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(scrolled);
  });

  it('has one search box on the search page, at any width', async () => {
    for (const width of [390, 1280]) {
      const { page } = await open(search('卫健委'), { viewport: { width, height: 900 } });
      await settled(page);
      await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
    }
  });

  it('counts the current results beside each filter value', async () => {
    const { page } = await open(search('市财政局'));
    await settled(page);
    await expect(status(page).textContent()).resolves.toMatch(/找到 11 条/);
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    // 8 requirements (梅州 r7 r8 r9 r30 r34, 雷州 r4, 揭阳 t2-r1 t3-r4) and three unit pages.
    await expect(page.getByRole('group', { name: '年度' }).locator('label').allTextContents()).resolves.toEqual(['2022年（1）', '2021年（5）', '2018年（2）']);
    await expect(page.getByRole('group', { name: '结果类型' }).getByLabel('责任单位（3）').count()).resolves.toBe(1);
    await expect(page.locator('#filter-region option', { hasText: '梅州市' }).textContent()).resolves.toBe('梅州市（6）');
  });

  it('shows active filters as chips; removing one searches again, and Back brings it back', async () => {
    const { page } = await open(`${search('市财政局')}&year=2021&role=${encodeURIComponent('牵头')}`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toMatch(/找到 3 条/);
    const chips = page.locator('[data-search-chips] a');
    await expect(chips.allTextContents()).resolves.toEqual(['年度：2021年 ×（取消此条件）', '职责类型：牵头 ×（取消此条件）']);
    await chips.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 4 条/);
    await expect(page.getByRole('group', { name: '年度' }).getByLabel(/^2021年/).isChecked()).resolves.toBe(false);
    await page.goBack();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/找到 3 条/);
    await expect(page.getByRole('group', { name: '年度' }).getByLabel(/^2021年/).isChecked()).resolves.toBe(true);
  });

  describe.each([
    // [slip, offered]: a character off in a unit name, a registry alias, a theme name
    ['市卫生建康局', '市卫生健康局'],
    ['市住建句', '市住建局'],
    ['疫情防空', '疫情防控'],
    // No record holds even half of it (市腐 and 腐办 are in none): the names file offers the alias.
    ['市腐办', '市府办'],
  ])('did you mean, for %s', (typed, offered) => {
    it(`offers ${offered} and searches it when chosen`, async () => {
      const { page } = await open(search(typed));
      await settled(page);
      const link = page.locator('[data-search-suggest] a');
      await expect(link.allTextContents()).resolves.toContain(offered);
      await link.filter({ hasText: offered }).first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe(offered);
      await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(new RegExp(`找到 \\d+ 条与“${offered}”相关的结果`));
    });
  });

  it('downloads the current results (query and filters) as CSV made in the browser', async () => {
    const { page } = await open(`${search('卫健委')}&kind=${encodeURIComponent('具体要求')}`);
    await settled(page);
    await expect(status(page).textContent()).resolves.toMatch(/找到 9 条/);
    const requests: string[] = [];
    const seen = (r: Request) => requests.push(r.url());
    page.on('request', seen);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载这些结果（CSV）' }).click()]);
    page.off('request', seen);
    expect(download.suggestedFilename()).toBe('搜索结果-卫健委.csv');
    // Read through the connection: the shared Chromium (tests/support/browser.ts) keeps the file on its side.
    const text = (await buffer(await download.createReadStream())).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => r['类型'] === '具体要求' && r['匹配'] === '全部')).toBe(true);
    const r22 = rows.find((r) => r['链接']!.endsWith('/plans/2022-leizhou/#r22'))!;
    expect(r22).toMatchObject({ 标题: '雷州市2022年政务公开工作要点分工方案 第22项', 发文机关: '雷州市人民政府办公室', 年度: '2022', 地区: '雷州市' });
    expect(r22['责任单位']).toContain('市卫生健康局');
    // Made from the index already in the browser: no request beyond the site's own static files.
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
  });
});
