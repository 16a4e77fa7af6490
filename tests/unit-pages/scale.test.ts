import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog, type PlanInput } from '../../src/lib/catalog';
import { paginate, pageSize, plansByRegion, plansByYear } from '../../src/lib/browse';
import { unitIndex, unitLedger } from '../../src/lib/registry/ledger';
import { validateRegistry } from '../../src/lib/registry/validate';
import type { Unit } from '../../src/lib/schema/unit';
import { themeSummary } from '../../src/lib/themes/stats';
import { loadCatalog } from './content';

const bundled = loadCatalog();

/**
 * `copies` copies of the four bundled plans, each copy in a region of its
 * own (甲雷州市, 乙雷州市, …) with its own units, spread over ten years: the
 * shape of a site that grows by adding places, as the real one does.
 */
function corpus(copies: number): Catalog {
  const plans: PlanInput[] = [];
  const units: Unit[] = [];
  for (let k = 0; k < copies; k++) {
    const tag = `c${k}`;
    const prefix = `区${k}`;
    for (const p of bundled.plans) {
      const data = structuredClone(p.data);
      data.region.name = `${prefix}${data.region.name}`;
      data.year = 2018 + (k % 10);
      for (const s of data.sections) {
        for (const r of [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]) {
          for (const a of r.units) a.unit = `${a.unit}-${tag}`;
        }
      }
      plans.push({ id: `${p.id}-${tag}`, data });
    }
    for (const u of bundled.units) {
      units.push({ ...u, id: `${u.id}-${tag}`, region: `${prefix}${u.region}`, successor: u.successor && `${u.successor}-${tag}` });
    }
  }
  return buildCatalog(plans, units, bundled.themes);
}

/** Items each generated page shows, per page type, computed with the same functions the pages call. */
function pageItems(catalog: Catalog) {
  const unitPages = catalog.units.map((u) => unitLedger(catalog, u.id).years.flatMap((y) => y.plans.flatMap((p) => p.entries)).length);
  const themePages = catalog.themes.flatMap((t) => paginate(themeSummary(catalog, t.id).byPlan.flatMap((g) => g.items)).map((page) => page.length));
  const regionPages = plansByRegion(catalog).map((r) => r.plans.length + (unitIndex(catalog).find((x) => x.region === r.name)?.collectives.length ?? 0) + 10);
  const unitIndexRows = unitIndex(catalog).reduce((n, r) => n + r.collectives.length + r.groups.reduce((m, g) => m + g.rows.length, 0), 0);
  const yearPages = plansByYear(catalog).map((y) => y.plans.length + catalog.themes.length);
  return { unitPages, themePages, regionPages, yearPages, unitIndexRows };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const max = (xs: number[]) => Math.max(0, ...xs);

describe('page builds stay linear in the number of plans', () => {
  const n = 10;
  const small = pageItems(corpus(n));
  const large = pageItems(corpus(2 * n));

  it('builds valid content (every copied unit registered, every successor present)', () => {
    expect(validateRegistry(corpus(2))).toEqual([]);
  });

  it('keeps the largest unit and region page the same size when the plans double', () => {
    expect(max(large.unitPages)).toBe(max(small.unitPages));
    expect(max(large.regionPages)).toBe(max(small.regionPages));
  });

  it('never puts more than one page\'s worth of requirements on a theme page', () => {
    expect(max(large.themePages)).toBeLessThanOrEqual(pageSize);
    // 20 copies of 政策解读 exceed one page, so the split is exercised.
    expect(large.themePages.length).toBeGreaterThan(bundled.themes.length);
  });

  it('doubles the total work, not more, when the plans double', () => {
    for (const key of ['unitPages', 'themePages', 'regionPages', 'yearPages'] as const) {
      expect(sum(large[key]) / sum(small[key]), key).toBeLessThanOrEqual(2.05);
      expect(large[key].length / small[key].length, key).toBeLessThanOrEqual(2.05);
    }
    expect(large.unitIndexRows / small.unitIndexRows).toBe(2);
  });
});
