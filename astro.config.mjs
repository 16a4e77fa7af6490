// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site/config.ts';
import data from './src/integrations/data.ts';

// fengong.config.yaml (or FENGONG_CONFIG), with BASE_PATH overriding basePath.
// An invalid config stops here with every problem listed.
const siteConfig = loadSiteConfig();

export default defineConfig({
  base: siteConfig.basePath,
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  // data(): every data file, SHA256SUMS and the zip, written by scripts/data.ts in
  // its own process before Astro loads the content (docs/data.md).
  // The Pagefind index is written by scripts/build.ts after Astro has exited
  // (src/lib/search/build-step.ts), so its memory does not add to Astro's.
  integrations: [mdx(), data()],
  // Every page is a folder with index.html, which any static host serves.
  trailingSlash: 'always',
  // Stylesheets always as files: an inline <style> would force the Content
  // Security Policy to allow 'unsafe-inline' (see docs/deploy.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
});
