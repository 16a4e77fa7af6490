/**
 * Counts agree everywhere (issue 19, item 10): the number of units on the
 * home page, the unit index, the 网站地图 and data/units.csv; each unit's
 * requirements by role in the unit index, on its own page and in
 * data/units.csv; each region's units on the region page and in the index.
 * One definition of each count lives in src/lib/site/counts.ts.
 *
 * Before: the home page said 67 units while units.csv had 75 rows, and the
 * index gave 揭阳 市卫生健康局 0 requirements while its page said 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site';

interface UnitCsvRow {
  unit_id: string;
  name: string;
  region: string;
  lead_count: string;
  responsible_count: string;
  participate_count: string;
  requirement_count: string;
}

let dist: string;
let csv: UnitCsvRow[];
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'));
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, '');

/** Unit index rows: unit id → [lead, responsible, participate, total]. */
function indexRows(root: HTMLElement): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const tr of root.querySelectorAll('main table tbody tr')) {
    const href = tr.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '';
    const id = /\/units\/([^/]+)\/$/.exec(href)?.[1];
    if (!id) continue;
    rows.set(id, tr.querySelectorAll('td').map((td) => Number(td.textContent.trim())));
  }
  return rows;
}

describe('counts agree across pages and data files', () => {
  beforeAll(() => {
    dist = buildSite();
    csv = parseCsv(readFileSync(join(dist, 'data', 'units.csv'), 'utf8'), { columns: true }) as UnitCsvRow[];
  }, 600_000);

  it('the home page, the unit index, the 网站地图 and units.csv give the same number of units (75)', () => {
    expect(csv).toHaveLength(75);
    const home = /目前收录\s*(\d+)\s*份方案、(\d+)\s*项要求、(\d+)\s*个责任单位/.exec(text(page('').querySelector('main .lead')));
    expect(home?.slice(1).map(Number)).toEqual([4, 167, 75]);
    expect(indexRows(page('units/')).size).toBe(csv.length);
    expect(text(page('sitemap/').querySelector('main'))).toContain(`（${csv.length}个单位`);
  });

  it('every unit: the index, its page and units.csv give the same requirements by role', () => {
    const index = indexRows(page('units/'));
    const mismatches: string[] = [];
    for (const row of csv) {
      const fromCsv = [row.lead_count, row.responsible_count, row.participate_count, row.requirement_count].map(Number);
      const fromIndex = index.get(row.unit_id);
      const own = page(`units/${row.unit_id}/`).querySelector('[data-own-count]');
      const fromPage = Number(own?.getAttribute('data-own-count'));
      if (JSON.stringify(fromIndex) !== JSON.stringify(fromCsv) || fromPage !== fromCsv[3]) {
        mismatches.push(`${row.region}${row.name} (${row.unit_id}): csv ${fromCsv.join('/')}, index ${fromIndex?.join('/')}, page ${fromPage}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('揭阳 市卫生健康局: 0 under its own name everywhere; its page lists its predecessor’s 1 requirement, marked and counted apart', () => {
    const id = 'jieyang-shiweishengjiankangju';
    expect(csv.find((r) => r.unit_id === id)?.requirement_count).toBe('0');
    expect(indexRows(page('units/')).get(id)).toEqual([0, 0, 0, 0]);
    const unitPage = page(`units/${id}/`);
    const own = text(unitPage.querySelector('[data-own-count]'));
    expect(own).toContain('现有方案中没有以本单位名义分配的要求');
    expect(own).toContain('另有前身单位市卫生计生局名义下的1项要求');
    expect(own).toContain('不计入本单位的要求数');
  });

  it('every region page gives as many units as units.csv has for the region', () => {
    const links = page('units/').querySelectorAll('main section > p > a');
    expect(links.length).toBe(new Set(csv.map((r) => r.region)).size);
    for (const link of links) {
      const region = /^(.+)的方案和/.exec(link.textContent)?.[1] ?? '';
      const listed = csv.filter((r) => r.region === region).length;
      expect(listed, region).toBeGreaterThan(0);
      const regionPage = text(page((link.getAttribute('href') ?? '').replace(/^\//, '')).querySelector('main'));
      expect(regionPage, region).toContain(`涉及${listed}个责任单位`);
    }
  });

  it('a plan page and the home page give the same number of units for each plan', () => {
    const home = page('');
    for (const li of home.querySelectorAll('main ul.plans > li')) {
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      const onHome = /(\d+)个责任单位/.exec(text(li))?.[1];
      const onPlan = /涉及(\d+)个责任单位/.exec(text(page(href.replace(/^\//, '')).querySelector('main')))?.[1];
      expect(onHome, href).toBeDefined();
      expect(onPlan, href).toBe(onHome);
    }
  });
});
