import type { Unit } from '../schema/unit';

/**
 * The search filters: Pagefind filter names, their Chinese legends, and the
 * URL parameter each one is kept in (`/search/?q=…&year=2022&role=牵头`).
 * Values in the URL are the filter values themselves, readable Chinese, so a
 * shared link says what it filters.
 */
export const facets = [
  { key: 'year', legend: '年度' },
  { key: 'region', legend: '地区' },
  { key: 'issuer', legend: '发文机关' },
  { key: 'unit', legend: '责任单位' },
  { key: 'role', legend: '职责类型' },
  { key: 'theme', legend: '主题' },
  { key: 'kind', legend: '结果类型' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = facets.map((f) => f.key);

/**
 * An item facet combining unit and role ("市财政局（雷州市）｜牵头"): with
 * independent unit and role filters, "市财政局, 牵头" would also match a
 * requirement that 市财政局 only supports while another unit leads. The page
 * checks it per item; it is not a Pagefind filter.
 */
export const unitRoleKey = 'unitRole';

/** Result kinds, the values of the `kind` filter. */
export const kindLabels = {
  requirement: '具体要求',
  plan: '方案',
  unit: '责任单位',
  theme: '主题',
} as const;
export type ResultKind = keyof typeof kindLabels;

/** The `unit` filter value of a unit: its name and region, since 市财政局 exists in every region. */
export function unitFilterValue(unit: Pick<Unit, 'name' | 'region'>): string {
  return `${unit.name}（${unit.region}）`;
}

/**
 * A search token standing for a unit (`u` + 7 base-36 digits of a hash of
 * its filter value), indexed with every item the unit takes part in. A
 * 1,000-plan site has thousands of units, and Pagefind's unit filter file,
 * which a unit filter downloads whole, grows past 100 KB; a token fetches
 * only its own index chunk. Equal length keeps Pagefind's prefix matching
 * exact; a hash collision is caught by the per-item check.
 */
export function unitToken(unitValue: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < unitValue.length; i++) {
    hash ^= unitValue.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `u${hash.toString(36).padStart(7, '0')}`;
}

/** The `unitRole` filter value for a unit filter value and a role label. */
export function unitRoleValue(unitValue: string, roleLabel: string): string {
  return `${unitValue}｜${roleLabel}`;
}

/** Sort orders offered to the reader; `relevance` is Pagefind's ranking. */
export const sortOrders = {
  relevance: '相关程度',
  'year-desc': '年度（新到旧）',
  'year-asc': '年度（旧到新）',
} as const;
export type SortOrder = keyof typeof sortOrders;
