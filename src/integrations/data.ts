import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataFolderVariable, type PublishedData } from '../lib/data/publish';

/**
 * Publishes data/ (DATA-CONTRACT) for `astro build`:
 *
 * 1. When the configuration is final and before Astro loads any content,
 *    `scripts/data.ts` runs in its own process and writes every data file,
 *    SHA256SUMS and the zip into a folder next to the output folder. Its
 *    memory is freed before Astro's own peak, and no data file is an Astro
 *    route (thousands of routes, each rendered into one buffer).
 * 2. The data page reads the sizes and checksums it shows from that folder.
 * 3. When the build is done, the folder's files are moved into `<outDir>/data/`.
 *
 * Any failure stops the build with the data step's message; `npm run build`
 * then keeps the previous site. In `astro dev` the files are served by the
 * endpoint src/pages/data/[...file].ts instead.
 */
export default function data(): AstroIntegration {
  let command = '';
  let stage: string | null = null;
  return {
    name: 'fengong:data',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        const folder = `${outDir}.data-${process.pid}`;
        removeStale(outDir);
        stage = folder;
        // A build that fails after this point must not leave the folder behind.
        process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
        const summary = await runDataStep(root, folder, config.base);
        process.env[dataFolderVariable] = folder;
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        logger.info(
          `Wrote ${summary.files} data files (${mb(summary.bytes)}) for ${summary.plans} plans in ${summary.writeSeconds.toFixed(2)}s, ` +
            `SHA256SUMS and fengong-data.zip (${summary.zipped} files, ${mb(summary.zipBytes)}) in ${summary.zipSeconds.toFixed(2)}s ` +
            `(content read in ${summary.loadSeconds.toFixed(2)}s)`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!stage) throw new Error('data files: the data step did not run before the pages were built (astro:config:done was skipped)');
        const target = fileURLToPath(new URL('data/', dir));
        try {
          moveInto(stage, target);
        } catch (cause) {
          throw new Error(`data files: could not move ${stage} into ${target}: ${(cause as Error).message}`, { cause });
        }
        rmSync(stage, { recursive: true, force: true });
        delete process.env[dataFolderVariable];
        logger.info(`Moved the data files into ${target}`);
        stage = null;
      },
    },
  };
}

/** Data folders left by earlier builds into the same output folder that were killed before they finished. */
function removeStale(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.data-`;
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
}

/** Runs scripts/data.ts with the same Node and environment; resolves with its summary, rejects with a message naming the step. */
function runDataStep(root: string, out: string, base: string): Promise<PublishedData & { loadSeconds: number; plans: number }> {
  const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
  const script = join(root, 'scripts', 'data.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, '--out', out, '--base', base, '--json'], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.on('error', (error) => reject(new Error(`data files: could not start ${script}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`data files: ${script} failed (${signal ?? `exit ${code}`}); its message is printed above. No data was published.`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PublishedData & { loadSeconds: number; plans: number });
      } catch {
        reject(new Error(`data files: ${script} did not print its summary; output was:\n${stdout.slice(-2000)}`));
      }
    });
  });
}

/** Moves every entry of `from` into `to` (created if missing); an entry that already exists there is an error, not overwritten. */
function moveInto(from: string, to: string): void {
  if (!existsSync(to)) renameSync(from, to);
  else {
    for (const name of readdirSync(from)) {
      const target = join(to, name);
      if (existsSync(target)) throw new Error(`${target} already exists (a page or file of the site has the name of a data file)`);
      renameSync(join(from, name), target);
    }
  }
}
