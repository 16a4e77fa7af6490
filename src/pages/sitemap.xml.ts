import type { APIRoute } from 'astro';
import { sitemapXml, sitePages } from '../lib/data/sitemap';
import { getCatalog } from '../site/catalog';

/** sitemap.xml listing every page under the base path (src/lib/data/sitemap.ts). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return new Response(sitemapXml(sitePages(catalog, import.meta.env.BASE_URL), site?.href), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
