// The golden queries typed into the real search page in headless Chromium,
// the way a reader uses it: type, press Enter, read the list (pressing
// 显示更多结果 until ten answers are shown). Measured per query against what
// the documents say it must find (golden-queries.json, make-golden.ts):
//
// - recall@10: the expected requirements and plans among the first ten
//   answers, out of min(10, expected) ("capped" recall: a query expecting
//   53 items cannot show more than ten on the first screenful);
// - precision@10: the share of those first ten answers that were expected;
// - first result: for navigational queries (a plan by name or number, a
//   unit by a name only one unit has, a theme by name), the expected page first.
//
// Answers are requirement and plan permalinks; unit and theme pages are
// navigation, checked by the first-result measure only.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { moreOffered, searchSettled, showMoreResults } from '../support/search-page';
import { buildSite, serveStatic, type Served } from '../support/site';

interface Golden {
  query: string;
  category: string;
  expect: string[];
  first?: string;
}
const golden = JSON.parse(readFileSync(new URL('./golden-queries.json', import.meta.url), 'utf8')) as Golden[];

const answer = (url: string) => url.includes('/plans/');
const TOP = 10;

/** Types a query into the page and returns the result links in order, pressing 显示更多结果 until `TOP` answers show. */
async function typeAndRead(page: Page, query: string): Promise<string[]> {
  const input = page.getByLabel('搜索关键词');
  await input.fill(query);
  await input.press('Enter');
  await searchSettled(page);
  const hrefs = () => page.locator('[data-search-results] a.result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  let links = await hrefs();
  while (links.filter(answer).length < TOP && (await moreOffered(page))) {
    const before = links.length;
    await showMoreResults(page);
    links = await hrefs();
    expect(links.length).toBeGreaterThan(before);
  }
  return links;
}

describe.skipIf(browserUnavailable)('search on the golden queries, typed into the search page', () => {
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

  it('has at least 150 golden queries covering every kind, a third of them navigational', () => {
    expect(golden.length).toBeGreaterThanOrEqual(150);
    expect(new Set(golden.map((g) => g.category))).toEqual(
      new Set(['unit', 'alias', 'segmentation', 'phrase', 'phraseNoSpace', 'theme', 'docNumber', 'plan', 'year', 'region', 'combined', 'unitTopic', 'question', 'typo']),
    );
    expect(golden.filter((g) => g.first).length).toBeGreaterThanOrEqual(50);
  });

  it('finds ≥ 95 % of the expected answers in the first ten, and puts the expected page first for ≥ 80 % of navigational queries', { timeout: 600_000 }, async () => {
    const base = new URL(site.url).pathname;
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL('search/', site.url).href);
    // Golden permalinks are written for a site at "/"; the build may use a base path.
    const local = (u: string) => base + u.slice(1);
    let wanted = 0;
    let found = 0;
    let shown = 0;
    let navigational = 0;
    let firstRight = 0;
    const misses: string[] = [];
    const wrongFirst: string[] = [];
    const lines: string[] = [];
    const byCategory = new Map<string, { wanted: number; found: number; shown: number }>();
    for (const g of golden) {
      const links = await typeAndRead(page, g.query);
      const top = links.filter(answer).slice(0, TOP);
      const want = new Set(g.expect.map(local));
      const hits = top.filter((u) => want.has(u)).length;
      const cap = Math.min(want.size, TOP);
      wanted += cap;
      found += hits;
      shown += top.length;
      const c = byCategory.get(g.category) ?? { wanted: 0, found: 0, shown: 0 };
      byCategory.set(g.category, { wanted: c.wanted + cap, found: c.found + hits, shown: c.shown + top.length });
      if (hits < cap) misses.push(`${g.query}: ${hits}/${cap}, missing ${[...want].filter((u) => !top.includes(u)).slice(0, 4).join(' ')}`);
      let first = '';
      if (g.first) {
        navigational++;
        const right = links[0] === local(g.first);
        if (right) firstRight++;
        else wrongFirst.push(`${g.query}: ${links[0] ?? '(none)'} instead of ${g.first}`);
        first = right ? '  first ✓' : '  first ✗';
      }
      lines.push(`${g.category.padEnd(13)} ${g.query}  recall@10 ${hits}/${cap}  precision@10 ${hits}/${top.length}${first}`);
    }
    const recall = found / wanted;
    const precision = found / shown;
    const firstShare = firstRight / navigational;
    const categories = [...byCategory].map(([k, v]) => `  ${k.padEnd(13)} recall@10 ${(v.found / v.wanted).toFixed(3)}  precision@10 ${(v.found / Math.max(1, v.shown)).toFixed(3)}`);
    console.log(
      `${lines.join('\n')}\n\nsearch page: ${golden.length} queries, recall@10 ${recall.toFixed(3)} (${found}/${wanted}), precision@10 ${precision.toFixed(3)} (${found}/${shown}), ` +
        `expected first ${firstShare.toFixed(3)} (${firstRight}/${navigational} navigational)\n${categories.join('\n')}\n` +
        `misses:\n  ${misses.join('\n  ') || 'none'}\nwrong first:\n  ${wrongFirst.join('\n  ') || 'none'}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(firstShare).toBeGreaterThanOrEqual(0.8);
  });
});
