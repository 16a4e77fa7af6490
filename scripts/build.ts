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
import { publishOriginals } from '../src/lib/content/originals';
import { formatProblem } from '../src/lib/model/problem';
import { loadSiteConfig, SiteConfigError } from '../src/lib/site/config';

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

/**
 * Sibling folders left by a run that was killed: `<out>.building-<pid>` (a
 * build in progress), `<out>.previous-<pid>` (the last complete site, moved
 * aside for the swap) and `<out>.removing-<pid>` (an old site being deleted,
 * possibly half gone). Folders of a build that is still running are left alone.
 */
function leftovers(outDir: string, kind: 'previous' | 'building' | 'removing'): string[] {
  const dir = dirname(outDir);
  const prefix = `${basename(outDir)}.${kind}-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && !running(Number(n.slice(prefix.length))))
    .map((n) => join(dir, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/** Whether a process with this id is alive (another build into the same folder). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a finished build always holds; a folder without all of it is never published or restored. */
const requiredFiles = ['index.html', '404.html', 'pagefind/shards.json', 'data/SHA256SUMS'];
const isComplete = (dir: string) => requiredFiles.every((f) => existsSync(join(dir, f)));

/**
 * Puts back the last complete site when a run was killed between the two
 * renames of the swap, and deletes everything else earlier runs left: only a
 * complete build is ever restored, never a folder that was being deleted.
 */
function recover(outDir: string, shown: string): void {
  for (const stale of [...leftovers(outDir, 'removing'), ...leftovers(outDir, 'building')]) rmSync(stale, { recursive: true, force: true });
  const previous = leftovers(outDir, 'previous');
  if (!existsSync(outDir)) {
    const complete = previous.find(isComplete);
    if (complete) {
      renameSync(complete, outDir);
      console.log(`build: restored ${shown}/ from an interrupted earlier build`);
    }
  }
  for (const stale of previous) if (existsSync(stale)) removeFolder(stale, outDir);
}

/**
 * Deletes a folder by first renaming it to `<out>.removing-<pid>`: a rename
 * is atomic, so a run killed while deleting leaves a folder no later run
 * mistakes for a site to restore.
 */
function removeFolder(dir: string, outDir: string): void {
  const removing = `${outDir}.removing-${process.pid}`;
  rmSync(removing, { recursive: true, force: true });
  renameSync(dir, removing);
  rmSync(removing, { recursive: true, force: true });
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

  // A previous run killed between the two renames below: put its output back, and clean up.
  recover(outDir, shown);

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
  // the Astro build (src/integrations/data-and-search.ts).
  for (const required of requiredFiles) {
    if (!existsSync(join(building, required))) {
      cleanup();
      console.error(`build: the build has no ${required}; ${shown}/ still holds the previous build.`);
      return 1;
    }
  }

  // Originals as a browser should open them: web pages shown as source text
  // that runs nothing, text with a byte-order mark (src/lib/content/originals.ts).
  const served = publishOriginals(join(building, 'sources'));
  if (served.length > 0) console.log(`build: ${served.length} original(s) in sources/ made safe to open; exact copies kept as <name>.original`);

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
  if (hadPrevious) removeFolder(previous, outDir);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build: ${countPages(outDir)} pages written to ${shown}/ in ${seconds}s`);
  return 0;
}

process.exitCode = await main();
