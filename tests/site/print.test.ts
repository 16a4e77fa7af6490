/**
 * A plan printed (issue 19, item 9), in Chromium on the real build: the PDF
 * Chromium makes of the page (page.pdf, print media) is the 分工表 — 序号,
 * 具体要求, 牵头单位, 配合单位, a header row at each section, every
 * requirement a row with its units — under the
 * plan's title, with the page's address and the print date, and without the
 * navigation, the contents, the notice or theme links. The printed text
 * follows the reader's text size.
 *
 * The PDF's text is read back with pdf.js (pdfjs-dist). The print date is the
 * browser's own date at the time of the test, so nothing depends on the clock.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildSite, serveStatic, type Served } from '../support/site';

if (browserUnavailable) console.warn(`tests/site/print.test.ts skipped: ${browserUnavailable}`);

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * The text of every page of a PDF, one string per page, spaces removed (CJK
 * text comes in pieces) and NFKC-normalised: the CJK font maps some glyphs to
 * Kangxi radicals (⼯ for 工). Compare with `nfkc(expected)`.
 */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, cMapUrl: `${join(pdfjsDir, 'cmaps')}/`, cMapPacked: true });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(nfkc(content.items.map((i) => ('str' in i ? i.str : '')).join('')));
  }
  await task.destroy();
  return pages;
}

/** CJK radicals (U+2E80–U+2EFF) the font maps simplified characters to, which NFKC leaves alone. */
const RADICALS: Record<string, string> = Object.fromEntries(
  [...'⺠民⻚页⻔门⻓长⻅见⻋车⻛风⻜飞⻩黄⻢马⻣骨⻤鬼⻰龙⻳龟⻥鱼⻦鸟⻨麦⻬齐⻭齿⻙韦⻘青⻝食⻉贝⻄西⻆角⻊足⺟母⺬示⺮竹⻁虎⻈讠'].flatMap((c, i, a) => (i % 2 === 0 ? [[c, a[i + 1]!]] : [])),
);
const nfkc = (s: string) => s.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c).replace(/\s+/g, '');

describe.skipIf(browserUnavailable !== null)('a plan printed', () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    server = await serveStatic(buildSite(), '/');
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPlan = async (id: string, textSize?: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (textSize) await context.addInitScript((size: string) => localStorage.setItem('fengong.textSize', size), textSize);
    const page = await context.newPage();
    await page.goto(`${server.url}plans/${id}/`);
    return page;
  };
  const today = (page: Page) =>
    page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

  it('江门建管中心 2022 prints as a 分工表 with its address and the print date, and nothing else of the screen page', async () => {
    const page = await openPlan('2022-jiangmen-jgzx');
    const before = await today(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const after = await today(page);
    const pages = await pdfText(pdf);
    const all = pages.join('');
    const first = pages[0]!;
    expect(first).toContain(nfkc('关于印发《2022年政务公开工作要点分工方案》的通知'));
    expect(first).toContain(nfkc('江建管〔2022〕39号'));
    expect(first).toContain(nfkc(`本页网址：${server.url}plans/2022-jiangmen-jgzx/`));
    expect([`打印日期：${before}`, `打印日期：${after}`].some((s) => first.includes(nfkc(s)))).toBe(true);
    expect(first).toContain(nfkc('序号具体要求牵头单位配合单位'));
    // Every section and task heads its rows; requirement 1 reads as one row: number, text, lead, participating.
    expect(first).toContain(nfkc('一、优化政务公开工作基础'));
    expect(first).toContain(nfkc('（一）持续推进基层政务公开标准化规范化'));
    expect(first).toContain(nfkc('1结合权责清单以及工作职责，持续推动政府信息主动公开目录的动态更新调整。办公室各科室'));
    expect(all).toContain(nfkc('规范编制发布政府信息公开工作年度报告'));
    // The header row heads every section.
    const sections = await page.locator('.plan-section').count();
    expect(sections).toBe(5);
    expect(all.split(nfkc('序号具体要求牵头单位配合单位')).length - 1).toBe(sections);
    // No navigation, contents (目录（N 个部分，…）), notice, facts, downloads, theme links or footer.
    for (const absent of ['跳到正文', '数据下载', '个部分，', '通知正文', '文件信息', '更多文件信息', '下载', '主题：', '长者模式', '打印分工表', '网站地图']) {
      expect(all, absent).not.toContain(nfkc(absent));
    }
    await page.context().close();
  });

  it('雷州 2022 prints all 54 requirements as rows, 负责 units marked in the 牵头单位 column', async () => {
    const page = await openPlan('2022-leizhou');
    const all = (await pdfText(await page.pdf({ format: 'A4' }))).join('');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.requirement:visible').count()).toBe(54);
    // Each row is one grid line: 序号 left of the text, the units right of it.
    const boxes = await page.locator('#r43').evaluate((r) => ['h3, h4', '.text', '.responsible'].map((s) => r.querySelector(s)!.getBoundingClientRect()).map((b) => [Math.round(b.left), Math.round(b.top)]));
    expect(boxes[0]![0]).toBeLessThan(boxes[1]![0]!);
    expect(boxes[1]![0]).toBeLessThan(boxes[2]![0]!);
    expect(new Set(boxes.map((b) => b[1])).size).toBe(1);
    // r43: 负责 市政府办公室、市政务服务数据管理局, no lead, nothing participating.
    expect(all).toContain(nfkc('43进一步提高政府公报质量。'));
    expect(all).toMatch(new RegExp(nfkc('加强政府公报内容传播。负责:?市政府办公室、市政务服务数据管理局44')));
    await page.context().close();
  });

  it.each([
    ['standard', undefined, 11],
    ['大', 'large', 13],
    ['特大', 'xlarge', 16],
    ['超大', 'xxlarge', 22],
  ])('the printed table follows the text size: %s', async (_, size, points) => {
    const page = await openPlan('2022-jiangmen-jgzx', size);
    await page.emulateMedia({ media: 'print' });
    const cell = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.requirement .text')!).fontSize));
    expect(cell).toBeCloseTo((points * 96) / 72, 1);
    expect(await page.locator('.print-head').first().isVisible()).toBe(true);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    await page.context().close();
  });
});
