import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapXml, sitePages } from '../lib/data/sitemap';
import { getSiteConfig } from '../lib/site/config';
import { getCatalog } from '../site/catalog';

/**
 * sitemap.xml listing every page under the base path (src/lib/data/sitemap.ts),
 * written only when the site URL is configured: the sitemaps protocol asks
 * for absolute addresses. Without it there is no sitemap.xml (`npm run check`
 * says so); the 网站地图 page (/sitemap/) is always there for people.
 * A dynamic route only so that it can produce no file at all.
 */
export const getStaticPaths = (() => (getSiteConfig().siteUrl ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return new Response(sitemapXml(sitePages(catalog, import.meta.env.BASE_URL), site?.href), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
