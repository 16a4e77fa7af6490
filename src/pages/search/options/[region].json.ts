import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../site/catalog';
import { filterOptions, regionOptions } from '../../../lib/search/options';

/**
 * `search/options/<region slug>.json`: the unit and issuer choices of one
 * region, which the search page loads when a region is chosen on a site whose
 * lists are too long for one drop-down (`selectLimit`). A small site has none.
 */
export const getStaticPaths = (async () => {
  const options = filterOptions(await getCatalog());
  if (!options.byRegion.unit && !options.byRegion.issuer) return [];
  return options.region.map((r) => ({ params: { region: r.slug }, props: { name: r.value } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const body = regionOptions(await getCatalog(), (props as { name: string }).name);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
