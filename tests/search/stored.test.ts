// Pagefind's answers for each shard's common words, stored at build time
// (src/lib/search/stored.ts): the build stores exactly what Pagefind answers
// in the browser, for every word in at least `commonShare` of a shard's
// records; the engine reads them instead of asking Pagefind, so a shared
// ?q= link of common words alone never starts Pagefind, and shows the same
// results.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockItems } from '../../src/lib/search/engine';
import type { BlockFile } from '../../src/lib/search/records';
import { blockFolder, manifestFile, type ShardManifest } from '../../src/lib/search/shards';
import { commonFile, commonListFile, commonShare, decodeAnswer, encodeAnswer, shortScore, type CommonAnswer, type CommonList } from '../../src/lib/search/stored';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { searchSettled } from '../support/search-page';
import { buildSite, serveStatic, type Served } from '../support/site';
import { engineBundle } from './support/engine-bundle';

let dist = '';
let manifest: ShardManifest;
beforeAll(() => {
  dist = buildSite();
  manifest = JSON.parse(readFileSync(join(dist, 'pagefind', manifestFile), 'utf8')) as ShardManifest;
});
const shardDir = (path: string) => join(dist, 'pagefind', path);
const listOf = (path: string) => (JSON.parse(readFileSync(join(shardDir(path), commonListFile), 'utf8')) as CommonList).tokens;
const answerOf = (path: string, token: string) => JSON.parse(gunzipSync(readFileSync(join(shardDir(path), commonFile(token)))).toString('utf8')) as CommonAnswer;

/** Records of a shard holding each token, from its block files (a record's content is its items' tokens, `load.test.ts`). */
function frequency(path: string): { records: number; holding: Map<string, number> } {
  const folder = join(shardDir(path), blockFolder);
  const holding = new Map<string, number>();
  const files = readdirSync(folder);
  for (const name of files) {
    const block = JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8')) as BlockFile;
    for (const token of new Set(blockItems(block).flatMap((item) => item.tokens))) holding.set(token, (holding.get(token) ?? 0) + 1);
  }
  return { records: files.length, holding };
}

describe('stored answers', () => {
  it('scores are written short and read back as the same 32-bit floats, ids without their shared prefix', () => {
    const results = [
      { id: 'zh-cn_55c4e78', score: Math.fround(0.10699453204870224) },
      { id: 'zh-cn_f39f60a', score: Math.fround(1 / 3) },
      { id: 'zh-cn_0000001', score: 0 },
    ];
    const answer = encodeAnswer(results);
    expect(answer.prefix).toBe('zh-cn_');
    expect(answer.ids).toEqual(['55c4e78', 'f39f60a', '0000001']);
    expect(answer.scores[0]).toBe(0.10699453);
    expect(decodeAnswer(JSON.parse(JSON.stringify(answer)) as CommonAnswer)).toEqual(results);
    expect(() => shortScore(0.1)).toThrow(/not a 32-bit float/);
  });

  it('each shard lists every token in at least a quarter of its records, and only those, each with its answer', () => {
    for (const shard of manifest.shards) {
      const { records, holding } = frequency(shard.path);
      const expected = [...holding].filter(([, n]) => n >= commonShare * records).map(([t]) => t).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(listOf(shard.path)).toEqual(expected);
      for (const token of expected) expect(existsSync(join(shardDir(shard.path), commonFile(token)))).toBe(true);
    }
  });
});

describe.skipIf(browserUnavailable)('stored answers in Chromium', () => {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("are Pagefind's own answers in the browser: the same records, scores and order", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.addScriptTag({ content: await engineBundle() });
    for (const shard of manifest.shards) {
      const tokens = listOf(shard.path);
      const asked = await page.evaluate(
        async ({ base, path, tokens: wanted }) => {
          const index = await window.fengongSearch.openIndex(`${base}pagefind/pagefind.js`);
          const pagefind = await index.open(index.manifest.shards.find((s) => s.path === path)!);
          const out: Array<Array<{ id: string; score: number }>> = [];
          for (const token of wanted) out.push(((await pagefind.search(token, {}))?.results ?? []).map((r) => ({ id: r.id, score: r.score ?? 0 })));
          return out;
        },
        { base: new URL(site.url).pathname, path: shard.path, tokens },
      );
      tokens.forEach((token, i) => expect(decodeAnswer(answerOf(shard.path, token)), token).toEqual(asked[i]));
    }
    await context.close();
  });

  /** Opens a shared ?q= link in a fresh page; returns the index files it requested (paths under pagefind/) and the results shown. */
  const openShared = async (page: Page, q: string) => {
    const requested: string[] = [];
    const urls: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.includes('/pagefind/')) return;
      requested.push(url.pathname.replace(/^.*\/pagefind\//, ''));
      urls.push(`${url.pathname.replace(/^.*\/pagefind\//, '')}${url.search}`);
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, site.url).href);
    await searchSettled(page);
    return { requested, urls, titles: await page.locator('[data-search-results] a.result-link').allTextContents(), status: await page.locator('[data-search-status]').textContent() };
  };

  it('a shared link of common words reads their stored answers and never starts Pagefind; the results are those Pagefind gives', async () => {
    // 政务 and 公开 are in most records of the bundled plans' index.
    const common = new Set(listOf(''));
    const { planQuery } = await import('../../src/lib/search/query');
    const query = '政务公开';
    expect(planQuery(query).cover.every((t) => common.has(t))).toBe(true);
    const context = await browser.newContext();
    const shared = await openShared(await context.newPage(), query);
    expect(shared.requested).toEqual(expect.arrayContaining([commonListFile, ...planQuery(query).cover.map(commonFile)]));
    // Asked for with the shard's cache tag (the files keep their names from build to build, the ids in them change).
    const tag = manifest.shards[0]!.tag!;
    expect(shared.urls).toEqual(expect.arrayContaining([`${commonListFile}?ts=${tag}`, ...planQuery(query).cover.map((t) => `${commonFile(t)}?ts=${tag}`)]));
    // Pagefind's script is preloaded by the page, but it never loads its entry, metadata, WebAssembly or a word chunk.
    expect(shared.requested.filter((p) => /pagefind-entry\.json|\.pf_meta$|\.pagefind$|\.pf_index$/.test(p))).toEqual([]);
    expect(shared.titles).toHaveLength(10);
    // The same page with the stored answers hidden (a 404, as an index written before them): Pagefind answers, with the same results.
    const bare = await browser.newContext();
    await bare.route(/\/pagefind\/common\.json(\?|$)/, (route) => route.fulfill({ status: 404, body: '' }));
    const asked = await openShared(await bare.newPage(), query);
    expect(asked.requested).toContain('pagefind-entry.json');
    expect(asked.requested.some((p) => p.endsWith('.pf_index'))).toBe(true);
    expect(asked.titles).toEqual(shared.titles);
    expect(asked.status).toBe(shared.status);
    await context.close();
    await bare.close();
  });

  it('a query with a word not stored starts Pagefind for it, and reads the stored answers of the others', async () => {
    const common = new Set(listOf(''));
    const { planQuery } = await import('../../src/lib/search/query');
    const query = '市卫生健康局';
    const cover = planQuery(query).cover;
    expect(cover.some((t) => !common.has(t))).toBe(true);
    const context = await browser.newContext();
    const shared = await openShared(await context.newPage(), query);
    expect(shared.requested.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    for (const token of cover) expect(shared.requested.includes(commonFile(token))).toBe(common.has(token));
    expect(shared.titles.length).toBeGreaterThan(0);
    await context.close();
  });
});
