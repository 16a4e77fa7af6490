// The search page's filter choices: short lists in full; a province's thousands
// of units and issuers per region, so the page does not grow with the site.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { unitFilterValue } from '../../src/lib/search/facets';
import { filterOptions, regionOptions, selectLimit } from '../../src/lib/search/options';

const catalog = loadCatalog(join(import.meta.dirname, '../../src/content'));

describe('filterOptions', () => {
  it('lists every region, issuer and assigned unit of the bundled plans in the page', () => {
    const options = filterOptions(catalog);
    expect(options.byRegion).toEqual({ unit: false, issuer: false });
    expect(options.region.map((r) => r.value)).toEqual(expect.arrayContaining(['雷州市', '梅州市', '揭阳市']));
    expect(options.region.every((r) => /^[a-z0-9-]+$/.test(r.slug))).toBe(true);
    expect(options.issuer.map((i) => i.value)).toContain('雷州市人民政府办公室');
    const units = options.unit.flatMap((g) => g.options.map((o) => o.value));
    expect(units).toContain('市财政局（雷州市）');
    // Only units some requirement names: 揭阳's 市卫生健康局 has no line of its own in 2018.
    expect(units).not.toContain('市卫生健康局（揭阳市）');
    expect(units.length).toBeLessThanOrEqual(selectLimit);
  });

  it('leaves lists longer than the limit out of the page, to be chosen per region', () => {
    const options = filterOptions(catalog, 10);
    expect(options.byRegion).toEqual({ unit: true, issuer: false });
    expect(options.unit).toEqual([]);
    expect(options.issuer.length).toBeGreaterThan(0);
    // Regions stay listed: they are how a reader reaches the units.
    expect(options.region.length).toBeGreaterThan(0);
  });
});

describe('regionOptions', () => {
  it('gives the units and issuers of one region only', () => {
    const leizhou = regionOptions(catalog, '雷州市');
    expect(leizhou.unit.map((o) => o.value)).toContain('市财政局（雷州市）');
    expect(leizhou.unit.every((o) => o.value.endsWith('（雷州市）'))).toBe(true);
    expect(leizhou.issuer.map((o) => o.value)).toEqual(['雷州市人民政府办公室']);
    // Together the regions give back the whole list.
    const whole = filterOptions(catalog).unit.flatMap((g) => g.options.map((o) => o.value));
    const perRegion = filterOptions(catalog).region.flatMap((r) => regionOptions(catalog, r.value).unit.map((o) => o.value));
    expect(new Set(perRegion)).toEqual(new Set(whole));
    expect(unitFilterValue({ name: '市财政局', region: '雷州市' })).toBe('市财政局（雷州市）');
  });
});
