import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSet } from '../../components/data/dataset';
import { dataFolderVariable } from '../../lib/data/write-folder';

/**
 * The data files under data/ for `astro dev`, rendered on request. A build
 * writes them before rendering, outside Astro's routes (src/integrations/data-and-search.ts
 * runs scripts/write-data-and-search.ts and says where), so then this route has no paths.
 */
export const getStaticPaths = (async () => {
  if (process.env[dataFolderVariable]) return [];
  const dataSet = await getDataSet();
  return dataSet.files().map((f) => ({ params: { file: f.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dataSet = await getDataSet();
  const file = params['file'] === undefined ? undefined : dataSet.file(params['file']);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(Buffer.from(await dataSet.content(file.path)), { headers: { 'Content-Type': file.mediaType } });
};
