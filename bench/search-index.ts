/**
 * Builds only the search index of a content folder, exactly as the build does
 * (`writeShardedIndex`, src/lib/search/write-index.ts), into `<site>/pagefind/`,
 * and reports per shard its records, years, weight, time and the peak RSS of
 * the Pagefind process, then the peak RSS of this process, the index size and
 * what a first search transfers. With the search page and assets of a small
 * built site in `<site>`, the first-search bytes of a large corpus can be
 * measured in Chromium without building every page of it.
 *
 *   npx tsx bench/search-index.ts <content dir> <site dir> [query] [--budget N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/lib/content/load';
import { describeIndex, writeShardedIndex } from '../src/lib/search/write-index';
import { folderSize } from './synth/measure';
import { measureFirstSearch } from './synth/search-cost';
import { urls } from '../src/lib/urls';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : undefined;
const [content, site, query = '政务公开'] = args;
if (!content || !site || (budget !== undefined && !(budget > 0))) {
  console.error('usage: npx tsx bench/search-index.ts <content dir> <site dir> [query] [--budget N]');
  process.exit(2);
}

/** Peak RSS (MB) of the Pagefind service processes and of this process, sampled from /proc. */
let pagefindPeak = 0;
let selfPeak = 0;
const rssMb = (pid: string): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sample = () => {
  selfPeak = Math.max(selfPeak, rssMb('self'));
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Only this process's own Pagefind service: other builds may run at the same time.
      const ppid = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (ppid !== String(process.pid) || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) continue;
      pagefindPeak = Math.max(pagefindPeak, rssMb(pid));
    } catch {
      // The process ended between listing and reading.
    }
  }
};
const timer = setInterval(sample, 100);

const t0 = performance.now();
const catalog = loadCatalog(content);
const t1 = performance.now();
sample();
let shardStarted = performance.now();
const summary = await writeShardedIndex(catalog, urls('/'), join(site, 'pagefind'), {
  ...(budget !== undefined ? { budget } : {}),
  onShard: (shard, n, weight) => {
    sample();
    console.log(
      `shard ${n} (${shard.path || 'pagefind/'}): ${shard.records} records, years ${shard.years.join(',') || '—'}, weight ${weight.toLocaleString('en')}, ` +
        `${((performance.now() - shardStarted) / 1000).toFixed(1)} s, Pagefind peak ${pagefindPeak.toFixed(0)} MB`,
    );
    pagefindPeak = 0;
    shardStarted = performance.now();
  },
});
clearInterval(timer);
sample();
const size = folderSize(join(site, 'pagefind'));
console.log(describeIndex(summary, join(site, 'pagefind')));
console.log(
  `${catalog.plans.length} plans; catalog ${((t1 - t0) / 1000).toFixed(1)} s, index ${summary.seconds.toFixed(1)} s; ` +
    `peak RSS of this process ${selfPeak.toFixed(0)} MB; index ${(size.bytes / 1024 / 1024).toFixed(1)} MB in ${size.files} files`,
);
if (existsSync(join(site, 'search', 'index.html'))) console.log(JSON.stringify(await measureFirstSearch(site, query)));
else console.log(`first search not measured: ${site} has no search/index.html (copy a built site there first)`);
