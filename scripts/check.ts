/**
 * `npm run check`: validates all content and the site configuration without
 * building, and reports every problem at once (file:line: field: message),
 * so an editor fixes the whole list in one pass. Exit code 1 on any problem.
 *
 * Environment: FENGONG_CONTENT (another content folder), FENGONG_CONFIG
 * (another config file), BASE_PATH (checked like the config's basePath).
 */
import sharp from 'sharp';
import { checkContent, formatContentProblem } from '../src/lib/check/content';
import { contentDirFor } from '../src/lib/content/load';
import { checkSiteConfig } from '../src/lib/site/config';

const started = performance.now();
const root = process.cwd();
const { problems, counts } = checkContent({ root, contentDir: contentDirFor(root) });

// The logo must be an image sharp can read, or the build fails late.
const site = checkSiteConfig({ root });
if (site.config?.logo) {
  try {
    const meta = await sharp(site.config.logo).metadata();
    if (!meta.width || !meta.height) throw new Error('no image size');
  } catch (error) {
    problems.push({ file: 'fengong.config.yaml', field: 'logo (网站标志)', message: `${site.config.logo} is not a readable image (${(error as Error).message})`, fix: 'use a PNG, JPEG, WebP or SVG file' });
  }
}

for (const p of problems) console.error(formatContentProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${counts.plans} plans, ${counts.units} units, ${counts.themes} themes and the site configuration`;
if (problems.length > 0) {
  console.error(`check: ${problems.length} problem(s) in ${summary} (${seconds}s)`);
  process.exitCode = 1;
} else {
  console.log(`check: ${summary} are valid (${seconds}s)`);
}
