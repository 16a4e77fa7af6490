// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site/config.ts';
import publish from './src/integrations/data-and-search.ts';

// fengong.config.yaml (or FENGONG_CONFIG), with BASE_PATH overriding basePath.
// An invalid config stops here with every problem listed.
const siteConfig = loadSiteConfig();

export default defineConfig({
  base: siteConfig.basePath,
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  // publish(): the data folder (every data file, SHA256SUMS, the zip) and the
  // sharded Pagefind index, written by scripts/write-data-and-search.ts in its own process
  // before Astro loads the content, so its memory does not add to Astro's
  // (docs/data.md, docs/scale.md).
  integrations: [mdx(), publish()],
  // Every page is a folder with index.html, which any static host serves.
  trailingSlash: 'always',
  // Stylesheets always as files: an inline <style> would force the Content
  // Security Policy to allow 'unsafe-inline' (see docs/deploy.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
});
