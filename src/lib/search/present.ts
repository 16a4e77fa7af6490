import type { BlockMeta, SearchItem } from './records';
import { isHanRun, normalizeText, textRuns } from './tokens';
import { roleLabels, roles } from '../model/vocabulary';

/**
 * What a result says beside its link, worked out from the item and the
 * search: the units by role with the unit the reader searched for marked.
 * Plain data; the page turns it into DOM with text nodes only.
 */

const SEPARATOR = '｜';

/** A unit of a result as listed: its name, its filter value (name and region) and whether the search names it. */
export interface ListedUnit {
  name: string;
  value: string;
  queried: boolean;
}

/** The roles in the order pages list them (see `unitsByRole`). */
const ROLE_ORDER = roles.map((r) => roleLabels[r]);

/** The unit name of a filter value: 市财政局（雷州市） → 市财政局. */
export function unitName(value: string): string {
  return value.replace(/（[^（）]*）$/u, '');
}

/**
 * Whether a search names a unit: the unit filter holds it, or a word of the
 * query (two characters or more) is inside one of its names (财政 in
 * 市财政局) or holds one whole (雷州市财政局 holds 市财政局). `names` are the
 * unit's name and its other names (aliases, before or after a reform).
 */
export function namesUnit(names: readonly string[], value: string, query: string, unitFilter: readonly string[]): boolean {
  if (unitFilter.includes(value)) return true;
  const runs = textRuns(query).filter((r) => isHanRun(r) && [...r].length >= 2);
  if (runs.length === 0) return false;
  return names.some((n) => {
    const name = normalizeText(n);
    return runs.some((r) => name.includes(r) || r.includes(name));
  });
}

/** The units of a requirement result by role, each marked when the search names it; [] when the item lists none. */
export function listedUnits(hit: SearchItem & Pick<BlockMeta, 'aka'>, query: string, unitFilter: readonly string[]): Array<{ role: string; units: ListedUnit[] }> {
  const pairs = (hit.facets?.unitRole ?? []).map((v) => [v.slice(0, v.lastIndexOf(SEPARATOR)), v.slice(v.lastIndexOf(SEPARATOR) + 1)] as const);
  const aka = hit.aka ?? {};
  const roles = [...new Set(pairs.map(([, role]) => role))].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return roles.map((role) => ({
    role,
    units: pairs
      .filter(([, r]) => r === role)
      .map(([value]) => ({ name: unitName(value), value, queried: namesUnit([unitName(value), ...(aka[value] ?? [])], value, query, unitFilter) })),
  }));
}
