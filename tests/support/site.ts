/**
 * Shared build and serve helpers for tests that need the built site.
 *
 * - `buildSite({ basePath })` builds the real site once per set of sources
 *   (cached under .tmp/site-builds/, keyed by a fingerprint of the sources
 *   and the options) with `scripts/build.ts`, under the workplace build lock
 *   (/tmp/fengong-build.lock), and returns the output folder. Test files that
 *   ask for the same build share it, even across vitest workers: the suite
 *   builds the default site once, the sub-path site once, and each special
 *   config or content once. The sources are fingerprinted once per run
 *   (tests/support/global-setup.ts): a file edited during the run does not
 *   make later test files build again.
 * - `runBuild(outDir, { content, env, astroOnly, locked })` runs one build of
 *   its own (a content folder made to fail, a generated corpus), the same
 *   way: under the lock, with the test runner's variables removed, and
 *   without npx. A build meant to stop at the config check or the publish
 *   step (`locked: false`) writes nothing Astro shares, so it skips the lock
 *   and the queue of whole builds (minutes in the full suite).
 * - `runPublishStep(outDir, { content })` runs only the build's first step,
 *   scripts/write-data-and-search.ts, where `astro build` stops on content
 *   that must not be published: seconds instead of an Astro start, and no
 *   lock (it touches no Astro cache). Tests of many broken entries use it;
 *   one real build per kind of refusal proves the build stops there.
 * - `serveStatic(dir, basePath)` serves a folder under a base path with a
 *   tiny Node HTTP server (directory index, 404.html, MIME types as nginx).
 * - `builtPages(dir, basePath)` lists the URL path of every built page.
 *
 * FENGONG_TEST_DIST=<folder> makes `buildSite` return that folder instead
 * of building (it must have been built with the same options).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The workplace build lock: Astro builds in one checkout share caches (.astro/, node_modules/.astro), so they take turns. */
export const BUILD_LOCK = '/tmp/fengong-build.lock';
/** Astro's command-line entry point, run with this Node directly (npx would add a package lookup to every build). */
const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * tsx's loader registered in this same Node (`node --import <loader> script`): one process. tsx's command line
 * (node_modules/tsx/dist/cli.mjs) starts a second Node for the script; the loader alone saves that start, about
 * 0.2 s of CPU a call (1.35 → 1.12 s for `scripts/import.ts --json` on a small plan), and the suite runs the
 * importer's command line some sixty times and a build once per configuration.
 */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** The arguments that run `script` through tsx's loader: `spawnSync(process.execPath, tsxArgs('scripts/import.ts', file))`. */
export const tsxArgs = (script: string, ...args: string[]): string[] => ['--import', TSX_LOADER, script, ...args];

/**
 * `npx tsx <script> …args` as a command and its arguments for spawnSync or
 * execFileSync (`spawnSync(...tsx('scripts/import.ts', file), options)`):
 * this same Node with tsx's loader, without npx's package lookup (about 0.4 s
 * of CPU a call) or tsx's second process.
 */
export function tsx(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, tsxArgs(script, ...args)];
}

/** Inputs whose change makes a cached build stale. */
const SOURCES = ['src', 'public', 'scripts/build.ts', 'scripts/write-data-and-search.ts', 'astro.config.mjs', 'fengong.config.yaml', 'package-lock.json'];

/** A fingerprint of the build's sources as they are now (paths, sizes, modification times). */
export function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else hash.update(`${relative(ROOT, path)}\0${st.size}\0${st.mtimeMs}\n`);
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The sources' fingerprint of this test run: taken once when the run starts
 * (tests/support/global-setup.ts), so every test file of one run shares one
 * build per configuration even when a source file changes during the run
 * (in a shared checkout, someone else's edit); taken now outside vitest.
 */
function runSources(): string {
  let provided: string | undefined;
  try {
    provided = inject('fengongSources');
  } catch {
    // Not inside a vitest worker.
  }
  return provided ?? sourcesFingerprint();
}

function fingerprint(extra: string): string {
  return createHash('sha256').update(`${extra}\0${runSources()}`).digest('hex').slice(0, 16);
}

/**
 * The environment for a child build: the test runner's own variables
 * removed. Vitest sets BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV=test in
 * process.env, and Astro/Vite would take them as build settings (BASE_URL
 * silently replaces the base path).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export interface BuildOptions {
  /** Base path to build under (sets BASE_PATH), e.g. /zwgk/fgfa/. Default: the config's. */
  basePath?: string;
  /** Other environment for the build, e.g. FENGONG_CONFIG for a test config. */
  env?: Record<string, string>;
}

/**
 * Builds the site (or reuses the cached build of the same sources) and
 * returns the absolute output folder. Throws with the build log on failure.
 */
export function buildSite(options: BuildOptions = {}): string {
  // A folder built beforehand (with the same options), e.g. to rerun browser
  // tests without rebuilding: FENGONG_TEST_DIST=.tmp/site-dev npx vitest run tests/site
  const prebuilt = process.env['FENGONG_TEST_DIST'];
  if (prebuilt) return resolve(ROOT, prebuilt);
  const env = { ...options.env, ...(options.basePath ? { BASE_PATH: options.basePath } : {}) };
  const key = fingerprint(JSON.stringify(Object.entries(env).sort()));
  const parent = join(ROOT, '.tmp', 'site-builds');
  const outDir = join(parent, key);
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  mkdirSync(parent, { recursive: true });
  // The existence test runs again inside the lock: another worker may have
  // built the same sources while this one waited.
  const script = `test -f "$OUT/index.html" || "$NODE" --import "$TSX_LOADER" scripts/build.ts --outDir "$OUT"`;
  const result = spawnSync('flock', [BUILD_LOCK, 'sh', '-c', script], {
    cwd: ROOT,
    env: buildEnv({ ...env, OUT: outDir, NODE: process.execPath, TSX_LOADER }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`site build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  // Keep the folder small: drop builds of older sources. Another worker, or
  // another run in this checkout, may be dropping the same ones: a folder
  // gone between the listing and its stat is skipped (it failed a11y and
  // data/build with ENOENT at load 18).
  for (const name of readdirSync(parent)) {
    const other = join(parent, name);
    const modified = statSync(other, { throwIfNoEntry: false })?.mtimeMs;
    if (name !== key && !name.includes('.') && modified !== undefined && modified < Date.now() - 3_600_000) rmSync(other, { recursive: true, force: true });
  }
  return outDir;
}

/**
 * Time a test that runs a build of its own may take: builds wait for the
 * lock behind every other build of the suite (and of anyone else on the
 * machine), so the default test timeout is too short for them.
 */
export const buildTimeout = 900_000;

export interface RunBuildOptions {
  /** Content folder to build (FENGONG_CONTENT); default the bundled src/content. */
  content?: string;
  /** Other environment, e.g. FENGONG_CONFIG or BASE_PATH. */
  env?: Record<string, string>;
  /** Run `astro build` alone instead of `npm run build` (scripts/build.ts, which also checks the config and swaps the output folder in whole). */
  astroOnly?: boolean;
  /**
   * Take the build lock (default). A build that is meant to stop before
   * Astro writes anything may go without it, and then waits for no other
   * build: one refused by the config check (scripts/build.ts, before Astro
   * starts) or by the publish step, which `astro build` runs in
   * `astro:config:done`, before it syncs content or writes .astro/ or
   * node_modules/.astro (traced with `strace -f -e trace=file`: such a build
   * writes nothing in the checkout). Its test must assert where it stopped.
   */
  locked?: boolean;
}

/**
 * One build of its own into `outDir`, not cached: for content made to fail,
 * a generated corpus, or a second build to compare with. `log` is standard
 * output and standard error together, for matching messages.
 */
export function runBuild(outDir: string, options: RunBuildOptions = {}): SpawnSyncReturns<string> & { log: string } {
  const command = options.astroOnly ? [process.execPath, ASTRO_CLI, 'build', '--outDir', outDir] : [process.execPath, ...tsxArgs('scripts/build.ts', '--outDir', outDir)];
  const [file, ...args] = options.locked === false ? command : ['flock', BUILD_LOCK, ...command];
  const result = spawnSync(file as string, args, {
    cwd: ROOT,
    env: buildEnv({ ...options.env, ...(options.content ? { FENGONG_CONTENT: options.content } : {}) }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...result, log: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs the build's publish step alone (scripts/write-data-and-search.ts, the
 * step `astro build` runs first, in `astro:config:done`, before Astro reads
 * any content: src/integrations/data-and-search.ts), writing `data/` and
 * `pagefind/` under `outDir`. Content that must not be published stops the
 * build here, with the same message and exit status, so tests of many
 * broken entries need not start Astro for each (tests/build/trust.test.ts
 * builds one for real to prove the build stops at this step).
 */
export function runPublishStep(outDir: string, options: { content?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> & { log: string } {
  const args = tsxArgs('scripts/write-data-and-search.ts', '--data', join(outDir, 'data'), '--search', join(outDir, 'pagefind'), '--json');
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: buildEnv({ ...options.env, ...(options.content ? { FENGONG_CONTENT: options.content } : {}) }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...result, log: `${result.stdout}\n${result.stderr}` };
}

/** Content types as the documented nginx configuration serves them. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

export interface Served {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Origin plus base path, e.g. http://127.0.0.1:41234/zwgk/fgfa/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `basePath` on a free loopback port. Like nginx with the
 * documented config: `/x` redirects to `/x/` when x is a folder, folders
 * serve index.html, and anything missing gets 404.html with status 404.
 */
export async function serveStatic(dir: string, basePath = '/'): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    const notFound = () => (existsSync(join(root, '404.html')) ? send(404, join(root, '404.html')) : (res.writeHead(404), res.end()));
    if (!path.startsWith(basePath)) return notFound();
    const file = resolve(root, `.${sep}${path.slice(basePath.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      return existsSync(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${basePath}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** URL paths (under basePath) of every HTML page in a build, sorted; folders as `…/`. */
export function builtPages(dir: string, basePath = '/'): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    pages.push(basePath + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
  }
  return pages.sort();
}

/**
 * The kind of a page, from its path: `/`, `plans/*`, `units/`, `units/*`,
 * `404.html`… Tests that cannot afford every page check one of each kind.
 */
export function pageType(path: string, basePath = '/'): string {
  const rest = path.slice(basePath.length);
  if (rest === '') return '/';
  const parts = rest.replace(/\/$/, '').split('/');
  if (parts.length === 1) return rest;
  return `${parts[0]}/${parts.length > 2 ? '*/…' : '*'}`;
}

/** One page of each kind (the first in sorted order), as URL paths. */
export function onePagePerType(pages: readonly string[], basePath = '/'): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) if (!seen.has(pageType(p, basePath))) seen.set(pageType(p, basePath), p);
  return [...seen.values()];
}
