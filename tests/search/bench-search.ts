/**
 * Search budget: index size and the bytes a first query downloads, for the
 * bundled plans and for a generated site of N plans. Writes bench/search.json.
 *
 *   npx tsx tests/search/bench-search.ts [--plans 1000] [--out bench/search.json]
 *
 * The index is written exactly as the build step writes it (same records,
 * same shards: `writeShardedIndex(loadCatalog(dir))`), into a
 * temporary folder with a blank page, without building the HTML pages, which
 * do not affect the index. The generated corpus comes from `npm run synth`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/lib/content/load';
import { defaultBlockSize } from '../../src/lib/search/records';
import { writeShardedIndex } from '../../src/lib/search/write-index';
import { urls } from '../../src/lib/urls';
import { launchBrowser } from '../support/browser';
import { firstQueryCosts, indexSize } from './support/measure';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!, process.argv[i + 1] ?? '');
const plans = Number(args.get('--plans') ?? '1000');
const out = resolve(ROOT, args.get('--out') ?? 'bench/search.json');
const work = join(ROOT, '.tmp', 'search-bench');

/**
 * First queries people type: unit names and aliases, a phrase, a document
 * number, a year, a common word; then filters as the search page's URL holds
 * them (a year, a unit in a role, a theme with a query, sorted by year).
 */
const QUERIES = [
  '市卫生健康局',
  '卫健委',
  '市民政局',
  '疫情防控',
  '316号',
  '2022',
  '政务公开',
  'year=2022',
  'unit=市财政局（雷州市）&role=牵头',
  'q=公开&theme=政策解读&sort=year-desc',
];
/** A first query must stay under this many bytes on the generated site. */
const BUDGET = 300 * 1024;

async function measureSite(name: string, contentDir: string) {
  const site = join(work, name);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><title>bench</title></html>');
  const started = performance.now();
  const catalog = loadCatalog(contentDir);
  const summary = await writeShardedIndex(catalog, urls('/'), join(site, 'pagefind'));
  const indexSeconds = (performance.now() - started) / 1000;
  const browser = await launchBrowser();
  try {
    const queries = await firstQueryCosts(browser, site, QUERIES);
    return {
      plans: catalog.plans.length,
      requirements: catalog.requirements.length,
      index: { ...indexSize(join(site, 'pagefind')), records: summary.records, shards: summary.shards.length, blockSize: defaultBlockSize, seconds: Number(indexSeconds.toFixed(1)) },
      firstQuery: queries,
      maxFirstQueryBytes: Math.max(...queries.map((q) => q.bytes)),
    };
  } finally {
    await browser.close();
  }
}

const bundled = await measureSite('bundled', join(ROOT, 'src', 'content'));
const corpus = join(work, `corpus-${plans}`);
const synth = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--plans', String(plans), '--out', corpus], { cwd: ROOT, encoding: 'utf8' });
if (synth.status !== 0) throw new Error(`npm run synth failed:\n${synth.stderr}`);
const generated = await measureSite(`generated-${plans}`, corpus);

const report = {
  description:
    'Search budget. bytes = what the browser receives (gzip for JS/JSON as a static host sends them; Pagefind index files are gzip already) for every request under /pagefind/ during a first query in an empty cache: Pagefind script, worker and WebAssembly, index metadata, word index chunks, and the fragments of the first 10 results.',
  command: 'npx tsx tests/search/bench-search.ts --plans 1000',
  budgetBytes: BUDGET,
  bundled,
  generated: { ...generated, synth: `npm run synth -- --plans ${plans} --out <dir> (seed 1)`, withinBudget: generated.maxFirstQueryBytes < BUDGET },
};
mkdirSync(resolve(out, '..'), { recursive: true });
// Keep what bench-segmentation.ts added.
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, ...report }, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
