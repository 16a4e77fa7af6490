import { zhCollator, type Catalog } from '../catalog';
import { roleLabels, roles } from '../schema/plan';
import { kindLabels, unitFilterValue } from './facets';

/** A choice in a filter control: the filter value (also the URL value) and its label. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The choices the search page offers for each filter, derived from the catalog at build time. */
export interface FilterOptions {
  year: FilterOption[];
  region: FilterOption[];
  issuer: FilterOption[];
  /** Units grouped by region, only units that some requirement names. */
  unit: Array<{ region: string; options: FilterOption[] }>;
  role: FilterOption[];
  theme: FilterOption[];
  kind: FilterOption[];
}

const plain = (values: Iterable<string>): FilterOption[] =>
  [...new Set(values)].sort((a, b) => zhCollator.compare(a, b)).map((v) => ({ value: v, label: v }));

export function filterOptions(catalog: Catalog): FilterOptions {
  const years = [...new Set(catalog.plans.map((p) => p.data.year))].sort((a, b) => b - a);
  const assigned = catalog.units.filter((u) => catalog.assignmentsByUnit.has(u.id));
  const unitRegions = [...new Set(assigned.map((u) => u.region))].sort((a, b) => zhCollator.compare(a, b));
  const themesInUse = catalog.themes.filter((t) => (catalog.requirementsByTheme.get(t.id)?.length ?? 0) > 0);
  return {
    year: years.map((y) => ({ value: String(y), label: `${y}年` })),
    region: plain(catalog.plans.map((p) => p.data.region.name)),
    issuer: plain(catalog.plans.map((p) => p.data.issuer)),
    unit: unitRegions.map((region) => ({
      region,
      options: assigned
        .filter((u) => u.region === region)
        .sort((a, b) => zhCollator.compare(a.name, b.name))
        .map((u) => ({ value: unitFilterValue(u), label: u.name })),
    })),
    role: roles.map((r) => ({ value: roleLabels[r], label: roleLabels[r] })),
    theme: themesInUse.map((t) => ({ value: t.name, label: t.name })),
    kind: Object.values(kindLabels).map((k) => ({ value: k, label: k })),
  };
}
