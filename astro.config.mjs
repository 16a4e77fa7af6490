// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  // Every page is a folder with index.html, which any static host serves.
  trailingSlash: 'always',
  build: { format: 'directory' },
});
