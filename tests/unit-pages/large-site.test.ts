// A generated site larger than the unit index's limit, built for real: the
// index falls back to listing regions, each region page carries its full
// unit list, and no unit, theme, year or region page holds more than one
// page's worth of requirements; the search page offers its units per region.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSize, unitIndexLimit } from '../../src/lib/browse';
import { ledgerPageCount, lineRequirementCount, unitIndex, unitLedger, type LedgerEntry } from '../../src/lib/registry/ledger';
import { roleLabels } from '../../src/lib/schema/plan';
import { filterOptions, regionOptions } from '../../src/lib/search/options';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { runBuild, serveStatic, type Served } from '../support/site';
import { writeCorpus } from '../../bench/synth/write';
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
  const r = runBuild(out, { content, astroOnly: true });
  if (r.status !== 0) throw new Error(`build of the generated site failed:\n${r.log}`);
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

  it('no unit page holds more than one page of requirements, and a longer ledger continues on numbered pages', () => {
    const catalog = loadCatalog(content);
    let numbered = 0;
    for (const unit of catalog.units) {
      const count = ledgerPageCount(lineRequirementCount(catalog, unit.id));
      for (let n = 1; n <= count; n++) {
        const page = html(n === 1 ? `units/${unit.id}` : `units/${unit.id}/${n}`);
        expect(page.querySelectorAll('article.requirement, ul.requirement-lines > li').length, `${unit.id} page ${n}`).toBeLessThanOrEqual(pageSize);
        if (n > 1) numbered++;
      }
    }
    // The generated site has collective designations with several pages.
    expect(numbered).toBeGreaterThan(0);
  });

  it('a unit page shows its latest year in full and earlier years one line each, every line linking to its permalink', () => {
    const catalog = loadCatalog(content);
    let checked = 0;
    for (const unit of catalog.units) {
      const ledger = unitLedger(catalog, unit.id);
      if (ledger.years.length < 2 || ledgerPageCount(lineRequirementCount(catalog, unit.id)) > 1) continue;
      const page = html(`units/${unit.id}`);
      const [latest, ...earlier] = ledger.years;
      const permalink = (e: LedgerEntry) => `/plans/${e.item.planId}/#${e.item.requirement.id}`;
      const inYear = (year: number, selector: string) => page.querySelectorAll(`section[aria-labelledby="y${year}"] ${selector}`).map((a) => a.getAttribute('href'));
      expect(inYear(latest!.year, 'article.requirement .requirement-title a'), unit.id).toEqual(latest!.plans.flatMap((p) => p.entries.map(permalink)));
      expect(inYear(latest!.year, 'ul.requirement-lines a'), unit.id).toEqual([]);
      for (const y of earlier) {
        expect(inYear(y.year, 'ul.requirement-lines > li > a:first-child'), `${unit.id} ${y.year}`).toEqual(y.plans.flatMap((p) => p.entries.map(permalink)));
        expect(inYear(y.year, 'article.requirement'), `${unit.id} ${y.year}`).toEqual([]);
        // the unit's role on each line
        expect(page.querySelectorAll(`section[aria-labelledby="y${y.year}"] ul.requirement-lines > li .roles`).map((r) => r.text)).toEqual(
          y.plans.flatMap((p) => p.entries.map((e) => e.roles.map((role) => roleLabels[role]).join('、'))),
        );
      }
      checked++;
    }
    // The generated site has units named in plans of several years.
    expect(checked).toBeGreaterThan(10);
  });

  it('no theme page holds more than one page of requirement lines; the charts are on the first page only', () => {
    let numbered = 0;
    for (const theme of readdirSync(join(out, 'themes')).filter((d) => !d.endsWith('.html'))) {
      const first = html(`themes/${theme}`);
      expect(first.querySelectorAll('ul.requirement-lines > li').length).toBeLessThanOrEqual(pageSize);
      for (const n of readdirSync(join(out, 'themes', theme)).filter((d) => /^\d+$/.test(d))) {
        const page = html(`themes/${theme}/${n}`);
        expect(page.querySelectorAll('ul.requirement-lines > li').length, `${theme} page ${n}`).toBeGreaterThan(0);
        expect(page.querySelectorAll('ul.requirement-lines > li').length, `${theme} page ${n}`).toBeLessThanOrEqual(pageSize);
        expect(page.querySelectorAll('main figure'), `${theme} page ${n}`).toHaveLength(0);
        expect(page.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/themes/${theme}/`);
        numbered++;
      }
    }
    expect(numbered).toBeGreaterThan(0);
  });
});

describe('the search page of a site with more units than one drop-down holds', () => {
  it('lists no unit in the page, and one JSON file of choices per region', () => {
    const catalog = loadCatalog(content);
    const options = filterOptions(catalog);
    expect(options.byRegion.unit).toBe(true);
    const page = html('search');
    expect(page.querySelectorAll('#filter-unit option')).toHaveLength(1);
    expect(page.querySelector('#filter-unit')?.getAttribute('aria-describedby')).toBe('filter-unit-hint');
    for (const region of options.region) {
      const file = JSON.parse(readFileSync(join(out, 'search', 'options', `${region.slug}.json`), 'utf8')) as unknown;
      expect(file).toEqual(regionOptions(catalog, region.value));
    }
  });

  describe.skipIf(browserUnavailable)('in Chromium', () => {
    let browser: Browser;
    let site: Served;
    beforeAll(async () => {
      site = await serveStatic(out);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('choosing a region offers that region\'s units, and a unit from the URL stays shown', async () => {
      const catalog = loadCatalog(content);
      const region = filterOptions(catalog).region.find((r) => regionOptions(catalog, r.value).unit.length > 0)!;
      const units = regionOptions(catalog, region.value).unit;
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('search/', site.url).href);
      await page.locator('summary', { hasText: '筛选和排序' }).click();
      await page.locator('#filter-region').selectOption(region.value);
      await expect.poll(() => page.locator('#filter-unit option').count(), { timeout: 10_000 }).toBe(units.length + 1);
      await page.locator('#filter-unit').selectOption(units[0]!.value);
      await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe(units[0]!.value);
      expect(new URL(page.url()).searchParams.get('region')).toBe(region.value);
      // Reloaded from the URL, both choices are shown again.
      await page.reload();
      await expect.poll(() => page.locator('#filter-unit').inputValue(), { timeout: 10_000 }).toBe(units[0]!.value);
      expect(await page.locator('#filter-region').inputValue()).toBe(region.value);
      await context.close();
    });
  });
});
