/**
 * Builds only the Pagefind index of a content folder, exactly as the search
 * integration does (src/integrations/search.ts), into `<site>/pagefind/`, and
 * reports its time and size. With the search page and assets of a small built
 * site in `<site>`, the first-search bytes of a large corpus can then be
 * measured in Chromium without building every page of it.
 *
 *   npx tsx bench/search-index.ts <content dir> <site dir>
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeIndex } from '../src/integrations/search';
import { loadCatalog } from '../src/lib/content/load';
import { searchRecords } from '../src/lib/search/records';
import { folderSize } from '../src/lib/synth/measure';
import { measureFirstSearch } from '../src/lib/synth/search-cost';
import { urls } from '../src/lib/urls';
import { close } from 'pagefind';

const [content, site, query = '政务公开'] = process.argv.slice(2);
if (!content || !site) {
  console.error('usage: npx tsx bench/search-index.ts <content dir> <site dir> [query]');
  process.exit(2);
}
const t0 = performance.now();
const catalog = loadCatalog(content);
const t1 = performance.now();
const records = searchRecords(catalog, urls('/'));
const t2 = performance.now();
const out = join(site, 'pagefind');
rmSync(out, { recursive: true, force: true });
try {
  await writeIndex(records, out);
} finally {
  await close();
}
const t3 = performance.now();
const size = folderSize(out);
console.log(
  `${catalog.plans.length} plans → ${records.length} records; catalog ${((t1 - t0) / 1000).toFixed(1)} s, records ${((t2 - t1) / 1000).toFixed(1)} s, ` +
    `Pagefind ${((t3 - t2) / 1000).toFixed(1)} s; index ${(size.bytes / 1024 / 1024).toFixed(1)} MB in ${size.files} files`,
);
const cost = await measureFirstSearch(site, query);
console.log(JSON.stringify(cost));
