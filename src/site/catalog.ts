import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';

let cached: Promise<Catalog> | undefined;

/**
 * The site's catalog, loaded from the content collections once per build and
 * shared by every page and endpoint (a page that re-read the collections would
 * make the build quadratic in the number of plans).
 */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [plans, units, themes] = await Promise.all([getCollection('plans'), getCollection('units'), getCollection('themes')]);
    return buildCatalog(
      plans.map((p) => ({ id: p.id, data: p.data, body: p.body })),
      units.map((u) => u.data),
      themes.map((t) => t.data),
    );
  })();
  return cached;
}
