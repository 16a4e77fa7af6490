import type { APIRoute } from 'astro';
import { getDataSet } from '../components/data/dataset';
import { plansFeed } from '../lib/data/feed';
import { getSiteConfig } from '../lib/site/config';

/** Atom feed of the plans, newest first (src/lib/data/feed.ts). */
export const GET: APIRoute = async () => {
  const ds = await getDataSet();
  return new Response(plansFeed(ds.catalog, ds.links, getSiteConfig().siteName), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
