import type { Catalog, PlanInput, RequirementInPlan } from './catalog';
import { zhCollator } from './catalog';
import { regionSlug } from './regions';

/**
 * One plan with the number of its requirements, the entry of every plan list
 * (year, region and home pages). Not the published `PlanRow` of plans.csv
 * (src/lib/schema/published.ts), which is a flat record of the plan's columns.
 */
export interface PlanListEntry {
  plan: PlanInput;
  requirementCount: number;
}

export interface YearGroup {
  year: number;
  plans: PlanListEntry[];
  requirementCount: number;
}

export interface RegionGroup {
  name: string;
  slug: string;
  plans: PlanListEntry[];
  requirementCount: number;
  /** Years the region has plans for, newest first. */
  years: number[];
}

const planListEntry = (catalog: Catalog, plan: PlanInput): PlanListEntry => ({
  plan,
  requirementCount: catalog.requirementsByPlan.get(plan.id)?.length ?? 0,
});

const yearsCache = new WeakMap<Catalog, YearGroup[]>();
/** Plans by work year, newest first; plans within a year in catalog order (region, issuer). */
export function plansByYear(catalog: Catalog): YearGroup[] {
  let groups = yearsCache.get(catalog);
  if (!groups) {
    const map = new Map<number, PlanListEntry[]>();
    for (const plan of catalog.plans) {
      const list = map.get(plan.data.year) ?? [];
      list.push(planListEntry(catalog, plan));
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
    const map = new Map<string, PlanListEntry[]>();
    for (const plan of catalog.plans) {
      const list = map.get(plan.data.region.name) ?? [];
      list.push(planListEntry(catalog, plan));
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
export function requirementsOfPlans(catalog: Catalog, plans: readonly PlanListEntry[]): RequirementInPlan[] {
  return plans.flatMap((p) => catalog.requirementsByPlan.get(p.plan.id) ?? []);
}

/**
 * Most requirements one listing page shows. Keeps every page's size bounded
 * however many plans the site holds; a theme with more gets numbered pages.
 * At 500 a theme page was 59–70 KB of gzipped HTML (1,000-plan benchmark),
 * too heavy for a phone; 100 keeps it near the size of a plan page.
 */
export const pageSize = 100;

/**
 * The page numbers a pager shows: the first and last, and two either side of
 * the current one; `null` marks a gap (…). A theme spread over hundreds of
 * pages would otherwise print hundreds of links on each of them.
 */
export function pagerNumbers(current: number, count: number): Array<number | null> {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last > 1) out.push(n - last === 2 ? n - 1 : null);
    out.push(n);
  }
  return out;
}

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

/**
 * The newest plans, for the home page: by issue date (or publication date,
 * else the end of the work year), newest first. The home page shows a fixed
 * number of them and links every year's list, so it does not grow with the
 * site (at 1,000 plans a list of every plan was 31 KB gzipped).
 */
export function latestPlans(catalog: Catalog, count: number): PlanListEntry[] {
  const when = (p: PlanInput) => p.data.issuedOn ?? p.data.publishedOn ?? `${p.data.year}-12-31`;
  return [...catalog.plans]
    .sort((a, b) => when(b).localeCompare(when(a)) || b.data.year - a.data.year || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((plan) => planListEntry(catalog, plan));
}
