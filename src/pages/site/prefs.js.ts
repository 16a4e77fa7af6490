/**
 * site/prefs.js: the one script every page loads (src/client/prefs.ts),
 * minified at build time. It is a plain file loaded by a blocking <script src>
 * in <head> (see Base.astro), not an Astro-bundled module, because it must run
 * before the first paint; esbuild turns the TypeScript into one small IIFE.
 */
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../../client/prefs.ts?raw';

export const GET: APIRoute = async () => {
  const { code } = await transform(source, { loader: 'ts', format: 'iife', minify: true, target: 'es2019', legalComments: 'none' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
