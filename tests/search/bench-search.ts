/**
 * Search budgets: index size, the bytes a first query downloads, and how long
 * queries take with the CPU slowed 4× (a mid-range phone), for the bundled
 * plans and for a generated site of N plans. Writes bench/search.json, one
 * entry per size under `sites` (runs for other sizes are kept).
 *
 *   npx tsx tests/search/bench-search.ts [--plans 1000] [--out bench/search.json] [--corpus DIR] [--write-shards N]
 *
 * `--corpus` reuses a corpus `npm run synth` wrote (same plans and seed);
 * `--reuse-index` measures the index a previous run left in the work folder
 * (`--work`, default .tmp/search-bench/);
 * `--write-shards 1` indexes only the first shard, which is all a first query
 * reads (the manifest still lists every shard): the 10,000-plan site's first
 * query is measured in minutes instead of the half hour its whole index takes.
 *
 * The budgets and the measurements are those of `npm run bench`
 * (`support/budgets.ts`), which measures the real build of each size; this
 * script writes the index exactly as the build step writes it (same records,
 * same shards: `writeShardedIndex(loadCatalog(dir))`) into a temporary folder
 * with a blank page, without the HTML pages, which do not affect the index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/lib/content/load';
import { defaultBlockSize } from '../../src/lib/search/records';
import type { ShardManifest } from '../../src/lib/search/shards';
import { writeShardedIndex } from '../../src/lib/search/write-index';
import { urls } from '../../src/lib/urls';
import { launchBrowser } from '../support/browser';
import { budgets, firstMaxMs, loadedMaxMs, measureSearch, timingRuns, withinBudgets } from './support/budgets';
import { indexSize } from './support/measure';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i]!;
  const value = process.argv[i + 1];
  // A flag (--reuse-index) has no value.
  if (value === undefined || value.startsWith('--')) {
    args.set(key, '');
  } else {
    args.set(key, value);
    i++;
  }
}
const plans = Number(args.get('--plans') ?? '1000');
const out = resolve(ROOT, args.get('--out') ?? 'bench/search.json');
const work = resolve(ROOT, args.get('--work') ?? join('.tmp', 'search-bench'));
const writeShards = args.has('--write-shards') ? Number(args.get('--write-shards')) : undefined;
if (writeShards !== undefined && !(Number.isInteger(writeShards) && writeShards > 0)) throw new Error(`--write-shards must be a positive integer, got ${args.get('--write-shards')}`);

async function measureSite(name: string, contentDir: string, only?: number) {
  const site = join(work, name);
  const manifestPath = join(site, 'pagefind', 'shards.json');
  const reuse = args.has('--reuse-index') && existsSync(manifestPath);
  if (!reuse) {
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><title>bench</title></html>');
  }
  const started = performance.now();
  const catalog = loadCatalog(contentDir);
  const summary = reuse
    ? (() => {
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ShardManifest;
        return { shards: manifest.shards, records: manifest.shards.reduce((n, s) => n + s.records, 0) };
      })()
    : await writeShardedIndex(catalog, urls('/'), join(site, 'pagefind'), only === undefined ? {} : { writeShards: only });
  const indexSeconds = reuse ? Number.NaN : (performance.now() - started) / 1000;
  const browser = await launchBrowser();
  try {
    return {
      plans: catalog.plans.length,
      requirements: catalog.requirements.length,
      index: {
        ...indexSize(join(site, 'pagefind')),
        records: summary.records,
        shards: summary.shards.length,
        ...(only === undefined
          ? {}
          : { shardsWritten: Math.min(only, summary.shards.length), note: `only the first ${only} shard(s) indexed (--write-shards): sizes and seconds are theirs; queries filtered to a year of another shard are left out` }),
        blockSize: defaultBlockSize,
        seconds: Number.isNaN(indexSeconds) ? null : Number(indexSeconds.toFixed(1)),
      },
      ...(await measureSearch(browser, site, only === undefined ? undefined : new Set(summary.shards.slice(0, only).flatMap((s) => s.years)))),
    };
  } finally {
    await browser.close();
  }
}

const bundled = await measureSite('bundled', join(ROOT, 'src', 'content'));
const corpus = args.has('--corpus') ? resolve(args.get('--corpus')!) : join(work, `corpus-${plans}`);
if (!args.has('--corpus')) {
  const synth = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--plans', String(plans), '--out', corpus], { cwd: ROOT, encoding: 'utf8' });
  if (synth.status !== 0) throw new Error(`npm run synth failed:\n${synth.stderr}`);
}
const generated = await measureSite(`generated-${plans}`, corpus, writeShards);

const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
// What else the machine was doing when measured: the times stretch with it (docs/scale.md).
const machine = { loadAverage: loadavg().map((l) => Number(l.toFixed(2))), cores: cpus().length, measuredAt: new Date().toISOString() };
const sites = { ...((previous['sites'] as Record<string, unknown> | undefined) ?? {}), [String(plans)]: { ...generated, machine, synth: `npm run synth -- --plans ${plans} --out <dir> (seed 1)` } };
type Site = typeof generated;
const at = (n: number) => sites[String(n)] as Site | undefined;
const bytesSite = at(budgets.firstQueryBytes.plans);
const msSite = at(budgets.queryMs.plans);
const loaded = msSite ? loadedMaxMs(msSite) : null;
const cpuOf = (site: Site, start: 'cold' | 'loaded' | 'typed') => firstMaxMs(site, start, true);
const report = {
  description:
    `Search budgets. bytes = what the browser receives (gzip for JS/JSON as a static host sends them; Pagefind index files are gzip already) for every request under /pagefind/ during a first query in an empty cache: Pagefind script and WebAssembly, index metadata, word index chunks, the names file when a query needs it, and the fragments of the first 10 results. latency = milliseconds from starting a query to its first page of results, as the search page runs it, with Chromium CPU throttled 4× (Emulation.setCPUThrottlingRate), one page, the first query cold; each case run ${timingRuns} times in fresh pages: ms = median wall time, worstMs, runsMs; cpu = the page's own CPU time for the same case in an unthrottled pass of the same run, from Chromium's counters (Performance.getMetrics, timeDomain threadTicks: threadMs = main thread ThreadTime, taskMs = TaskDuration, scriptMs = ScriptDuration, processMs = the renderer process's ProcessTime in 10 ms steps; throttledMs = threadMs × 4, the main thread's work on a phone 4× slower; unthrottled because Chromium's throttling itself takes main-thread CPU time), medians, with worstCpuMs and runsCpuMs (throttledMs of each run). CPU time does not grow when other work shares the machine, so the verdict (within) is taken on it; wall time is beside it with the load average; latency.first = a first query in a fresh page, started cold (nothing loaded: arriving with ?q=), after the page loaded (once idle it readies Pagefind, its WebAssembly and metadata) or after typing (the page also preloads the words typed).`,
  command: 'npx tsx tests/search/bench-search.ts --plans 1000 (and --plans 10000 --write-shards 1); npm run bench measures the same on each site it builds',
  budgets: {
    firstQueryBytes: {
      ...budgets.firstQueryBytes,
      measured: bytesSite ? bytesSite.maxFirstQueryBytes : null,
      within: bytesSite ? bytesSite.maxFirstQueryBytes <= budgets.firstQueryBytes.budget : null,
    },
    queryMs: {
      ...budgets.queryMs,
      verdict: 'on the page\'s CPU time at the throttle (medians of the runs): each query after the first, a first query once the page has loaded, and a first query arriving with ?q= (nothing loaded)',
      cpu: msSite
        ? {
            warmMax: msSite.latency.warmCpuMaxMs,
            warmWorstRun: msSite.latency.warmCpuWorstMs,
            firstAfterLoadMax: cpuOf(msSite, 'loaded'),
            firstTypedMax: cpuOf(msSite, 'typed'),
            firstColdMax: cpuOf(msSite, 'cold'),
          }
        : null,
      wall: msSite
        ? {
            warmMax: msSite.latency.warmMaxMs,
            firstAfterLoadMax: loaded,
            firstTypedMax: firstMaxMs(msSite, 'typed'),
            firstColdMax: firstMaxMs(msSite, 'cold'),
          }
        : null,
      within: msSite ? withinBudgets(budgets.queryMs.plans, msSite).ms : null,
    },
  },
  bundled,
  sites,
};
mkdirSync(resolve(out, '..'), { recursive: true });
// Keep what bench-segmentation.ts added; the old single `generated` entry is now under `sites`.
const { generated: _old, budgetBytes: _oldBudget, ...kept } = previous;
writeFileSync(out, `${JSON.stringify({ ...kept, ...report }, null, 2)}\n`);
console.log(JSON.stringify(report.budgets, null, 2));
