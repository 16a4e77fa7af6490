/**
 * Why Fengong indexes bigram tokens: recall and precision on the golden
 * queries of (a) Pagefind left to segment Chinese itself (the same fields,
 * theme names included, as natural text, one record per requirement, the
 * query passed as typed) and
 * (b) the shipped index (bigram tokens, blocks, per-item check). Adds the
 * numbers to bench/search.json under "segmentation".
 *
 *   npx tsx tests/search/bench-segmentation.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeIndex } from '../../src/lib/search/write-index';
import { loadCatalog } from '../../src/lib/content/load';
import { planShortTitle, searchRecords, unitSearchNames } from '../../src/lib/search/records';
import { urls } from '../../src/lib/urls';
import { launchBrowser } from '../support/browser';
import { engineBundle } from './support/engine-bundle';
import { serveSite } from './support/server';

const ROOT = resolve(import.meta.dirname, '..', '..');
const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'golden-queries.json'), 'utf8')) as Array<{ query: string; expect: string[] }>;
const catalog = loadCatalog();
const at = urls('/');

async function natural(dir: string) {
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const index = created.index!;
  for (const p of catalog.plans) {
    const d = p.data;
    await index.addCustomRecord({ url: at.plan(p.id), language: 'zh-cn', meta: { title: planShortTitle(d) }, content: [d.title, d.issuer, d.docNumber, ...d.upstream, d.region.name, `${d.year}年`].filter(Boolean).join('\n') });
  }
  for (const item of catalog.requirements) {
    const r = item.requirement;
    const names = r.units.flatMap((a) => {
      const unit = catalog.unitById.get(a.unit);
      return unit ? unitSearchNames(unit, catalog) : [a.name];
    });
    const themes = item.themes.map((id) => catalog.themeById.get(id)?.name ?? id);
    const content = [r.text, r.unitsRaw, ...names, item.section.title, item.task?.title, r.deadline, ...themes, item.plan.region.name, `${item.plan.year}年`].filter(Boolean).join('\n');
    await index.addCustomRecord({ url: at.requirement(item.planId, r.id), language: 'zh-cn', meta: { title: r.id }, content });
  }
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
}

async function measure(dir: string, mode: 'natural' | 'tokens') {
  const site = await serveSite(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    await page.addScriptTag({ content: await engineBundle() });
    const found = await page.evaluate(
      async ({ queries, mode }) => {
        const { SearchSession, parseSearchParams, loadPagefind, openIndex } = window.fengongSearch;
        const pf = (await loadPagefind('/pagefind/pagefind.js')) as unknown as { search: (q: string, o: object) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> } | null> };
        const out: Record<string, string[]> = {};
        for (const q of queries) {
          if (mode === 'natural') {
            const response = await pf.search(q, {});
            out[q] = await Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
          } else {
            const session = await SearchSession.start(await openIndex('/pagefind/pagefind.js'), parseSearchParams(new URLSearchParams({ q })));
            out[q] = session ? (await session.all()).map((h) => h.url) : [];
          }
        }
        return out;
      },
      { queries: golden.map((g) => g.query), mode },
    );
    let expected = 0;
    let returned = 0;
    let relevant = 0;
    const misses: string[] = [];
    for (const g of golden) {
      const got = (found[g.query] ?? []).filter((u) => u.includes('/plans/'));
      const hit = got.filter((u) => g.expect.includes(u)).length;
      expected += g.expect.length;
      returned += got.length;
      relevant += hit;
      if (hit < g.expect.length) misses.push(`${g.query} ${hit}/${g.expect.length}`);
    }
    return { recall: Number((relevant / expected).toFixed(3)), precision: Number((relevant / returned).toFixed(3)), relevant, expected, returned, queriesWithMisses: misses };
  } finally {
    await browser.close();
    await site.close();
  }
}

const work = join(ROOT, '.tmp', 'search-bench', 'segmentation');
const dirs = { natural: join(work, 'natural'), tokens: join(work, 'tokens') };
for (const dir of Object.values(dirs)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>bench</title></html>');
}
await natural(dirs.natural);
await writeIndex(searchRecords(catalog, at), join(dirs.tokens, 'pagefind'));
await pagefind.close();
const result = {
  description: 'Golden queries (tests/search/golden-queries.json) against two indexes of the bundled plans: Pagefind segmenting Chinese itself, and the shipped bigram-token index. Requirement and plan permalinks only.',
  command: 'npx tsx tests/search/bench-segmentation.ts',
  pagefindSegmentation: await measure(dirs.natural, 'natural'),
  bigramTokens: await measure(dirs.tokens, 'tokens'),
};
const file = join(ROOT, 'bench', 'search.json');
const bench = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
writeFileSync(file, `${JSON.stringify({ ...bench, segmentation: result }, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
