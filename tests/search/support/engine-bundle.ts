import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The search engine module (`src/lib/search/engine.ts`, what the search page
 * runs) bundled for injection into a test page as `window.fengongSearch`, so
 * tests query the real Pagefind bundle exactly as the page does.
 */
export async function engineBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./engine-entry.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}
