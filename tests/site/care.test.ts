/**
 * 适老化 (issue 19, item 7), in Chromium on the real build: the 长者模式 entry
 * on every kind of page at phone and desktop widths (without JavaScript a
 * link to the accessibility statement; with JavaScript a toggle, checked in
 * tests/site/a11y.test.ts's page loads of every kind at 1280 and 390 px), what it
 * switches (特大 text, line spacing 2, darker text, 60 px targets), the 超大
 * button setting text to 200 % (every kind of page at 200 % without sideways
 * scrolling at 390 px: a11y.test.ts), the print button, and 朗读 on
 * each requirement only where the browser has a Chinese voice.
 *
 * The Web Speech API is replaced by a recording stand-in in the tests that
 * need a voice: headless Chromium has the API but no voices.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, inTabs, launchBrowser } from '../support/browser';
import { buildSite, builtPages, onePagePerType, serveStatic, type Served } from '../support/site';

if (browserUnavailable) console.warn(`tests/site/care.test.ts skipped: ${browserUnavailable}`);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const LEIZHOU = '/plans/2022-leizhou/';

/** A stand-in for speechSynthesis that records what it is asked to say. */
function fakeSpeech(voices: string[]) {
  const spoken: string[] = [];
  const synth = {
    speaking: false,
    getVoices: () => voices.map((lang) => ({ lang, name: lang })),
    speak: (u: { text: string; lang: string }) => spoken.push(`${u.lang}|${u.text}`),
    cancel: () => spoken.push('cancel'),
    addEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, '__spoken', { value: spoken });
}

describe.skipIf(browserUnavailable !== null)('适老化 in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let samples: string[];

  beforeAll(async () => {
    const dist = buildSite();
    server = await serveStatic(dist, '/');
    browser = await launchBrowser();
    samples = onePagePerType(builtPages(dist, '/'), '/').filter((p) => !p.endsWith('.html') || p.endsWith('404.html'));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (context: BrowserContext, path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(server.origin + path);
    return page;
  };

  // With JavaScript every kind of page shows the button instead, checked in
  // tests/site/a11y.test.ts's page loads at both widths (the same pages, built
  // under a sub-path), which load each page for axe or overflow anyway.
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('%s: without JavaScript every kind of page links 长者模式 to the accessibility statement', async (_, viewport) => {
    const noJs = await browser.newContext({ viewport, javaScriptEnabled: false });
    const missing: string[] = [];
    // In reused tabs (tests/support/browser.ts `inTabs`).
    await inTabs(noJs, samples, 4, async (plain, path) => {
      await plain.goto(server.origin + path);
      const link = plain.getByRole('link', { name: '长者模式' });
      if (!(await link.isVisible()) || !(await link.getAttribute('href'))?.endsWith('accessibility/#care')) missing.push(`${path} (no-JS link)`);
      if ((await plain.getByRole('button', { name: '长者模式' }).count()) > 0 && (await plain.getByRole('button', { name: '长者模式' }).isVisible())) missing.push(`${path} (dead button without JavaScript)`);
    });
    await noJs.close();
    expect(samples.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  }, 180_000);

  it('长者模式 raises the text to 特大, spaces lines at 2, darkens text, makes 60 px targets, and is remembered', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await open(context, LEIZHOU);
    const measure = () =>
      page.evaluate(() => {
        const text = document.querySelector('.requirement .text')!;
        const style = getComputedStyle(text);
        return {
          root: parseFloat(getComputedStyle(document.documentElement).fontSize),
          lineRatio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          color: style.color,
          button: document.querySelector('[data-care-toggle]')!.getBoundingClientRect().height,
        };
      });
    const before = await measure();
    const toggle = page.getByRole('button', { name: '长者模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await measure();
    expect(before.root).toBe(16);
    expect(after.root).toBeCloseTo(16 * 1.45, 1);
    expect(after.lineRatio).toBeGreaterThanOrEqual(2);
    expect(before.lineRatio).toBeLessThan(2);
    expect(after.color).toBe('rgb(0, 0, 0)');
    // 3.75rem at 特大: 60 px at the default size, scaled with the text.
    expect(after.button).toBeGreaterThanOrEqual(60 * 1.45 - 1);
    // Remembered on the next page; switched off again, the text size chosen stays.
    await page.goto(`${server.url}units/`);
    expect(await page.evaluate(() => [document.documentElement.dataset['care'], document.documentElement.dataset['textSize']])).toEqual(['on', 'xlarge']);
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await page.evaluate(() => [document.documentElement.dataset['care'] ?? null, document.documentElement.dataset['textSize']])).toEqual([null, 'xlarge']);
    await context.close();
  });

  // Every kind of page at 超大 without sideways scrolling at 390 px: the same
  // walk in tests/site/a11y.test.ts (its 390 px 超大 case), not done twice.
  it('超大 sets the text to 200 %, remembered on the next page', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await open(context, LEIZHOU);
    await page.locator('summary', { hasText: '菜单' }).click();
    await page.getByRole('button', { name: '超大' }).click();
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('32px');
    await page.goto(`${server.url}units/`);
    expect(await rootSize()).toBe('32px');
    await context.close();
  });

  it('plan and unit pages have a print button that prints; without JavaScript it is not shown', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    const page = await open(context, LEIZHOU);
    await page.getByRole('button', { name: '打印分工表' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['printed'])).toBe('yes');
    const unit = await open(context, '/units/leizhou-shicaizhengju/');
    await unit.getByRole('button', { name: '打印本单位台账' }).click();
    expect(await unit.evaluate(() => document.documentElement.dataset['printed'])).toBe('yes');
    await context.close();
    const noJs = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const plain = await open(noJs, LEIZHOU);
    expect(await plain.getByRole('button', { name: '打印分工表' }).isVisible()).toBe(false);
    await noJs.close();
  });

  it('朗读 reads a requirement aloud in Chinese where the browser has a Chinese voice; a second press stops', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(fakeSpeech, ['en-US', 'zh-CN']);
    const page = await open(context, LEIZHOU);
    const buttons = page.getByRole('button', { name: '朗读' });
    expect(await buttons.count()).toBe(await page.locator('.requirement').count());
    expect(await buttons.count()).toBe(54);
    const r43 = page.locator('#r43');
    // Each 朗读 button is described by its requirement's title, so a screen reader tells them apart.
    const described = await r43.getByRole('button', { name: '朗读' }).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/^第 43 项/);
    await r43.getByRole('button', { name: '朗读' }).click();
    expect(await r43.getByRole('button').last().textContent()).toBe('停止朗读');
    const spoken = (await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).filter((s) => s !== 'cancel');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/^zh-CN\|第 43 项。进一步提高政府公报质量。/);
    expect(spoken[0]).toContain('市政务服务数据管理局');
    expect(spoken[0]).not.toContain('#');
    await r43.getByRole('button', { name: '停止朗读' }).click();
    expect(await r43.getByRole('button', { name: '朗读' }).isVisible()).toBe(true);
    await context.close();
  });

  it.each([
    ['no speech API at all', null],
    ['speech API without a Chinese voice', ['en-US']],
  ])('no 朗读 button where the browser has %s', async (_, voices) => {
    const context = await browser.newContext({ viewport: PHONE });
    if (voices) await context.addInitScript(fakeSpeech, voices);
    else await context.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    const page = await open(context, LEIZHOU);
    expect(await page.locator('.requirement').count()).toBe(54);
    expect(await page.getByRole('button', { name: '朗读' }).count()).toBe(0);
    await context.close();
  });
});
