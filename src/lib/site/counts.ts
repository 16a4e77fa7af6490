/**
 * The one definition of every count the site prints, so the home page, the
 * unit index, the region pages, the unit pages and the data files
 * (data/units.csv) never disagree (tests/site/counts.test.ts compares them).
 *
 * - The site's units are the units of the registry: each has a page and a row
 *   in data/units.csv, whether or not a bundled plan names it under its own
 *   name (揭阳 市卫生健康局 appears only as the successor of 市卫生计生局).
 * - A unit's requirements are those a plan assigns to it under its own name,
 *   each counted once per role and once in the total. Its predecessors' lines
 *   are listed on its page to keep its history in one place, but counted
 *   separately and said so.
 * - A plan's units are the distinct units named on its requirements.
 */
import type { Catalog } from '../catalog';
import { countRoles, type RoleCounts, type UnitIndexRegion } from '../registry/ledger';

/** Units the site publishes: the registry's (a page and a data/units.csv row each). */
export function siteUnitCount(catalog: Pick<Catalog, 'units'>): number {
  return catalog.units.length;
}

/** Units of one region, as its part of the unit index lists them. */
export function regionUnitCount(region: UnitIndexRegion): number {
  return region.groups.reduce((n, g) => n + g.rows.length, 0) + region.collectives.length;
}

/** Distinct units named on a plan's requirements. */
export function planUnitCount(catalog: Pick<Catalog, 'requirementsByPlan'>, planId: string): number {
  const items = catalog.requirementsByPlan.get(planId) ?? [];
  return new Set(items.flatMap((i) => i.requirement.units.map((a) => a.unit))).size;
}

/**
 * A unit's requirements under its own name, by role (what data/units.csv
 * reports for its id), optionally within one work year.
 */
export function unitCounts(catalog: Pick<Catalog, 'assignmentsByUnit'>, unitId: string, year?: number): RoleCounts {
  const own = catalog.assignmentsByUnit.get(unitId) ?? [];
  return countRoles(year === undefined ? own : own.filter((a) => a.item.plan.year === year));
}
