/**
 * Time and memory of loading a content folder into the catalog straight from
 * disk (src/lib/content/load.ts), without Astro's content layer: the floor of
 * what any build of that content must hold.
 *
 *   npx tsx bench/catalog-cost.ts <content dir> [--snapshot FILE.heapsnapshot]
 *
 * With --snapshot it also writes a heap snapshot holding the loaded catalog,
 * for `bench/heap.ts` (what the strings are and what keeps them alive).
 */
import { writeHeapSnapshot } from 'node:v8';
import { loadCatalog } from '../src/lib/content/load';

const [dir, flag, snapshot] = process.argv.slice(2);
if (!dir || (flag !== undefined && (flag !== '--snapshot' || !snapshot))) {
  console.error('usage: npx tsx bench/catalog-cost.ts <content dir> [--snapshot FILE.heapsnapshot]');
  process.exit(2);
}
const started = performance.now();
const catalog = loadCatalog(dir);
const seconds = (performance.now() - started) / 1000;
globalThis.gc?.();
const m = process.memoryUsage();
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(
  `catalog of ${catalog.plans.length} plans, ${catalog.requirements.length} requirements, ${catalog.units.length} units: ` +
    `loaded in ${seconds.toFixed(1)} s; heap used ${mb(m.heapUsed)}, RSS ${mb(m.rss)}, external ${mb(m.external)}`,
);
if (snapshot) console.log(`heap snapshot: ${writeHeapSnapshot(snapshot)} (catalog of ${catalog.plans.length} plans still loaded)`);
