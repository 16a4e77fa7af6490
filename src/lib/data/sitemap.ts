import { paginate, plansByRegion, plansByYear } from '../browse';
import type { Catalog } from '../catalog';
import { ledgerPageCount, lineRequirementCount } from '../registry/ledger';
import { urls } from '../urls';
import { xmlEscape } from './feed';

/**
 * Every HTML page of the site, as base-relative paths, in site-map order:
 * the same routes the pages' getStaticPaths produce (a build test checks the
 * two agree). The 404 page is not a page to index.
 */
export function sitePages(catalog: Catalog, base: string): string[] {
  const u = urls(base);
  return [
    u.home(),
    ...catalog.plans.map((p) => u.plan(p.id)),
    u.years(),
    ...plansByYear(catalog).flatMap((y) => paginate(y.plans).map((_, i) => u.yearPage(y.year, i + 1))),
    u.regions(),
    ...plansByRegion(catalog).map((r) => u.region(r.slug)),
    u.units(),
    ...catalog.units.flatMap((unit) => Array.from({ length: ledgerPageCount(lineRequirementCount(catalog, unit.id)) }, (_, i) => u.unitPage(unit.id, i + 1))),
    u.themes(),
    ...catalog.themes.flatMap((t) =>
      paginate(catalog.requirementsByTheme.get(t.id) ?? []).map((_, i) => u.themePage(t.id, i + 1)),
    ),
    u.search(),
    u.data(),
    u.siteMap(),
    u.accessibility(),
  ];
}

/**
 * sitemap.xml (sitemaps.org 0.9). Locations are absolute when the site
 * origin is known, as the protocol requires; the site writes the file only
 * then. Without an origin (tests) they are base-relative paths.
 * No lastmod: the build time is not a content date, and output must not
 * change between builds of the same content.
 */
export function sitemapXml(paths: readonly string[], site: string | undefined): string {
  const loc = (p: string) => (site ? new URL(p, site).href : p);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${xmlEscape(loc(p))}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
