import type { Catalog, PlanInput, RequirementInPlan } from '../catalog';
import { zhCollator } from '../catalog';
import type { Theme } from '../schema/theme';
import { paginate } from '../browse';

/** A label and a number: one bar of a chart, one row of its table. */
export interface Count {
  label: string;
  count: number;
}

export interface ThemeSummary {
  theme: Theme;
  total: number;
  /** Requirements per plan year, oldest first, so a chart reads left to right in time. */
  byYear: Count[];
  /** Requirements per issuing body (发文机关), most first. */
  byIssuer: Count[];
  /** The tagged requirements, grouped by plan in catalog order, document order within a plan. */
  byPlan: Array<{ plan: PlanInput; items: RequirementInPlan[] }>;
}

/** Counts of `key` over items, in first-seen order. */
export function tally<T>(items: readonly T[], key: (item: T) => string): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

const summaryCache = new WeakMap<Catalog, Map<string, ThemeSummary>>();

/**
 * What every plan says about one theme. Linear in the theme's own
 * requirements, and computed once per theme: every numbered page of a large
 * theme shows the same counts.
 */
export function themeSummary(catalog: Catalog, themeId: string): ThemeSummary {
  let byTheme = summaryCache.get(catalog);
  if (!byTheme) summaryCache.set(catalog, (byTheme = new Map()));
  let summary = byTheme.get(themeId);
  if (!summary) byTheme.set(themeId, (summary = computeThemeSummary(catalog, themeId)));
  return summary;
}

const pagesCache = new WeakMap<ThemeSummary, RequirementInPlan[][]>();

/** A theme's requirements split into listing pages (`pageSize` each), computed once per theme, not once per page. */
export function themePages(catalog: Catalog, themeId: string): RequirementInPlan[][] {
  const summary = themeSummary(catalog, themeId);
  let pages = pagesCache.get(summary);
  if (!pages) pagesCache.set(summary, (pages = paginate(summary.byPlan.flatMap((g) => g.items))));
  return pages;
}

function computeThemeSummary(catalog: Catalog, themeId: string): ThemeSummary {
  const theme = catalog.themeById.get(themeId);
  if (!theme) throw new Error(`theme "${themeId}" is not in the theme vocabulary (src/content/themes/themes.yaml)`);
  const items = catalog.requirementsByTheme.get(themeId) ?? [];
  const byPlan: ThemeSummary['byPlan'] = [];
  for (const item of items) {
    const last = byPlan.at(-1);
    if (last && last.plan.id === item.planId) last.items.push(item);
    else byPlan.push({ plan: catalog.planById.get(item.planId)!, items: [item] });
  }
  return {
    theme,
    total: items.length,
    byYear: tally(items, (i) => String(i.plan.year)).sort((a, b) => Number(a.label) - Number(b.label)),
    byIssuer: tally(items, (i) => i.plan.issuer).sort((a, b) => b.count - a.count || zhCollator.compare(a.label, b.label)),
    byPlan,
  };
}

/** Themes of a set of requirements (one plan, one year), in vocabulary order, themes with none left out. */
export function themeCounts(catalog: Catalog, items: readonly RequirementInPlan[]): Array<{ theme: Theme; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) for (const t of item.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  return catalog.themes.filter((t) => counts.has(t.id)).map((theme) => ({ theme, count: counts.get(theme.id)! }));
}
