import { facetKeys, sortOrders, unitRoleKey, unitRoleValue, unitToken, type FacetKey, type SortOrder } from './facets';
import { pagefindQuery } from './tokens';

/**
 * A search as the URL holds it: `/search/?q=卫健委&year=2022&role=牵头&sort=year-desc`.
 * The URL is the only state, so a search can be bookmarked and shared, and the
 * back button returns to the previous search. A facet may repeat (year=2021&year=2022).
 */
export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? 'relevance';
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort in sortOrders ? (sort as SortOrder) : 'relevance' };
}

/** The URL parameters of a state, in a fixed order, leaving out what is empty or default. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of facetKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v.length > 0);
}

type PagefindFilter = string | { any: string[] };

/** Unit and role together mean "this unit in this role", not "this unit, and some unit in this role". */
function combineUnitAndRole(filters: SearchState['filters']): Record<string, string[]> {
  const selected: Record<string, string[]> = { ...filters };
  const units = selected['unit'];
  const roles = selected['role'];
  if (units && roles) {
    selected[unitRoleKey] = units.flatMap((u) => roles.map((r) => unitRoleValue(u, r)));
    delete selected['unit'];
    delete selected['role'];
  }
  return selected;
}

/** Filters that differ between the items of one block (unit, role, theme), which the page checks per item. */
export const itemFacetKeys: readonly string[] = ['unit', 'role', unitRoleKey, 'theme'];

export function itemFacetFilter(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(combineUnitAndRole(state.filters)).filter(([key]) => itemFacetKeys.includes(key)));
}

/**
 * The arguments of `pagefind.search(term, options)` for a state; `term` is
 * null for filter-only browsing. One unit becomes a search token (see
 * `unitToken`); several units, and every other facet, are Pagefind filters.
 */
export function pagefindArgs(state: SearchState): { term: string | null; options: { filters: Record<string, PagefindFilter>; sort: Record<string, 'asc' | 'desc'> } } {
  const selected: Record<string, string[]> = { ...state.filters };
  const terms = [pagefindQuery(state.q)];
  const units = selected['unit'];
  if (units?.length === 1) {
    terms.push(unitToken(units[0]!));
    delete selected['unit'];
  }
  const filters: Record<string, PagefindFilter> = {};
  for (const [key, values] of Object.entries(selected)) filters[key] = values.length === 1 ? values[0]! : { any: values };
  const sort: Record<string, 'asc' | 'desc'> = state.sort === 'year-desc' ? { year: 'desc' } : state.sort === 'year-asc' ? { year: 'asc' } : {};
  const term = terms.filter((t): t is string => t !== null).join(' ');
  return { term: term === '' ? null : term, options: { filters, sort } };
}
