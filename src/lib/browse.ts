import type { Catalog, PlanInput, RequirementInPlan } from './catalog';
import { zhCollator } from './catalog';
import { regionSlug } from './regions';

/** One plan with the number of its requirements, the row of every plan list. */
export interface PlanRow {
  plan: PlanInput;
  requirementCount: number;
}

export interface YearGroup {
  year: number;
  plans: PlanRow[];
  requirementCount: number;
}

export interface RegionGroup {
  name: string;
  slug: string;
  plans: PlanRow[];
  requirementCount: number;
  /** Years the region has plans for, newest first. */
  years: number[];
}

const planRow = (catalog: Catalog, plan: PlanInput): PlanRow => ({
  plan,
  requirementCount: catalog.requirementsByPlan.get(plan.id)?.length ?? 0,
});

const yearsCache = new WeakMap<Catalog, YearGroup[]>();
/** Plans by work year, newest first; plans within a year in catalog order (region, issuer). */
export function plansByYear(catalog: Catalog): YearGroup[] {
  let groups = yearsCache.get(catalog);
  if (!groups) {
    const map = new Map<number, PlanRow[]>();
    for (const plan of catalog.plans) {
      const list = map.get(plan.data.year) ?? [];
      list.push(planRow(catalog, plan));
      map.set(plan.data.year, list);
    }
    groups = [...map]
      .sort((a, b) => b[0] - a[0])
      .map(([year, plans]) => ({ year, plans, requirementCount: plans.reduce((n, p) => n + p.requirementCount, 0) }));
    yearsCache.set(catalog, groups);
  }
  return groups;
}

const regionsCache = new WeakMap<Catalog, RegionGroup[]>();
/**
 * Plans by region (the plan's `region.name`), in Chinese collation order.
 * Two region names that would share a URL slug are an error, not a silent merge.
 */
export function plansByRegion(catalog: Catalog): RegionGroup[] {
  let groups = regionsCache.get(catalog);
  if (!groups) {
    const map = new Map<string, PlanRow[]>();
    for (const plan of catalog.plans) {
      const list = map.get(plan.data.region.name) ?? [];
      list.push(planRow(catalog, plan));
      map.set(plan.data.region.name, list);
    }
    const slugs = new Map<string, string>();
    groups = [...map.keys()].sort(zhCollator.compare).map((name) => {
      const slug = regionSlug(name);
      const clash = slugs.get(slug);
      if (clash) throw new Error(`regions "${clash}" and "${name}" both get the URL slug "${slug}"; rename one region in its plan entries (region.name) so their pages do not collide`);
      slugs.set(slug, name);
      const plans = map.get(name)!;
      return {
        name,
        slug,
        plans,
        requirementCount: plans.reduce((n, p) => n + p.requirementCount, 0),
        years: [...new Set(plans.map((p) => p.plan.data.year))].sort((a, b) => b - a),
      };
    });
    regionsCache.set(catalog, groups);
  }
  return groups;
}

/** Requirements of a set of plans, in catalog order. */
export function requirementsOfPlans(catalog: Catalog, plans: readonly PlanRow[]): RequirementInPlan[] {
  return plans.flatMap((p) => catalog.requirementsByPlan.get(p.plan.id) ?? []);
}

/**
 * Most requirements one listing page shows. Keeps every page's size bounded
 * however many plans the site holds; a theme with more gets numbered pages.
 */
export const pageSize = 500;

/** Splits items into pages of at most `size`; an empty list is one empty page, so the first page always exists. */
export function paginate<T>(items: readonly T[], size = pageSize): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Most units the unit index lists in full. Beyond this the index lists
 * regions and each region page carries its own units, so the index stays
 * small enough for a phone however many places the site covers.
 */
export const unitIndexLimit = 600;
