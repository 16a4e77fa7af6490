/**
 * `npm run check`: validates all content and the site configuration without
 * building, and reports every problem at once (file:line: field: message),
 * so an editor fixes the whole list in one pass. Exit code 1 on any problem.
 *
 * `npm run check -- --production` also refuses a site configuration that
 * lacks what a government website must show (网站标识码, 备案, 主办单位,
 * 联系方式 …, src/lib/site/production.ts), naming each missing field; without
 * the flag those are listed as a note, so a default checkout still passes.
 *
 * Environment: FENGONG_CONTENT (another content folder), FENGONG_CONFIG
 * (another config file), BASE_PATH (checked like the config's basePath).
 */
import sharp from 'sharp';
import { checkContent } from '../src/lib/check/content';
import { formatProblem } from '../src/lib/model/problem';
import { contentDirFor } from '../src/lib/content/load';
import { CONFIG_FILE, checkSiteConfig } from '../src/lib/site/config';
import { missingForProduction } from '../src/lib/site/production';

const args = process.argv.slice(2);
for (const arg of args) {
  if (arg !== '--production') {
    console.error(`check: unknown argument ${arg}. Usage: npm run check [-- --production]`);
    process.exit(2);
  }
}
const production = args.includes('--production');
const started = performance.now();
const root = process.cwd();
const { problems, counts } = checkContent({ root, contentDir: contentDirFor(root) });

// The logo and the footer badges must be images sharp can read, or the build fails late.
const site = checkSiteConfig({ root });
const images: Array<[string, string | null | undefined]> = [
  ['logo (网站标志)', site.config?.logo],
  ['psbIcon (公安机关备案图标)', site.config?.psbIcon],
  ['conacBadge.image (党政机关网站标识)', site.config?.conacBadge?.image],
];
for (const [field, path] of images) {
  if (!path) continue;
  try {
    const meta = await sharp(path).metadata();
    if (!meta.width || !meta.height) throw new Error('no image size');
  } catch (error) {
    problems.push({ file: 'fengong.config.yaml', field, message: `${path} is not a readable image (${(error as Error).message})`, fix: 'use a PNG, JPEG, WebP or SVG file' });
  }
}

// What a government website must show before it goes live: refused with
// --production, otherwise a note (a default build works without it).
const notes: string[] = [];
if (site.config) {
  const configFile = process.env['FENGONG_CONFIG'] ?? CONFIG_FILE;
  const missing = missingForProduction(site.config);
  for (const r of missing.filter((m) => production && m.required)) {
    problems.push({ file: configFile, field: `${r.field} (${r.title})`, message: `required for a production site: ${r.why}`, fix: `add ${r.example}` });
  }
  const listed = missing.filter((m) => !production || !m.required);
  if (listed.length > 0) {
    notes.push(
      `note: ${production ? 'recommended' : 'a production site (npm run check -- --production) needs'}: ${listed.map((m) => `${m.field} (${m.title}${m.required || production ? '' : ', recommended'})`).join(', ')}; see docs/deploy.md`,
    );
  }
  if (!site.config.siteUrl) notes.push('note: no siteUrl: sitemap.xml is not written, since it must give absolute addresses; the 网站地图 page is (set siteUrl to publish sitemap.xml)');
}

for (const p of problems) console.error(formatProblem(p));
for (const n of notes) console.log(n);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${counts.plans} plans, ${counts.units} units, ${counts.themes} themes and the site configuration`;
if (problems.length > 0) {
  console.error(`check: ${problems.length} problem(s) in ${summary} (${seconds}s)`);
  process.exitCode = 1;
} else {
  console.log(`check: ${summary} are valid (${seconds}s)`);
}
