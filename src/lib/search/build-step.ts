import { join } from 'node:path';
import type { Catalog } from '../catalog';
import { contentDirFor, loadCatalog } from '../content/load';
import { urls } from '../urls';
import { describeIndex, writeShardedIndex, type IndexSummary } from './write-index';

/**
 * The search step of `npm run build` (scripts/build.ts): after `astro build`
 * has exited, reads the content folder from disk (`FENGONG_CONTENT` or
 * src/content) and writes the sharded Pagefind index into `<site>/pagefind/`.
 * Running outside Astro's process keeps the build's peak memory at the larger
 * of Astro's and one shard's, not their sum. Errors name what failed.
 */
export async function buildSearchIndex(siteDir: string, basePath: string, log: (line: string) => void = (l) => console.log(`search: ${l}`)): Promise<IndexSummary> {
  const contentDir = contentDirFor();
  let catalog: Catalog;
  try {
    catalog = loadCatalog(contentDir);
  } catch (cause) {
    throw new Error(`search index: could not read the content: ${(cause as Error).message}`, { cause });
  }
  const dir = join(siteDir, 'pagefind');
  const summary = await writeShardedIndex(catalog, urls(basePath), dir, {
    onShard: (shard, n) => log(`shard ${n}: ${shard.records} records, years ${shard.years.join(', ') || '—'}`),
  });
  log(describeIndex(summary, dir));
  return summary;
}
