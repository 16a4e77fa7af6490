// The home page and every plan page in a real Chromium: what a reader sees,
// and zero axe violations on every plan page (the home page's axe check is
// tests/site/a11y.test.ts's, in every reading mode).
import { axe } from '../support/axe';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { seedIds } from '../support/seeds';
import { buildSite, serveStatic, type Served } from '../support/site';

describe.skipIf(browserUnavailable)('plan pages in Chromium', () => {
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

  const open = async (path: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
    expect(response?.status()).toBe(200);
    return { page, context };
  };

  // One load of each plan page for both checks, the four in one tab going from plan to plan (it keeps its renderer and
  // axe's compiled script: tests/support/browser.ts `inTabs`).
  let tab: Page | undefined;
  it.each(seedIds)('%s: no axe violations, and the only script the plan page loads is the reading-preferences script', async (id) => {
    tab ??= await (await browser.newContext()).newPage();
    const page = tab;
    const scripts: string[] = [];
    const seen = (r: Request) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    };
    page.on('request', seen);
    const response = await page.goto(new URL(`plans/${id}/`, site.url).href, { waitUntil: 'networkidle' });
    page.off('request', seen);
    expect(response?.status()).toBe(200);
    expect(scripts).toEqual(['/site/prefs.js']);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('the home page lists the newest plans with counts, and every year newest first', async () => {
    const { page, context } = await open('/');
    const plans = await page.locator('ul[aria-labelledby="latest"] .plan-title').allTextContents();
    // Newest issue date first: 江门建管中心 2022-11-23, 雷州 2022-11-16, 梅州 2021, 揭阳 2018.
    expect(plans).toHaveLength(4);
    expect(plans[1]).toContain('雷州市2022年');
    expect(plans[3]).toContain('揭阳市2018年');
    await expect(page.locator('main').textContent()).resolves.toContain('54 项要求');
    const years = await page.locator('ul[aria-labelledby="by-year"] a').allTextContents();
    expect(years).toEqual(['2022年', '2021年', '2018年']);
    await context.close();
  });

  it('a plan page shows the document facts, the structure and every requirement with its units', async () => {
    const { page, context } = await open('/plans/2022-leizhou/');
    const facts = await page.locator('table:has(caption:text("文件信息"))').innerText();
    expect(facts).toContain('雷府办函〔2022〕316号');
    expect(facts).toContain('2022年11月16日');
    expect(facts).toContain('主动公开');
    expect(await page.locator('article.requirement').count()).toBe(54);
    const r24 = page.locator('#r24');
    await expect(r24.innerText()).resolves.toMatch(/牵头\s*市教育局、湛江市生态环境局雷州分局、市住房城乡建设局、市交通运输局、市卫生健康局/);
    // The "：" after a label is for screen readers only, written by the stylesheet (generated content with alternative text).
    expect(await r24.ariaSnapshot()).toMatch(/text: 牵头：\s+- link "市教育局"/);
    expect(await page.locator('h2', { hasText: '四、优化政务公开平台建设' }).count()).toBe(1);
    // Plan pages are plain HTML: no script of their own.
    expect(await page.locator('script[src*="_astro"]').count()).toBe(0);
    await context.close();
  });

  // A link to #r43 from a unit page, a search result or a message lands on the block alone: it says where it stands.
  it.each([
    ['2022-leizhou', 'r43', ['雷州市人民政府办公室2022年分工方案', '四、优化政务公开平台建设', '（四）持续做好政府公报工作'], '第 43 项'],
    ['2021-meizhou', 'r1', ['梅州市人民政府办公室2021年分工方案', '一、'], '第 1 项'],
    ['2018-jieyang', 't9', ['揭阳市人民政府办公室2018年分工方案', '三、着力推进政务公开平台建设', '（九）用好“两微一端”新平台'], '政务微博'],
    ['2022-jiangmen-jgzx', 'r7', ['江门市政府投资工程建设管理中心2022年分工方案', '三、推动重大政策解读提质增效，优化政策咨询服务', '（一）围绕省委“1+1+9”工作部署加大重大政策解读力度'], '第 7 项'],
  ])('%s#%s says which plan, year, section and task it belongs to', async (id, anchor, context, own) => {
    const { page, context: browserContext } = await open(`/plans/${id}/#${anchor}`);
    const block = page.locator(`#${anchor}`);
    const where = block.locator('.context');
    expect(await where.isVisible()).toBe(true);
    const text = (await where.innerText()).replace(/\s+/g, '');
    for (const part of context) expect(text).toContain(part.replace(/\s+/g, ''));
    await expect(block.innerText()).resolves.toContain(own);
    // Only the target says so; the other blocks read as before.
    expect(await page.locator('.requirement .context:visible').count()).toBe(1);
    await browserContext.close();
  });

  it('a requirement permalink lands on the requirement', async () => {
    const { page, context } = await open('/plans/2018-jieyang/#t9');
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('t9');
    await expect(page.locator('#t9').innerText()).resolves.toContain('政务微博');
    await context.close();
  });

  it('the original document is linked and served', async () => {
    const { page, context } = await open('/plans/2021-meizhou/');
    const href = await page.locator('a', { hasText: '原始文本' }).getAttribute('href');
    expect(href).toMatch(/sources\/2021-meizhou\.txt$/);
    const res = await page.request.get(new URL(href!, site.origin).href);
    expect(await res.text()).toContain('梅市府办函〔2021〕159号');
    await context.close();
  });
});
