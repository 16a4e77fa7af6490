/**
 * `npm run build`: builds the site into a fresh folder next to the output
 * folder and swaps it in only when the build succeeded, so a failed build
 * never leaves a half-written site where the last good one was (a web server
 * pointed at dist/ keeps serving the previous build).
 *
 * Usage: tsx scripts/build.ts [--outDir <dir>]   (default: dist)
 * Environment: BASE_PATH overrides basePath, FENGONG_CONFIG names another
 * config file, FENGONG_CONTENT another content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatProblem, loadSiteConfig, SiteConfigError } from '../src/lib/site/config';

function parseArgs(argv: string[]): { outDir: string } {
  let outDir = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--outDir' && argv[i + 1]) outDir = argv[++i] as string;
    else if (arg?.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else {
      console.error(`build: unknown argument ${arg}. Usage: tsx scripts/build.ts [--outDir <dir>]`);
      process.exit(2);
    }
  }
  return { outDir: resolve(outDir) };
}

/** Sibling folders left by an interrupted swap: `<out>.previous-<pid>`. */
function leftovers(outDir: string, kind: 'previous' | 'building'): string[] {
  const dir = dirname(outDir);
  const prefix = `${basename(outDir)}.${kind}-`;
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(prefix)).map((n) => join(dir, n)) : [];
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}

/** Astro's CLI entry, run with this same Node (the project's pinned one). */
function astroBin(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('astro'));
  while (!existsSync(join(dir, 'package.json')) || basename(dir) !== 'astro') {
    const up = dirname(dir);
    if (up === dir) throw new Error('build: cannot find the astro package; run npm install');
    dir = up;
  }
  return join(dir, 'bin', 'astro.mjs');
}

async function main(): Promise<number> {
  const started = performance.now();
  const { outDir } = parseArgs(process.argv.slice(2));
  const shown = relative(process.cwd(), outDir) || outDir;

  // Fail on a bad config before spending time on a build.
  try {
    const config = loadSiteConfig();
    console.log(`build: site "${config.siteName}" at base path ${config.basePath}${config.siteUrl ? ` on ${config.siteUrl}` : ''}`);
  } catch (error) {
    if (error instanceof SiteConfigError) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(`build: ${error.problems.length} problem(s) in the site configuration; ${shown}/ was not touched.`);
      return 1;
    }
    throw error;
  }

  // A previous run killed between the two renames below: put its output back.
  if (!existsSync(outDir)) {
    const previous = leftovers(outDir, 'previous')[0];
    if (previous) {
      renameSync(previous, outDir);
      console.log(`build: restored ${shown}/ from an interrupted earlier build`);
    }
  }
  for (const stale of leftovers(outDir, 'building')) rmSync(stale, { recursive: true, force: true });

  const building = `${outDir}.building-${process.pid}`;
  const cleanup = () => rmSync(building, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    cleanup();
    process.exit(143);
  });

  const astro = astroBin();
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', building], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    cleanup();
    console.error(`build: astro build failed (exit ${result.status ?? result.signal}); ${shown}/ still holds the previous build.`);
    return 1;
  }
  // The search index and the data folder are written by the publish step inside
  // the Astro build (src/integrations/publish.ts).
  for (const required of ['index.html', '404.html', 'pagefind/shards.json', 'data/SHA256SUMS']) {
    if (!existsSync(join(building, required))) {
      cleanup();
      console.error(`build: the build has no ${required}; ${shown}/ still holds the previous build.`);
      return 1;
    }
  }

  // Swap: two renames on the same file system. Readers see the old complete
  // site or the new complete one; if this process dies in between, the next
  // run restores the old one (above).
  const previous = `${outDir}.previous-${process.pid}`;
  const hadPrevious = existsSync(outDir) && statSync(outDir).isDirectory();
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(building, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    cleanup();
    throw new Error(`build: could not move the new build into ${shown}/`, { cause: error });
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build: ${countPages(outDir)} pages written to ${shown}/ in ${seconds}s`);
  return 0;
}

process.exitCode = await main();
