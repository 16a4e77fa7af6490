/**
 * Writes the published data folder (data/ of the site: tables, per-plan and
 * per-unit files, datapackage.json, schemas, SHA256SUMS, fengong-data.zip)
 * from the content on disk. The build runs it in its own process before
 * Astro renders the pages (src/integrations/data.ts); it also runs alone, to
 * inspect or time the data step on a large corpus:
 *
 *   npx tsx scripts/data.ts --out <dir> [--base /zwgk/fgfa/] [--json]
 *
 * Environment: FENGONG_CONTENT (content folder), FENGONG_CONFIG (site
 * config), BASE_PATH (as for the build). With --json the last line of
 * standard output is the summary as JSON (what the build reads).
 */
import { resolve } from 'node:path';
import { contentDirFor, loadCatalog } from '../src/lib/content/load';
import { DataSet } from '../src/lib/data/dataset';
import { publicationFromConfig } from '../src/lib/data/publication';
import { writeDataFolder } from '../src/lib/data/publish';
import { formatProblem, loadSiteConfig, SiteConfigError } from '../src/lib/site/config';

const usage = 'Usage: tsx scripts/data.ts --out <dir> [--base <path>] [--json]';

function parseArgs(argv: string[]): { out: string; base: string | null; json: boolean } {
  let out: string | null = null;
  let base: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1]) out = argv[++i] as string;
    else if (arg === '--base' && argv[i + 1]) base = argv[++i] as string;
    else if (arg === '--json') json = true;
    else {
      console.error(`data: unknown argument ${arg}. ${usage}`);
      process.exit(2);
    }
  }
  if (!out) {
    console.error(`data: --out is required. ${usage}`);
    process.exit(2);
  }
  return { out: resolve(out), base, json };
}

async function main(): Promise<number> {
  const { out, base, json } = parseArgs(process.argv.slice(2));
  let config;
  try {
    config = loadSiteConfig();
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    for (const p of error.problems) console.error(formatProblem(p));
    return 1;
  }
  const started = performance.now();
  const catalog = loadCatalog(contentDirFor());
  const loaded = (performance.now() - started) / 1000;
  const ds = new DataSet(catalog, publicationFromConfig(config, base ?? config.basePath));
  const result = await writeDataFolder(ds, out);
  const summary = { ...result, loadSeconds: loaded, plans: catalog.plans.length, units: catalog.units.length, out };
  if (json) console.log(JSON.stringify(summary));
  else {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `data: ${result.files} files (${mb(result.bytes)}) for ${catalog.plans.length} plans written in ${result.writeSeconds.toFixed(1)}s; ` +
        `SHA256SUMS and ${result.zipped} files zipped (${mb(result.zipBytes)}) in ${result.zipSeconds.toFixed(1)}s; content loaded in ${loaded.toFixed(1)}s → ${out}`,
    );
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
