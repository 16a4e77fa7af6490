/**
 * Builds the real site twice (under a sub-path, as a government site deploys
 * it) and checks what was published: byte-identical data across builds,
 * SHA256SUMS that verifies, data equal to what the domain code computes, and
 * a site map that lists exactly the pages that exist. Builds take the shared
 * build lock (/tmp/fengong-build.lock), as every build in this project must.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { DataSet } from '../../src/lib/data/dataset';
import { formatBytes } from '../../src/lib/data/dictionary';
import { sitePages } from '../../src/lib/data/sitemap';
import { publicationFromConfig } from '../../src/lib/data/publication';
import { maxSheetRows } from '../../src/lib/data/workbook';
import { loadSiteConfig } from '../../src/lib/site/config';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildSite, builtPages, runBuild, serveStatic } from '../support/site';

const base = '/zwgk/fgfa/';
const outDirs: string[] = [];

/** A second, independent build into a fresh folder (not the shared cache), for the determinism check. */
function buildAgain(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'fengong-data-build-'));
  outDirs.push(outDir);
  const result = runBuild(outDir, { env: { BASE_PATH: base } });
  if (result.status !== 0) throw new Error(`site build failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return outDir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

let first = '';
let second = '';
beforeAll(() => {
  // The shared cached build of the sub-path deployment (tests/support/site.ts), then one more of our own.
  first = buildSite({ basePath: base });
  second = buildAgain();
  // Two builds, each possibly waiting for the shared build lock behind other builds.
}, 1_800_000);
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a built site', () => {
  it('publishes byte-identical data files, checksums and zip in two builds', () => {
    const a = filesUnder(join(first, 'data'));
    expect(filesUnder(join(second, 'data'))).toEqual(a);
    expect(a).toContain('SHA256SUMS');
    expect(a).toContain('fengong-data.zip');
    for (const f of a.filter((f) => f !== 'index.html')) {
      expect(readFileSync(join(second, 'data', f)).equals(readFileSync(join(first, 'data', f))), f).toBe(true);
    }
    expect(readFileSync(join(second, 'feed.xml')).equals(readFileSync(join(first, 'feed.xml')))).toBe(true);
  });

  it('has a SHA256SUMS that verifies every data file', () => {
    const dir = join(first, 'data');
    const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    const listed = lines.map((l) => l.slice(66));
    expect(listed).toEqual(filesUnder(dir).filter((f) => !['index.html', 'SHA256SUMS', 'fengong-data.zip'].includes(f)));
    for (const line of lines) {
      const path = line.slice(66);
      expect(createHash('sha256').update(readFileSync(join(dir, path))).digest('hex'), path).toBe(line.slice(0, 64));
    }
  });

  it('publishes exactly the bytes the domain code computes from the content', async () => {
    const ds = new DataSet(loadCatalog(), publicationFromConfig(loadSiteConfig({ env: { ...process.env, BASE_PATH: base } }), base));
    for (const f of ds.files()) {
      expect(readFileSync(join(first, 'data', f.path)).equals(Buffer.from(await ds.content(f.path))), f.path).toBe(true);
    }
    const requirements = readFileSync(join(first, 'data', 'requirements.csv'), 'utf8');
    expect(requirements).toContain(`${base}plans/2022-leizhou/#r1`);
  });

  it('shows on the data page the sizes of the files as published and of the zip, and leaves checksums to SHA256SUMS', () => {
    const dir = join(first, 'data');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const f of ['requirements.csv', 'requirements.excel.csv', 'assignments.csv', 'units.json']) {
      expect(html, f).toContain(`${f}，${formatBytes(statSync(join(dir, f)).size)}`);
    }
    expect(html).toContain(`Excel 表格（${formatBytes(statSync(join(dir, 'fengong.xlsx')).size)}）`);
    expect(html).toContain(`全部文件（ZIP 压缩包，${formatBytes(statSync(join(dir, 'fengong-data.zip')).size)}）`);
    expect(html).toContain('sha256sum -c --ignore-missing SHA256SUMS');
    // No 64-character checksum on the page: on a phone that column squeezed every table to one character per line.
    const main = (html.split('<main')[1] ?? '').split('</main>')[0]?.replace(/<script[\s\S]*?<\/script>/g, '') ?? '';
    expect(main).toContain('sha256sum');
    // (The dictionary's example of the source_sha256 column is one; no file's checksum is.)
    expect(main.replace(/<span class="example"[^>]*>[0-9a-f]{64}<\/span>/g, '')).not.toMatch(/[0-9a-f]{64}/);
    expect(main).not.toContain('<table');
  });

  it('says on the data page at what size a whole-site table is no longer given to spreadsheets (the writer’s own limit)', () => {
    const html = readFileSync(join(first, 'data', 'index.html'), 'utf8');
    expect(html).toContain(`超过 ${maxSheetRows.toLocaleString('en-US')} 行的全站表格不放入 Excel 表格，也不提供 Excel CSV`);
    expect(html).toContain('Excel 表格另有该年度的全部具体要求');
  });

  it('links each theme, year and region page to its own data files, which exist', () => {
    // A theme's requirements are published as a workbook only (docs/data.md, "Slimmer at scale").
    const pages = { [`themes/zhengce-jiedu/index.html`]: ['themes/zhengce-jiedu', ['xlsx']], [`years/2022/index.html`]: ['years/2022', ['xlsx', 'csv', 'json']], [`regions/leizhou/index.html`]: ['regions/leizhou', ['xlsx', 'csv', 'json']] } as const;
    const data = readFileSync(join(first, 'data', 'index.html'), 'utf8');
    for (const [page, [stem, formats]] of Object.entries(pages)) {
      const html = readFileSync(join(first, page), 'utf8');
      for (const ext of formats) {
        expect(html, `${page} → ${stem}.${ext}`).toContain(`href="${base}data/${stem}.${ext}"`);
        expect(data, `data page → ${stem}.${ext}`).toContain(`href="${base}data/${stem}.${ext}"`);
        expect(existsSync(join(first, 'data', `${stem}.${ext}`)), `${stem}.${ext}`).toBe(true);
      }
    }
  });

  it('leaves no data folder of the build behind, and serves no data file as a page', () => {
    for (const out of [first, second]) {
      // The build wrote into <out>.building-<pid>, its data and search index into <that>.publish-<pid>, both next to <out>.
      expect(readdirSync(join(out, '..')).filter((n) => n.startsWith(`${basename(out)}.`))).toEqual([]);
    }
    expect(filesUnder(join(first, 'data')).filter((f) => f.endsWith('/index.html'))).toEqual([]);
  });

  it('lists every built page in the site map, and only those', () => {
    // sitemap.xml itself is written only with a site URL (tests/site/government.test.ts); its list is sitePages.
    const pages = builtPages(first, base).filter((p) => p.endsWith('/'));
    expect(existsSync(join(first, 'sitemap.xml'))).toBe(false);
    expect([...sitePages(loadCatalog(), base)].sort()).toEqual(pages);
  });

  it('links every whole-site data file from the data page and embeds Dataset JSON-LD', () => {
    const html = readFileSync(join(first, 'data', 'index.html'), 'utf8');
    for (const f of ['plans.csv', 'requirements.excel.csv', 'assignments.csv', 'units.json', 'themes.json', 'datapackage.json', 'SHA256SUMS', 'fengong-data.zip']) {
      expect(html, f).toContain(`href="${base}data/${f}"`);
    }
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({ '@type': 'Dataset', inLanguage: 'zh-CN' });
  });
});

describe.skipIf(browserUnavailable)('the data page on a phone', () => {
  it.each(['standard', 'large', 'xlarge', 'xxlarge'])('fits 390 px at text size %s, dictionary open, and its workbook link downloads a workbook', async (size) => {
    const served = await serveStatic(first, base);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${served.url}data/`);
      await page.evaluate((s) => {
        if (s !== 'standard') document.documentElement.dataset['textSize'] = s;
        document.querySelectorAll('details').forEach((d) => (d.open = true));
      }, size);
      // Nothing wider than the screen: no sideways scrolling, no table squeezed to a column of single characters.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const narrowest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('main p, main li, main dd')].map((e) => e.getBoundingClientRect().width).filter((w) => w > 0)));
      expect(narrowest).toBeGreaterThan(200);
      const href = await page.locator('#all ~ ul a').first().getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', page.url()).href);
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await browser.close();
      await served.close();
    }
  }, 60_000);
});
