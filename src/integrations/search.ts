import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDirFor, loadCatalog } from '../lib/content/load';
import { searchRecords, type SearchRecord } from '../lib/search/records';
import { urls } from '../lib/urls';

/**
 * Builds the Pagefind search index after the site is built: one record per
 * requirement, plan, unit and theme (see `src/lib/search/records.ts`), written
 * to `<outDir>/pagefind/`. Runs in `astro:build:done`, outside Astro's content
 * runtime, so it reads the content folder from disk; a failure stops the build.
 */
export default function search(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'fengong:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        let records: SearchRecord[];
        try {
          records = searchRecords(loadCatalog(contentDirFor(root)), urls(base));
        } catch (cause) {
          throw new Error(`search index: could not read the content: ${(cause as Error).message}`, { cause });
        }
        try {
          await writeIndex(records, outputPath);
        } finally {
          await pagefind.close();
        }
        const counts = new Map<string, number>();
        for (const r of records) {
          const kind = r.meta['kind'] ?? '';
          counts.set(kind, (counts.get(kind) ?? 0) + (JSON.parse(r.meta['items'] ?? '[]') as unknown[]).length);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `Indexed ${counts.get('requirement') ?? 0} requirements, ${counts.get('plan') ?? 0} plans, ${counts.get('unit') ?? 0} units ` +
            `and ${counts.get('theme') ?? 0} themes in ${records.length} records in ${seconds}s → ${outputPath}`,
        );
      },
    },
  };
}

const RECORD_BATCH = 64;

/** Indexes the records in Chinese and writes the Pagefind bundle; any error Pagefind reports is thrown. */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  // forceLanguage: one zh-cn index whatever language a record claims.
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!created.index || created.errors.length > 0) {
    throw new Error(`search index: Pagefind could not create an index: ${created.errors.join('; ') || 'no index returned'}`);
  }
  const { index } = created;
  // Records go to the Pagefind process a batch at a time: one at a time spends
  // most of the build waiting on round trips.
  for (let i = 0; i < records.length; i += RECORD_BATCH) {
    await Promise.all(
      records.slice(i, i + RECORD_BATCH).map(async (record) => {
        const added = await index.addCustomRecord({ ...record, filters: record.filters as Record<string, string[]> });
        if (added.errors.length > 0) throw new Error(`search index: Pagefind rejected the record for ${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index: Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
}
