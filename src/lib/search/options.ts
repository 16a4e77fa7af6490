import { zhCollator, type Catalog } from '../catalog';
import { roleLabels, roles } from '../schema/plan';
import { regionSlug } from '../regions';
import { kindLabels, unitFilterValue } from './facets';

/** A choice in a filter control: the filter value (also the URL value) and its label. */
export interface FilterOption {
  value: string;
  label: string;
}

/**
 * Most choices the search page lists in one filter. A province's site has
 * thousands of units and issuers (10,773 at 10,000 plans, 55 KB of gzipped
 * HTML, unusable as one drop-down on a phone); beyond this the page lists
 * them per region, loaded when a region is chosen (`regionOptions`).
 */
export const selectLimit = 300;

/** The choices the search page offers for each filter, derived from the catalog at build time. */
export interface FilterOptions {
  year: FilterOption[];
  /** Regions, with the URL slug of each (the file of its `regionOptions`). */
  region: Array<FilterOption & { slug: string }>;
  /** Issuers; empty when `byRegion.issuer` (then listed per region). */
  issuer: FilterOption[];
  /** Units grouped by region, only units that some requirement names; empty when `byRegion.unit`. */
  unit: Array<{ region: string; options: FilterOption[] }>;
  /** Lists longer than `selectLimit`, offered per region instead. */
  byRegion: { unit: boolean; issuer: boolean };
  role: FilterOption[];
  theme: FilterOption[];
  kind: FilterOption[];
}

const plain = (values: Iterable<string>): FilterOption[] =>
  [...new Set(values)].sort((a, b) => zhCollator.compare(a, b)).map((v) => ({ value: v, label: v }));

/** The units some requirement names, by region in collation order, each region's units by name. */
function assignedUnits(catalog: Catalog): Array<{ region: string; options: FilterOption[] }> {
  const assigned = catalog.units.filter((u) => catalog.assignmentsByUnit.has(u.id));
  const unitRegions = [...new Set(assigned.map((u) => u.region))].sort((a, b) => zhCollator.compare(a, b));
  return unitRegions.map((region) => ({
    region,
    options: assigned
      .filter((u) => u.region === region)
      .sort((a, b) => zhCollator.compare(a.name, b.name))
      .map((u) => ({ value: unitFilterValue(u), label: u.name })),
  }));
}

export function filterOptions(catalog: Catalog, limit: number = selectLimit): FilterOptions {
  const years = [...new Set(catalog.plans.map((p) => p.data.year))].sort((a, b) => b - a);
  const themesInUse = catalog.themes.filter((t) => (catalog.requirementsByTheme.get(t.id)?.length ?? 0) > 0);
  const units = assignedUnits(catalog);
  const issuers = plain(catalog.plans.map((p) => p.data.issuer));
  const byRegion = { unit: units.reduce((n, g) => n + g.options.length, 0) > limit, issuer: issuers.length > limit };
  const regions = plain([...catalog.plans.map((p) => p.data.region.name), ...(byRegion.unit ? units.map((g) => g.region) : [])]);
  return {
    year: years.map((y) => ({ value: String(y), label: `${y}年` })),
    region: regions.map((o) => ({ ...o, slug: regionSlug(o.value) })),
    issuer: byRegion.issuer ? [] : issuers,
    unit: byRegion.unit ? [] : units,
    byRegion,
    role: roles.map((r) => ({ value: roleLabels[r], label: roleLabels[r] })),
    theme: themesInUse.map((t) => ({ value: t.name, label: t.name })),
    kind: Object.values(kindLabels).map((k) => ({ value: k, label: k })),
  };
}

/** The unit and issuer choices of one region: `search/options/<slug>.json` on a site with long lists. */
export interface RegionOptions {
  region: string;
  unit: FilterOption[];
  issuer: FilterOption[];
}

export function regionOptions(catalog: Catalog, region: string): RegionOptions {
  return {
    region,
    unit: assignedUnits(catalog).find((g) => g.region === region)?.options ?? [],
    issuer: plain(catalog.plans.filter((p) => p.data.region.name === region).map((p) => p.data.issuer)),
  };
}
