import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { planFiles, planIdOf, splitFrontmatter, type StringPool } from '../lib/content/load';

/**
 * The plans collection's loader: every `*.md` in the plans folder, validated
 * by the collection's schema, stored as the schema's output (a summary, see
 * `src/lib/content/summary.ts`) with the body and its rendered HTML.
 *
 * Astro's `glob()` loader would also keep each file's whole frontmatter in the
 * rendered metadata: a 145 MB store and 3 GB to sync 10,000 plans (measured,
 * docs/scale.md). This one keeps what the pages take from the store.
 * Frontmatter is read with the same code as the catalog (`load.ts`), so the
 * two never disagree about a file.
 */
export function planLoader(dir: string): Loader {
  return {
    name: 'fengong-plans',
    load: async ({ store, parseData, renderMarkdown, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);

      const sync = async (name: string, pool: StringPool): Promise<void> => {
        const file = join(base, name);
        const source = readFileSync(file, 'utf8');
        const id = planIdOf(name);
        const { frontmatter, body } = splitFrontmatter(file, source, pool);
        // Always validated, even when the file is unchanged: a schema change
        // must re-check every plan, and validation is cheap next to rendering.
        const data = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath: relative(root, file) });
        const digest = generateDigest(source);
        const stored = store.get(id);
        const rendered = stored?.digest === digest && stored.rendered ? stored.rendered : await renderMarkdown(body);
        store.set({ id, data, body, filePath: relative(root, file), digest, rendered });
      };

      const syncAll = async (): Promise<void> => {
        const names = planFiles(base);
        const ids = new Set(names.map(planIdOf));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        const pool: StringPool = new Map();
        for (const name of names) await sync(name, pool);
      };

      await syncAll();

      if (watcher) {
        watcher.add(base);
        const onChange = async (path: string) => {
          if (!resolve(path).startsWith(base)) return;
          try {
            await syncAll();
            logger.info(`plans reloaded after a change to ${relative(root, path)}`);
          } catch (error) {
            logger.error((error as Error).message);
          }
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
