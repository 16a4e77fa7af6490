// A generated site larger than the unit index's limit, built for real: the
// index falls back to listing regions, each region page carries its full
// unit list, and no unit, theme, year or region page holds more than one
// page's worth of requirements.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSize, unitIndexLimit } from '../../src/lib/browse';
import { unitIndex } from '../../src/lib/registry/ledger';
import { writeCorpus } from '../../src/lib/synth/write';
import { loadCatalog, root } from './content';

const dirs: string[] = [];
let content: string;
let out: string;
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

beforeAll(() => {
  const parent = mkdtempSync(join(tmpdir(), 'fengong-units-large-'));
  dirs.push(parent);
  content = join(parent, 'content');
  out = join(parent, 'dist');
  writeCorpus({ out: content, plans: 40, seed: 7, themesYaml: readFileSync(join(root, 'src/content/themes/themes.yaml'), 'utf8') });
  const r = spawnSync('flock', ['/tmp/fengong-build.lock', 'npx', 'astro', 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, FENGONG_CONTENT: content },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build of the generated site failed:\n${r.stdout}\n${r.stderr}`);
}, 600_000);

const html = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('a site with more units than the index lists in full', () => {
  it('has more units than the limit', () => {
    expect(loadCatalog(content).units.length).toBeGreaterThan(unitIndexLimit);
  });

  it('the unit index lists regions, linking to each region page\'s unit list', () => {
    const catalog = loadCatalog(content);
    const index = html('units');
    expect(index.querySelectorAll('main table')).toHaveLength(0);
    const links = index.querySelectorAll('main ul.regions a').map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(unitIndex(catalog).length);
    for (const href of links) expect(href).toMatch(/^\/regions\/[a-z0-9-]+\/#units$/);
  });

  it('each region page lists every unit of its region', () => {
    const catalog = loadCatalog(content);
    for (const slug of readdirSync(join(out, 'regions')).filter((d) => !d.endsWith('.html'))) {
      const page = html(`regions/${slug}`);
      const region = page.querySelector('h1')!.text.replace(/的方案$/, '');
      const listed = page.querySelectorAll('h2#units ~ div tbody th a, h2#units ~ * tbody th a').map((a) => a.getAttribute('href'));
      const expected = catalog.units.filter((u) => u.region === region).map((u) => `/units/${u.id}/`);
      expect(new Set(listed), slug).toEqual(new Set(expected));
    }
  });

  it('no theme page holds more than one page of requirements', () => {
    for (const theme of readdirSync(join(out, 'themes')).filter((d) => !d.endsWith('.html'))) {
      expect(html(`themes/${theme}`).querySelectorAll('article.requirement').length).toBeLessThanOrEqual(pageSize);
    }
  });
});
