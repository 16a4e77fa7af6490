import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import { contentDirFor, loadPlans } from '../lib/content/load';
import { assertRegistry } from '../lib/registry/validate';

let cached: Promise<Catalog> | undefined;

/**
 * The site's catalog, loaded once per build and shared by every page and
 * endpoint (a page that re-read the content would make the build quadratic in
 * the number of plans). Units and themes come from their collections; plans
 * come from disk (`loadPlans`, the same schema), because Astro's store keeps
 * only plan summaries (`src/lib/content/summary.ts`). The two lists of plans
 * must agree, or a page would link a plan the other side does not know, and
 * they must fit the unit registry and themes (`assertRegistry`).
 */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [entries, units, themes] = await Promise.all([getCollection('plans'), getCollection('units'), getCollection('themes')]);
    const dir = join(contentDirFor(), 'plans');
    const plans = loadPlans(dir);
    const onDisk = new Set(plans.map((p) => p.id));
    const inStore = new Set(entries.map((e) => e.id));
    const missing = [...onDisk].filter((id) => !inStore.has(id));
    const extra = [...inStore].filter((id) => !onDisk.has(id));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `plans in ${dir}: the content collection and the files disagree ` +
          `(${[...missing.map((id) => `file ${id} has no collection entry`), ...extra.map((id) => `entry ${id} has no file of that name`)].join('; ')}). ` +
          'Plan file names must be their ids: lower-case letters, digits and hyphens, e.g. 2022-leizhou.md.',
      );
    }
    const catalog = buildCatalog(
      plans,
      units.map((u) => u.data),
      themes.map((t) => t.data),
    );
    // Plans, units and themes must fit together before any page renders from
    // them (the build's publish step refuses such content first; this covers
    // astro dev), checked here once for every page instead of in each.
    assertRegistry(catalog);
    return catalog;
  })();
  return cached;
}
