import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSet } from '../../components/data/dataset';

/**
 * Every data file under data/ (see DATA-CONTRACT and src/lib/data/dataset.ts),
 * one static route each. Files are rendered one at a time as the build
 * writes them; SHA256SUMS and the zip follow in src/integrations/data.ts.
 */
export const getStaticPaths = (async () => {
  const dataSet = await getDataSet();
  return dataSet.files().map((f) => ({ params: { file: f.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dataSet = await getDataSet();
  const file = params['file'] === undefined ? undefined : dataSet.file(params['file']);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(dataSet.bytes(file.path), { headers: { 'Content-Type': file.mediaType } });
};
