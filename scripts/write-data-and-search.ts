/**
 * Writes what the site publishes besides its pages, from one read of the
 * content: the data folder (data/: tables, per-plan and per-unit files,
 * datapackage.json, schemas, SHA256SUMS, fengong-data.zip) and the sharded
 * Pagefind index (pagefind/). The build runs it in its own process before
 * Astro renders the pages (src/integrations/data-and-search.ts); it also runs alone,
 * to inspect or time either part on a large corpus:
 *
 *   npx tsx scripts/write-data-and-search.ts [--data <dir>] [--search <dir>] [--base /zwgk/fgfa/] [--json]
 *
 * The two writers run at the same time on one catalog: the data writer works
 * in this process, Pagefind indexes and compresses in its own, so both cores
 * are busy, and the catalog (about 1.2 GB at 10,000 plans) is read and held
 * once rather than by two processes (docs/scale.md).
 *
 * Environment: FENGONG_CONTENT (content folder), FENGONG_CONFIG (site
 * config), BASE_PATH (as for the build). With --json the last line of
 * standard output is the summary as JSON (what the build reads).
 */
import { relative, resolve } from 'node:path';
import type { Catalog } from '../src/lib/catalog';
import { contentDirFor, loadCatalog } from '../src/lib/content/load';
import type { PublishedData } from '../src/lib/data/write-folder';
import type { IndexSummary } from '../src/lib/search/write-index';
import { formatProblem } from '../src/lib/model/problem';
import { validateRegistry } from '../src/lib/registry/validate';
import { loadSiteConfig, SiteConfigError } from '../src/lib/site/config';
import { urls } from '../src/lib/urls';

const usage = 'Usage: tsx scripts/write-data-and-search.ts [--data <dir>] [--search <dir>] [--base <path>] [--json]';

/** What the build reads from the last line of standard output (with --json). */
export interface PublishSummary {
  plans: number;
  units: number;
  loadSeconds: number;
  seconds: number;
  data: (PublishedData & { out: string }) | null;
  search: (Omit<IndexSummary, 'shards'> & { shards: number; out: string }) | null;
}

function parseArgs(argv: string[]): { data: string | null; search: string | null; base: string | null; json: boolean } {
  let data: string | null = null;
  let search: string | null = null;
  let base: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data' && argv[i + 1]) data = resolve(argv[++i] as string);
    else if (arg === '--search' && argv[i + 1]) search = resolve(argv[++i] as string);
    else if (arg === '--base' && argv[i + 1]) base = argv[++i] as string;
    else if (arg === '--json') json = true;
    else {
      console.error(`publish: unknown argument ${arg}. ${usage}`);
      process.exit(2);
    }
  }
  if (!data && !search) {
    console.error(`publish: nothing to write; give --data <dir>, --search <dir> or both. ${usage}`);
    process.exit(2);
  }
  return { data, search, base, json };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let config;
  try {
    config = loadSiteConfig();
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    for (const p of error.problems) console.error(formatProblem(p));
    return 1;
  }
  const base = args.base ?? config.basePath;
  const started = performance.now();
  const contentDir = contentDirFor();
  const catalog: Catalog = loadCatalog(contentDir);
  const loadSeconds = (performance.now() - started) / 1000;
  // Plans, units and themes must fit together before anything is written:
  // the same check the pages make, reported the same way as \`npm run check\`.
  const misfits = validateRegistry(catalog, { contentDir: relative(process.cwd(), contentDir) || contentDir });
  if (misfits.length > 0) {
    console.error(`publish: the unit registry, themes and plans do not fit together (${misfits.length} problem${misfits.length === 1 ? '' : 's'}):`);
    for (const p of misfits) console.error(formatProblem(p));
    return 1;
  }
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));
  // The writers are loaded only now, once the content is known to be
  // publishable (exceljs alone takes about 0.6 s of CPU to load): content the
  // build refuses stops sooner, in every test of a refused entry.
  const [{ DataSet }, { publicationFromConfig }, { writeDataFolder }, { describeIndex, writeShardedIndex }] = await Promise.all([
    import('../src/lib/data/dataset'),
    import('../src/lib/data/publication'),
    import('../src/lib/data/write-folder'),
    import('../src/lib/search/write-index'),
  ]);

  const writeData = async () => {
    if (!args.data) return null;
    try {
      return { ...(await writeDataFolder(new DataSet(catalog, publicationFromConfig(config, base)), args.data)), out: args.data };
    } catch (cause) {
      throw new Error(`data files: ${(cause as Error).message}`, { cause });
    }
  };
  const writeSearch = async () => {
    if (!args.search) return null;
    const out = args.search;
    const summary = await writeShardedIndex(catalog, urls(base), out, {
      onShard: (shard, n) => log(`search: shard ${n}: ${shard.records} records, years ${shard.years.join(', ') || '—'}`),
    });
    log(`search: ${describeIndex(summary, out)}`);
    return { ...summary, shards: summary.shards.length, out };
  };
  // Both at once; the first failure is reported, and the caller publishes nothing.
  const [data, search] = await Promise.all([writeData(), writeSearch()]);

  const summary: PublishSummary = {
    plans: catalog.plans.length,
    units: catalog.units.length,
    loadSeconds,
    seconds: (performance.now() - started) / 1000,
    data,
    search,
  };
  if (args.json) console.log(JSON.stringify(summary));
  else {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(`publish: content of ${summary.plans} plans read in ${loadSeconds.toFixed(1)}s`);
    if (data) {
      console.log(
        `publish: ${data.files} data files (${mb(data.bytes)}) written in ${data.writeSeconds.toFixed(1)}s; ` +
          `SHA256SUMS and ${data.zipped} files zipped (${mb(data.zipBytes)}) in ${data.zipSeconds.toFixed(1)}s → ${data.out}`,
      );
    }
    console.log(`publish: done in ${summary.seconds.toFixed(1)}s`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`publish: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
