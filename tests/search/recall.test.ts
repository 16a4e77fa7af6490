// Recall and precision of the real Pagefind index on the golden queries:
// the site is built, and every query runs in headless Chromium through the
// bundle the site ships and the engine the search page uses.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildSite, serveStatic, type Served } from '../support/site';
import { engineBundle } from './support/engine-bundle';

interface Golden {
  query: string;
  category: string;
  expect: string[];
}
const golden = JSON.parse(readFileSync(new URL('./golden-queries.json', import.meta.url), 'utf8')) as Golden[];

/** Permalinks measured: requirements and plans. Unit and theme pages are navigation, not answers. */
const measured = (url: string) => url.includes('/plans/');

describe.skipIf(browserUnavailable)('search recall on the golden queries', () => {
  let browser: Browser;
  let site: Served;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(buildSite());
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.url);
    await page.addScriptTag({ content: await engineBundle() });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has at least 60 golden queries covering every kind', () => {
    expect(golden.length).toBeGreaterThanOrEqual(60);
    expect(new Set(golden.map((g) => g.category))).toEqual(new Set(['unit', 'alias', 'segmentation', 'phrase', 'theme', 'docNumber', 'year', 'region', 'combined']));
  });

  it('finds at least 95% of what the documents say each query must find', async () => {
    const base = new URL(site.url).pathname;
    const found = await page.evaluate(
      async ({ queries, bundle }) => {
        const { SearchSession, parseSearchParams, loadPagefind } = window.fengongSearch;
        const pagefind = await loadPagefind(bundle);
        const out: Record<string, string[]> = {};
        for (const q of queries) {
          const session = await SearchSession.start(pagefind, parseSearchParams(new URLSearchParams({ q })));
          out[q] = session ? (await session.all()).map((hit) => hit.url) : [];
        }
        return out;
      },
      { queries: golden.map((g) => g.query), bundle: `${base}pagefind/pagefind.js` },
    );
    let expected = 0;
    let returned = 0;
    let relevant = 0;
    const misses: string[] = [];
    const lines: string[] = [];
    for (const g of golden) {
      // Golden permalinks are written for a site at "/"; the build may use a base path.
      const want = new Set(g.expect.map((u) => base + u.slice(1)));
      const got = (found[g.query] ?? []).filter(measured);
      const hits = got.filter((u) => want.has(u));
      expected += want.size;
      returned += got.length;
      relevant += hits.length;
      const missing = [...want].filter((u) => !got.includes(u));
      if (missing.length > 0) misses.push(`${g.query}: ${missing.join(' ')}`);
      lines.push(`${g.category.padEnd(12)} ${g.query}  recall ${hits.length}/${want.size}  precision ${hits.length}/${got.length}`);
    }
    const recall = relevant / expected;
    const precision = relevant / returned;
    console.log(
      `${lines.join('\n')}\n\nsearch: ${golden.length} queries, recall ${recall.toFixed(3)} (${relevant}/${expected}), precision ${precision.toFixed(3)} (${relevant}/${returned})\n` +
        (misses.length > 0 ? `misses:\n  ${misses.join('\n  ')}` : 'misses: none'),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
