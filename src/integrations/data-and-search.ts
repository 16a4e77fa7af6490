import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublishSummary } from '../../scripts/write-data-and-search';
import { dataFolderVariable } from '../lib/data/write-folder';

/**
 * Publishes what the site holds besides its pages, for `astro build`: the
 * data folder (DATA-CONTRACT) and the sharded search index.
 *
 * 1. When the configuration is final and before Astro loads any content,
 *    `scripts/write-data-and-search.ts` runs in its own process: it reads the content once
 *    and writes every data file, SHA256SUMS and the zip into `data/`, and the
 *    Pagefind shards into `pagefind/`, both at the same time, in a folder next
 *    to the output folder. Its memory is freed before Astro's own peak, and no
 *    data file is an Astro route (thousands of routes, each rendered into one
 *    buffer).
 * 2. The data page reads the sizes and checksums it shows from that folder.
 * 3. When the build is done, `data/` and `pagefind/` are moved into the
 *    output folder.
 *
 * Any failure stops the build with the step's message; `npm run build` then
 * keeps the previous site. In `astro dev` the data files are served by the
 * endpoint src/pages/data/[...file].ts instead, and there is no search index.
 */
export default function publish(): AstroIntegration {
  let command = '';
  let stage: string | null = null;
  return {
    name: 'fengong:publish',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        const folder = `${outDir}.publish-${process.pid}`;
        removeStale(outDir);
        stage = folder;
        // A build that fails after this point must not leave the folder behind.
        process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
        const summary = await runPublishStep(root, folder, config.base, (line) => logger.info(line));
        process.env[dataFolderVariable] = join(folder, 'data');
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        const { data, search } = summary;
        if (data) {
          logger.info(
            `Wrote ${data.files} data files (${mb(data.bytes)}) for ${summary.plans} plans in ${data.writeSeconds.toFixed(2)}s, ` +
              `SHA256SUMS and fengong-data.zip (${data.zipped} files, ${mb(data.zipBytes)}) in ${data.zipSeconds.toFixed(2)}s`,
          );
        }
        const shards = search ? `${search.shards} shard${search.shards === 1 ? '' : 's'}` : 'none';
        logger.info(`Published the data files and the search index (${shards}) in ${summary.seconds.toFixed(2)}s (content read in ${summary.loadSeconds.toFixed(2)}s)`);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!stage) throw new Error('publish: the data and search step did not run before the pages were built (astro:config:done was skipped)');
        for (const part of ['data', 'pagefind']) {
          const target = fileURLToPath(new URL(`${part}/`, dir));
          try {
            moveInto(join(stage, part), target);
          } catch (cause) {
            throw new Error(`publish: could not move ${join(stage, part)} into ${target}: ${(cause as Error).message}`, { cause });
          }
        }
        rmSync(stage, { recursive: true, force: true });
        delete process.env[dataFolderVariable];
        logger.info(`Moved the data files and the search index into ${fileURLToPath(dir)}`);
        stage = null;
      },
    },
  };
}

/** Folders left by earlier builds into the same output folder that were killed before they finished. */
function removeStale(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefixes = [`${basename(outDir)}.publish-`, `${basename(outDir)}.data-`];
  for (const name of readdirSync(parent)) if (prefixes.some((p) => name.startsWith(p))) rmSync(join(parent, name), { recursive: true, force: true });
}

/**
 * Runs scripts/write-data-and-search.ts with the same Node and environment, passing its
 * progress lines to `log`; resolves with its summary, rejects with a message
 * naming the step.
 */
function runPublishStep(root: string, out: string, base: string, log: (line: string) => void): Promise<PublishSummary> {
  const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
  const script = join(root, 'scripts', 'write-data-and-search.ts');
  const args = ['--import', tsx, script, '--data', join(out, 'data'), '--search', join(out, 'pagefind'), '--base', base, '--json'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    // Progress lines go to the build log as they come; anything else (a failure) is printed as is.
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      errors += s;
      const lines = errors.split('\n');
      errors = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        if (line.startsWith('search: ')) log(line);
        else console.error(line);
      }
    });
    child.on('error', (error) => reject(new Error(`publish: could not start ${script}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (errors.trim()) console.error(errors);
      if (code !== 0) {
        reject(new Error(`publish: ${script} failed (${signal ?? `exit ${code}`}); its message is printed above. Neither data nor search index was published.`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PublishSummary);
      } catch {
        reject(new Error(`publish: ${script} did not print its summary; output was:\n${stdout.slice(-2000)}`));
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
